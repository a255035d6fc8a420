// Terminate on a Contact and on an Account, end to end: three states (Texas, which takes no effective date;
// Florida, with a 33-day backdate window; New York, not filed through NIPR), validation errors, the fixes, submit,
// and the transactions page with the new rows.
import { expect, test } from '@playwright/test';
import {
  addDays,
  chooseReason,
  openProducer,
  openTerminate,
  problems,
  selectAppointment,
  startSession,
  stateGroup,
  submit,
  transactionRows,
  typeEffectiveDate,
  longDate
} from './sandbox.mjs';

test('a licensing specialist terminates a Contact in Texas and Florida; New York is shown as not filed through NIPR', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Maria Alvarez');
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Active');

  const modal = await openTerminate(page);
  await expect(modal.locator('[data-id="header"]')).toHaveText('Terminate appointments — Maria Alvarez');

  const texas = stateGroup(modal, 'TX');
  const florida = stateGroup(modal, 'FL');
  const newYork = stateGroup(modal, 'NY');
  // New York is filed on the state's own website: the modal says where to file, and its appointment can be selected
  // to record the termination filed there (issue 12); nothing is asked until it is.
  await expect(newYork.locator('[data-id="file-instead"]')).toContainText('Department of Financial Services');
  await expect(newYork.locator('lightning-input[data-id="appointment"] input')).toBeEnabled();
  await expect(newYork.locator('[data-id="record-filed-elsewhere"]')).toHaveCount(0);

  await texas.locator('[data-id="select-all"] button').click();
  await selectAppointment(florida, 0);
  await expect(modal.locator('[data-id="selected-count"]')).toHaveText('3 of 8 appointments selected');
  // Texas records its own processing date: no date field, a note instead.
  await expect(texas.locator('[data-id="date-ignored"]')).toBeVisible();
  await expect(texas.locator('[data-id="effective-date"]')).toHaveCount(0);

  // Texas takes exactly one reason, so it is already chosen.
  await expect(texas.locator('[data-id="reason"] button')).toContainText('Cancelled');

  // Submit with nothing filled in: every missing reason and date is listed, nothing is created.
  await submit(modal);
  expect(await problems(modal)).toEqual([
    expect.stringContaining('Florida requires a termination reason'),
    expect.stringContaining('Florida requires an effective date')
  ]);

  // A Florida date older than 33 days is refused, with the earliest date it takes.
  await chooseReason(florida, 'Vol');
  await typeEffectiveDate(florida, addDays(today, -40));
  await chooseReason(texas, 'Canc');
  await submit(modal);
  expect(await problems(modal)).toEqual([
    expect.stringContaining('Florida accepts an effective date at most 33 days back')
  ]);
  await expect(florida.locator('[data-id="effective-date"]')).toContainText('33 days back');

  // Fixed: a date inside the window. Submit creates the transactions and lands on the transactions page.
  const effectiveDate = addDays(today, -10);
  await typeEffectiveDate(florida, effectiveDate);
  await expect(modal.locator('[data-id="fee-total"]')).toHaveText('Estimated total: $4.59');
  await submit(modal);

  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=003\w+$/);
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);
  await expect(page.locator('[data-id="toast"][data-variant="success"]')).toContainText('3 NIPR transactions created');
  const rows = (await transactionRows(page)).filter((row) => row.state !== 'Georgia'); // Georgia: an earlier one
  expect(rows.map((row) => row.state).sort()).toEqual(['Florida', 'Texas', 'Texas']);
  expect(rows.find((row) => row.state === 'Florida')).toMatchObject({
    reason: 'Voluntary termination',
    effectiveDate: longDate(effectiveDate),
    fee: '$1.53'
  });
  expect(rows.filter((row) => row.state === 'Texas').map((row) => row.reason)).toEqual(['Cancelled', 'Cancelled']);

  // The session keeps the result: back on the record, those appointments are Pending Termination and no longer offered.
  await page.goBack();
  await expect(page.locator('[data-id="record-name"]')).toHaveText('Maria Alvarez');
  await expect(page.locator('[data-id="appointment-row"][data-state="TX"] [data-id="appointment-status"]')).toHaveText([
    'Pending Termination',
    'Pending Termination'
  ]);
  const again = await openTerminate(page);
  await expect(stateGroup(again, 'TX')).toHaveCount(0);
  await expect(stateGroup(again, 'FL').locator('lightning-input[data-id="appointment"]')).toHaveCount(1);
});

test('a licensing specialist terminates a firm (Account) in Texas, Florida and North Carolina (per-line fee)', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Sunbelt Insurance Agency LLC');
  await expect(page.locator('[data-id="object-label"]')).toHaveText('Account');

  const modal = await openTerminate(page);
  const texas = stateGroup(modal, 'TX');
  const florida = stateGroup(modal, 'FL');
  const northCarolina = stateGroup(modal, 'NC');
  await expect(stateGroup(modal, 'NY').locator('lightning-input[data-id="appointment"] input')).toBeEnabled();

  await selectAppointment(texas, 0);
  await selectAppointment(florida, 1);
  await selectAppointment(northCarolina, 0);
  await chooseReason(texas, 'Canc');
  await chooseReason(florida, 'Death');
  await chooseReason(northCarolina, 'Vol');
  await typeEffectiveDate(florida, addDays(today, -34));
  await submit(modal);
  expect(await problems(modal)).toEqual([
    expect.stringContaining('Florida accepts an effective date at most 33 days back'),
    expect.stringContaining('North Carolina requires an effective date')
  ]);

  await typeEffectiveDate(florida, addDays(today, -33));
  await typeEffectiveDate(northCarolina, today);
  // North Carolina charges its $10 state fee per line of authority: Life has two.
  await expect(modal.locator('[data-id="fee-state"]')).toHaveText('State fees: $20.00');
  await expect(modal.locator('[data-id="fee-total"]')).toHaveText('Estimated total: $24.59');
  await submit(modal);

  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=001\w+$/);
  const rows = await transactionRows(page);
  expect(rows.map((row) => `${row.state} ${row.reason} ${row.fee}`).sort()).toEqual([
    'Florida Death $1.53',
    'North Carolina Voluntary termination $21.53',
    'Texas Cancelled $1.53'
  ]);
  await expect(page.locator('c-nipr-transactions [data-id="filtered"]')).toBeVisible();
  // "Show all producers" lists everyone's transactions (the seeded ones too).
  await page.locator('c-nipr-transactions [data-id="show-all"] button').click();
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions$/);
  await expect.poll(async () => (await transactionRows(page)).length).toBeGreaterThan(3);
});
