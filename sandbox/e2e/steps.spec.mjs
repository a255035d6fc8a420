// Steps 2 and 3 end to end: the offboarding checklist (the three steps in order, the next safe step), Disable Customer
// User (permanent: the typed name gates it; queued, then done in the background), the NIPR Tracking editor and the
// bulk deactivation, which refuse Inactive alike while a producer has open NIPR transactions (the NiprTrackingGuard
// trigger refuses it on the server too), and what the read-only viewer sees and may do.
// Sample data: Laura Bennett has every appointment terminated and her portal user enabled; Kevin Doyle has a
// Submitted transaction (NTX-000005, Pennsylvania), James O'Connor a Draft one (NTX-000002, Ohio); Robert Chen's
// tracking is already Inactive; Owen Fischer (Sunbelt) is offboarded.
import { expect, test } from '@playwright/test';
import {
  checklist,
  checklistSteps,
  disableAction,
  editTracking,
  openDisable,
  openProducer,
  resultRows,
  selectProducers,
  startSession,
  trackingEditor
} from './sandbox.mjs';

const STEP_IDS = ['appointments', 'portalUser', 'tracking'];
const JAMES_REFUSED =
  "NIPR tracking of James O'Connor cannot be set Inactive while NIPR transactions are open. NTX-000002 (Ohio) is Draft: recheck or cancel it. Follow it on the NIPR Transactions page first.";
const KEVIN_REFUSED =
  "NIPR tracking of Kevin Doyle cannot be set Inactive while NIPR transactions are open. NTX-000005 (Pennsylvania) is Submitted: wait for NIPR's answer; Refresh status. Follow it on the NIPR Transactions page first.";

test('the checklist shows the three steps in order and highlights the next safe step', async ({ page }) => {
  await startSession(page);
  await openProducer(page, 'Laura Bennett');
  expect(await checklistSteps(page)).toEqual([
    { id: 'appointments', state: 'Done' },
    { id: 'portalUser', state: 'Next step' },
    { id: 'tracking', state: 'To do' }
  ]);
  let card = await checklist(page);
  await expect(card.locator('[data-id="summary"]')).toHaveText('Next step: 2. Disable the portal user');
  await expect(card.locator('[data-step="portalUser"]')).toHaveClass(/step_current/);
  await expect(card.locator('[data-step="appointments"] [data-id="status"]')).toHaveText(
    '0 active, 0 pending termination, 3 terminated'
  );

  // Appointments still active: terminating them comes first; the other steps wait.
  await openProducer(page, 'Maria Alvarez');
  // Tracking is To do, not Blocked: it can be set Inactive after a confirmation while nothing is open.
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Next step', 'Blocked', 'To do']);
  card = await checklist(page);
  await expect(card.locator('[data-id="summary"]')).toHaveText('Next step: 1. Terminate the appointments');
  await expect(card.locator('[data-id="open-transactions"]')).toBeVisible();

  // Done out of order: tracking Inactive while appointments are still active.
  await openProducer(page, 'Robert Chen');
  card = await checklist(page);
  await expect(
    card.locator('[data-id="warning"][data-code="TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS"]')
  ).toContainText('NIPR tracking is Inactive while 3 appointments are still active');

  // A firm: its own steps and the roll-up of its producers (Aisha Mohammed, active; Owen Fischer, offboarded).
  await openProducer(page, 'Sunbelt Insurance Agency LLC');
  expect((await checklistSteps(page)).map((step) => step.id)).toEqual(STEP_IDS);
  card = await checklist(page);
  await expect(card.locator('[data-id="firm-producers"]')).toHaveText('2 producers (Contacts)');
  await expect(card.locator('[data-id="firm-active"]')).toHaveText('1 with active appointments');
  await expect(card.locator('[data-id="firm-portal"]')).toHaveText('1 with an enabled portal user');
  await expect(card.locator('[data-id="firm-tracking"]')).toHaveText('1 with NIPR tracking Active');
  await expect(card.locator('[data-id="warning"][data-code="FIRM_MEMBERS_WITH_ACTIVE_APPOINTMENTS"]')).toBeVisible();

  await openProducer(page, 'Owen Fischer');
  card = await checklist(page);
  await expect(card.locator('[data-id="summary"]')).toHaveText('Owen Fischer is offboarded: every step is done.');
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Done', 'Done', 'Done']);
});

