// The NIPR Transactions page after Terminate, end to end against the simulated NIPR gateway (sandbox/org): the rows
// are checked on arrival, the Ready ones are submitted after the cost is confirmed, and Refresh status shows the
// outcome. The sample companies' NAIC codes decide it: Evergreen Mutual (…4) and Blue Prairie (…3) are accepted,
// Summit Ridge (…8) is rejected by the state, Old Harbor Mutual (99…) is unknown to NIPR.
import { expect, test } from '@playwright/test';
import {
  chooseReason,
  openProducer,
  openTerminate,
  pollPastSubmitting,
  selectAppointment,
  startSession,
  stateGroup,
  submit,
  transactionRows,
  typeEffectiveDate
} from './sandbox.mjs';

/** Terminates Maria Alvarez's two Texas appointments and her North Carolina one; lands on the transactions page. */
async function terminateMaria(page, today) {
  await openProducer(page, 'Maria Alvarez');
  const modal = await openTerminate(page);
  await stateGroup(modal, 'TX').locator('[data-id="select-all"] button').click();
  await chooseReason(stateGroup(modal, 'TX'), 'Canc');
  const northCarolina = stateGroup(modal, 'NC');
  await selectAppointment(northCarolina, 0);
  await chooseReason(northCarolina, 'Vol');
  await typeEffectiveDate(northCarolina, today);
  await submit(modal);
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=/);
}

function statusesByState(rows) {
  return rows
    .filter((row) => row.state !== 'Georgia')
    .map((row) => `${row.state}: ${row.status}`)
    .sort();
}

test('Terminate → transactions checked on arrival → cost confirmed → submitted → statuses refreshed', async ({
  page
}) => {
  const { today } = await startSession(page);
  await terminateMaria(page, today);
  const transactions = page.locator('c-nipr-transactions');
  expect(statusesByState(await transactionRows(page))).toEqual([
    'North Carolina: Ready to Submit',
    'Texas: Ready to Submit',
    'Texas: Ready to Submit'
  ]);

  const actionable = transactions.locator('c-nipr-actionable-transactions');
  await actionable.locator('[data-id="select-all"] label').click();
  await expect(actionable.locator('[data-id="selection-summary"]')).toContainText('3 of 3 selected');
  await actionable.locator('[data-id="submit"] button').click();
  const confirm = page.locator('lightning-overlay-container');
  // North Carolina: $10 per line of authority, two lines; three NIPR fees of $1.53.
  await expect(confirm.locator('[data-id="total"]')).toHaveText('$24.59');
  await confirm.locator('[data-id="confirm"] button').click();
  await expect(confirm.locator('[data-id="confirm"]')).toHaveCount(0);
  // Submit is two steps (docs/filing-integrity.md): the rows are Submitting until NiprSubmissionJob has NIPR's answer
  // (about a second of server time). The page polls while rows are Submitting; reloading it reads them as well.
  await pollPastSubmitting(page, statusesByState, (poll) =>
    poll.toEqual(['North Carolina: Submitted', 'Texas: Submitted', 'Texas: Submitted'])
  );
  // Each filed row says in words which gateway it went to (Gateway_Mode__c): the sample org files with the simulator.
  await expect(
    transactions.locator('[data-id="row"]', { hasText: 'North Carolina' }).locator('[data-id="simulated"]')
  ).toHaveText('Simulated');

  await transactions.locator('[data-id="refresh"] button').click();
  await expect
    .poll(async () => statusesByState(await transactionRows(page)))
    .toEqual(['North Carolina: Rejected', 'Texas: Accepted', 'Texas: Accepted']);
  const rejected = transactions.locator('[data-id="row"]', { hasText: 'North Carolina' });
  await expect(rejected.locator('[data-id="nipr-code"]')).toHaveText('BACKDATE_LIMIT');

  // Back on the record: Texas is terminated, North Carolina still pending.
  await openProducer(page, 'Maria Alvarez');
  const statusOf = (state) =>
    page.locator(`[data-id="appointment-row"][data-state="${state}"] [data-id="appointment-status"]`);
  await expect(statusOf('TX')).toHaveText(['Terminated', 'Terminated']);
  await expect(statusOf('NC')).toHaveText('Pending Termination');
});

test('an appointment NIPR does not know is Not Eligible, and cancelling it makes the appointment Active again', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, "James O'Connor");
  const modal = await openTerminate(page);
  const newJersey = stateGroup(modal, 'NJ');
  await newJersey.locator('[data-id="select-all"] button').click();
  await chooseReason(newJersey, 'Vol');
  await typeEffectiveDate(newJersey, today);
  await submit(modal);
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=/);

  const rows = await transactionRows(page);
  expect(
    rows
      .filter((row) => row.state === 'New Jersey')
      .map((row) => row.status)
      .sort()
  ).toEqual(['Not Eligible', 'Ready to Submit']);
  const unknown = page.locator('c-nipr-transactions [data-id="row"]', { hasText: 'Old Harbor Mutual' });
  await expect(unknown.locator('[data-id="nipr-code"]')).toHaveText('APPOINTMENT_NOT_FOUND');
  await unknown.locator('[data-id="cancel"] button').click();
  await page.locator('lightning-overlay-container button', { hasText: 'OK' }).click();
  await expect(unknown.locator('[data-id="status"]')).toHaveText('Cancelled');

  // Old Harbor's appointment is Active again; Summit Ridge's stays Pending Termination.
  await openProducer(page, "James O'Connor");
  await expect(page.locator('[data-id="appointment-row"][data-state="NJ"] [data-id="appointment-status"]')).toHaveText([
    'Active',
    'Pending Termination'
  ]);
});