test('a Contact with a Submitted or Draft transaction cannot be set Inactive: the editor refuses and names it', async ({
  page
}) => {
  await startSession(page);
  await openProducer(page, 'Kevin Doyle');
  let editor = await editTracking(page, 'Inactive');
  await expect(editor.locator('[data-id="blocked"]')).toContainText(
    "NIPR tracking of Kevin Doyle cannot be set Inactive while NIPR transactions are open. NTX-000005 (Pennsylvania) is Submitted: wait for NIPR's answer; Refresh status."
  );
  await expect(editor.locator('[data-id="save"] button')).toBeDisabled();
  await editor.locator('[data-id="cancel"] button').click();
  await expect(editor.locator('[data-id="tracking"]')).toHaveText('Active');

  await openProducer(page, "James O'Connor");
  editor = await editTracking(page, 'Inactive');
  await expect(editor.locator('[data-id="blocked"]')).toContainText(
    'NTX-000002 (Ohio) is Draft: recheck or cancel it.'
  );
  await expect(editor.locator('[data-id="save"] button')).toBeDisabled();
  // An open transaction refuses, whatever else: no confirmation is offered.
  await expect(editor.locator('[data-id="confirm-panel"]')).toHaveCount(0);
});

test('the NiprTrackingGuard trigger refuses too: a transaction opened after the editor loaded is named on save', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Maria Alvarez');
  const producerId = page.url().split('/').at(-2);
  const editor = await editTracking(page, 'Inactive');
  // Nothing open, appointments still Active: allowed after a confirmation that lists them.
  await expect(editor.locator('[data-id="confirm-panel"]')).toBeVisible();
  await expect(editor.locator('[data-id="active-appointment"]')).toHaveCount(8);
  await expect(editor.locator('[data-id="save"] button')).toBeDisabled();
  await editor.locator('[data-id="confirm-active"] label').click();
  await expect(editor.locator('[data-id="save"] button')).toBeEnabled();

  // Meanwhile, someone terminates her Florida appointments (two Draft transactions).
  const context = await (
    await page.request.post('/api/apex/TerminationController.getTerminationContext', { data: { producerId } })
  ).json();
  const florida = context.appointments.filter((appointment) => appointment.state === 'FL').map((a) => a.id);
  const created = await page.request.post('/api/apex/TerminationController.createTerminations', {
    data: {
      request: {
        producerId,
        requestId: 'trigger-1',
        selections: [{ state: 'FL', reasonCode: 'Vol', effectiveDate: today, appointmentIds: florida }]
      }
    }
  });
  expect(await created.json()).toMatchObject({ created: 2 });

  await editor.locator('[data-id="save"] button').click();
  const saveError = editor.locator('[data-id="save-error"]');
  await expect(saveError).toContainText('cannot be set Inactive while NIPR transactions are open.');
  await expect(saveError).toContainText(/NTX-\d+ \(Florida\) is Draft: recheck or cancel it/);
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Active');

  // The UI API answers with the platform's error shape (what recordErrorText reads).
  const response = await page.request.patch(`/api/ui-api/records/${producerId}`, {
    data: { fields: { NIPR_Tracking__c: 'Inactive' } }
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.output.errors[0]).toMatchObject({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' });
  expect(body.output.errors[0].message).toMatch(
    /^NIPR tracking cannot be set Inactive while NIPR transactions are open\. NTX-\d+ \(Florida\) is Draft/
  );
});

test('the bulk action skips the same producers for the same reasons, for a selection and for the batch job', async ({
  page
}) => {
  await startSession(page);
  await page.goto('/');
  const bulkButton = page.locator('[data-id="bulk-tracking"] button');
  await expect(bulkButton).toBeDisabled();
  // One object at a time, as a list view's selection: a Contact and an Account together are refused.
  await selectProducers(page, ['Kevin Doyle', 'Sunbelt Insurance Agency LLC']);
  await expect(bulkButton).toBeDisabled();
  await expect(page.locator('[data-id="selection"]')).toContainText('Select Contacts or Accounts, not both');
  await selectProducers(page, ['Sunbelt Insurance Agency LLC', "James O'Connor", 'Laura Bennett']);
  await expect(page.locator('[data-id="selection"]')).toHaveText('3 individuals selected.');
  await bulkButton.click();
  await expect(page).toHaveURL(
    /\/lightning\/n\/NIPR_Tracking_Bulk\?c__object=Contact&c__ids=003\w+%2C003\w+%2C003\w+$/
  );

  const bulk = page.locator('c-nipr-tracking-bulk');
  await expect(bulk.locator('[data-id="selected"]')).toHaveText('3 producers (Contacts) selected');
  await bulk.locator('[data-id="deactivate-selection"] button').click();
  await expect(bulk.locator('[data-id="selection-summary"]')).toHaveText('1 set Inactive, 2 skipped, 0 failed.');
  const rows = await resultRows(bulk.locator('[data-id="selection-table"]'));
  expect(rows).toEqual([
    {
      name: "James O'Connor",
      outcome: 'Skipped',
      reason: JAMES_REFUSED
    },
    { name: 'Kevin Doyle', outcome: 'Skipped', reason: KEVIN_REFUSED },
    { name: 'Laura Bennett', outcome: 'Set Inactive', reason: undefined }
  ]);

  // Every Contact with tracking Active through the batch job, started without the confirmation: Kevin Doyle is
  // refused for the same reason, and the producers whose appointments are still Active are left as they are.
  await bulk.locator('[data-id="ask-all"] button').click();
  await expect(bulk.locator('[data-id="confirm-all"]')).toContainText(
    'Set NIPR tracking Inactive for every eligible producer (Contact)?'
  );
  await bulk.locator('[data-id="start-all"] button').click();
  // The job takes a step per poll (every 2 s) or per second of server time: start, the chunk, finish.
  await expect(bulk.locator('[data-id="progress-text"]')).toHaveText('Completed: 1 of 1 chunk processed.', {
    timeout: 20_000
  });
  await expect(bulk.locator('[data-id="job-summary"]')).toHaveText(/^0 set Inactive, \d+ skipped, 0 failed\.$/);
  const jobRows = await resultRows(bulk.locator('[data-id="job-table"]'));
  expect(jobRows).toContainEqual({ name: 'Kevin Doyle', outcome: 'Skipped', reason: KEVIN_REFUSED });
  expect(jobRows).toContainEqual(expect.objectContaining({ name: 'Elena Petrova', outcome: 'Skipped' }));
  expect(jobRows.find((row) => row.name === 'Elena Petrova').reason).toMatch(/confirmation/i);

  await openProducer(page, 'Laura Bennett');
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Inactive');
  await openProducer(page, 'Kevin Doyle');
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Active');
});

test('disabling a portal user: warnings, the typed name gates the button, Disabling… then Disabled, the checklist moves on', async ({
  page
}) => {
  await startSession(page);
  // Appointments still active: allowed, with a warning (terminate first is the safe order).
  await openProducer(page, 'Elena Petrova');
  let modal = await openDisable(page);
  await expect(modal.locator('[data-id="warning"]')).toContainText('Elena Petrova still has 8 active appointments');
  await modal.locator('[data-id="cancel"] button').click();
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);

  await openProducer(page, 'Laura Bennett');
  await expect(page.locator('[data-id="highlight"][data-label="Portal user"]')).toHaveText(
    'Enabled (laura.bennett@greatlakes.example.com)'
  );
  modal = await openDisable(page);
  await expect(modal.locator('[data-id="header"]')).toHaveText('Disable Customer User — Laura Bennett');
  await expect(modal.locator('[data-id="permanent"]')).toContainText('This is permanent');
  await expect(modal.locator('[data-id="username"]')).toHaveText('laura.bennett@greatlakes.example.com');
  await expect(modal.locator('[data-id="profile"]')).toHaveText('Customer Community Login User');
  await expect(modal.locator('[data-id="warning"]')).toHaveCount(0);

  const disable = modal.locator('[data-id="disable"] button');
  const confirmation = modal.locator('[data-id="confirmation"] input');
  await expect(disable).toBeDisabled();
  await confirmation.fill('Laura');
  await expect(disable).toBeDisabled();
  await confirmation.fill('laura bennett');
  await expect(disable).toBeEnabled();
  await disable.click();
  await expect(modal.locator('[data-id="disabling"]')).toContainText('Disabling…');
  // The job runs in the background; the modal polls, then closes with a toast.
  await expect(page.locator('[data-id="toast"]', { hasText: 'Portal user disabled' })).toBeVisible();
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);
  await expect(page.locator('[data-id="highlight"][data-label="Portal user"]')).toHaveText(
    'Disabled (laura.bennett@greatlakes.example.com)'
  );
  await expect(disableAction(page)).toHaveCount(0);
  const card = await checklist(page);
  await expect(card.locator('[data-id="summary"]')).toHaveText('Next step: 3. Stop NIPR tracking');
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Done', 'Done', 'Next step']);
});

test('the server queues one request per Contact: a second click returns it, then it completes with an audit entry', async ({
  page
}) => {
  await startSession(page);
  await openProducer(page, 'Priya Raman');
  const contactId = page.url().split('/').at(-2);
  const disable = (confirmation) =>
    page.request.post('/api/apex/PortalUserController.disablePortalUser', { data: { contactId, confirmation } });

  const wrongName = await disable('Priya');
  expect(wrongName.status()).toBe(500);
  expect((await wrongName.json()).message).toBe(
    'The portal user could not be disabled: ' +
      "Type the producer's name, Priya Raman, exactly as shown to confirm that the portal user is disabled for good."
  );
  const first = await (await disable('Priya Raman')).json();
  expect(first).toMatchObject({ status: 'Queued', action: 'Disable Portal User', performedBy: 'Lena Ortiz' });
  const second = await (await disable('Priya Raman')).json();
  expect(second).toMatchObject({ id: first.id, jobId: first.jobId, status: 'Queued' });

  // The modal's next poll finds it done.
  const info = await (
    await page.request.post('/api/apex/PortalUserController.getPortalUser', { data: { contactId } })
  ).json();
  expect(info).toMatchObject({
    isPortalEnabled: false,
    canDisable: false,
    unavailableReason: 'alreadyDisabled',
    lastRequest: {
      id: first.id,
      status: 'Completed',
      detail: 'The portal user priya.raman@agents.example.com was disabled.'
    }
  });
  const again = await disable('Priya Raman');
  expect((await again.json()).message).toBe(
    'The portal user could not be disabled: The portal user priya.raman@agents.example.com is already disabled.'
  );
});

test('tracking set Inactive after the terminations, with the reminder to disable the portal user', async ({ page }) => {
  await startSession(page);
  await openProducer(page, 'Laura Bennett');
  const editor = await editTracking(page, 'Inactive');
  await expect(editor.locator('[data-id="explanation"]')).toContainText(
    'Setting NIPR tracking Inactive stops NIPR monitoring and billing for Laura Bennett. The data is kept for audit.'
  );
  await expect(editor.locator('[data-id="blocked"] [data-id="message"]')).toHaveCount(0);
  await expect(editor.locator('[data-id="warning"]')).toHaveCount(0);
  await editor.locator('[data-id="save"] button').click();

  await expect(page.locator('[data-id="toast"]', { hasText: 'NIPR tracking set Inactive' })).toBeVisible();
  await expect(editor.locator('[data-id="tracking"]')).toHaveText('Inactive');
  await expect(editor.locator('[data-id="reminder"] p')).toHaveText(
    "Now disable the portal user of Laura Bennett to free the portal seat (Disable Customer User action on the producer's Contact page)."
  );
  // LDS and the RefreshEvent update the page: the highlights, and the checklist (the portal user is still next).
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Inactive');
  const card = await checklist(page);
  await expect(card.locator('[data-step="tracking"] [data-id="state"]')).toHaveText('Done');
  await expect(card.locator('[data-id="summary"]')).toHaveText('Next step: 2. Disable the portal user');
  await editor.locator('[data-id="dismiss"] button').click();
  await expect(editor.locator('[data-id="reminder"]')).toHaveCount(0);
  await expect(disableAction(page)).toBeVisible();
});

test('the read-only viewer sees no Disable action and a read-only tracking field; the server refuses them', async ({
  page
}) => {
  await startSession(page, 'viewer');
  await openProducer(page, 'Laura Bennett');
  await expect(page.locator('[data-id="action"]')).toHaveCount(0);
  const editor = await trackingEditor(page);
  await expect(editor.locator('[data-id="tracking"]')).toHaveText('Active');
  await expect(editor.locator('[data-id="edit"]')).toHaveCount(0);
  expect((await checklistSteps(page)).map((step) => step.id)).toEqual(STEP_IDS);

  const contactId = page.url().split('/').at(-2);
  const update = await page.request.patch(`/api/ui-api/records/${contactId}`, {
    data: { fields: { NIPR_Tracking__c: 'Inactive' } }
  });
  expect(update.status()).toBe(400);
  expect((await update.json()).output.errors[0]).toMatchObject({
    errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
    message: 'insufficient access rights on object id'
  });
  const disable = await page.request.post('/api/apex/PortalUserController.disablePortalUser', {
    data: { contactId, confirmation: 'Laura Bennett' }
  });
  expect((await disable.json()).message).toContain('You do not have permission to disable portal users.');
  const bulk = await page.request.post('/api/apex/NiprTrackingController.deactivateTracking', {
    data: { recordIds: [contactId] }
  });
  expect((await bulk.json()).message).toContain('You do not have permission to change NIPR tracking.');

  await page.goto(`/lightning/n/NIPR_Tracking_Bulk?c__object=Contact&c__ids=${contactId}`);
  await expect(page.locator('c-nipr-tracking-bulk [data-id="no-permission"]')).toContainText(
    'You do not have permission to change NIPR tracking.'
  );
});
