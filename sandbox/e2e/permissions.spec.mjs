// What the read-only viewer (no custom permission) sees and may do, and the states where Terminate offers nothing:
// the server checks the same permission and rules as the modal.
import { expect, test } from '@playwright/test';
import { openProducer, openTerminate, startSession, terminateAction } from './sandbox.mjs';

test('the read-only viewer sees no Terminate action, and the server refuses to terminate for them', async ({
  page
}) => {
  await startSession(page);
  await page.goto('/');
  // Switch user the way a visitor does: the header's sample user list (the page reloads as the new user).
  const reloaded = page.waitForEvent('load');
  await page.locator('[data-id="user-switch"]').selectOption('viewer');
  await reloaded;
  await expect(page.locator('[data-id="user-switch"]')).toHaveValue('viewer');
  await openProducer(page, 'Maria Alvarez');
  await expect(page.locator('[data-id="highlight"][data-label="NPN"]')).toHaveText('17340211');
  await expect(page.locator('[data-id="action"]')).toHaveCount(0);
  await openProducer(page, 'Sunbelt Insurance Agency LLC');
  await expect(terminateAction(page)).toHaveCount(0);

  const producerId = page.url().split('/').at(-2);
  const context = await page.request.post('/api/apex/TerminationController.getTerminationContext', {
    data: { producerId }
  });
  expect(await context.json()).toMatchObject({ canTerminate: false, appointments: [] });
  const created = await page.request.post('/api/apex/TerminationController.createTerminations', {
    data: { request: { producerId, requestId: 'viewer-1', selections: [{ state: 'TX', appointmentIds: [] }] } }
  });
  expect(created.status()).toBe(500);
  expect((await created.json()).message).toContain('You do not have permission to terminate appointments');
});

test('the server applies the same state rules as the modal (offboardingCore) and is idempotent per request', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Maria Alvarez');
  const producerId = page.url().split('/').at(-2);
  const context = await (
    await page.request.post('/api/apex/TerminationController.getTerminationContext', { data: { producerId } })
  ).json();
  const florida = context.appointments.filter((appointment) => appointment.state === 'FL').map((a) => a.id);
  const request = (effectiveDate) => ({
    request: {
      producerId,
      requestId: 'api-1',
      selections: [{ state: 'FL', reasonCode: 'Vol', effectiveDate, appointmentIds: florida }]
    }
  });
  const tooOld = await page.request.post('/api/apex/TerminationController.createTerminations', {
    data: request('2000-01-01')
  });
  expect(tooOld.status()).toBe(500);
  expect((await tooOld.json()).message).toContain('Florida accepts an effective date at most 33 days back');

  const first = await page.request.post('/api/apex/TerminationController.createTerminations', { data: request(today) });
  expect(await first.json()).toMatchObject({ created: 2 });
  const retry = await page.request.post('/api/apex/TerminationController.createTerminations', { data: request(today) });
  expect(await retry.json()).toMatchObject({ created: 0, alreadyExisted: 2 });
});

test('Terminate explains when NIPR tracking is Inactive, and when nothing is left to terminate', async ({ page }) => {
  await startSession(page);
  await openProducer(page, 'Robert Chen');
  await expect(page.locator('[data-id="highlight"][data-label="NIPR Tracking"]')).toHaveText('Inactive');
  let modal = await openTerminate(page);
  await expect(modal.locator('[data-id="tracking-inactive"]')).toContainText(
    'NIPR tracking for Robert Chen is Inactive'
  );
  await expect(modal.locator('[data-id="submit"]')).toHaveCount(0);
  await modal.locator('[data-id="cancel"] button').click();
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);

  await openProducer(page, 'Kevin Doyle');
  modal = await openTerminate(page);
  await expect(modal.locator('[data-id="empty"]')).toContainText('No appointments to terminate');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);
});

test('the portal user of Denise Walker is shown as already disabled; Reset sample data restores the org', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Denise Walker');
  await expect(page.locator('[data-id="highlight"][data-label="Portal user"]')).toContainText('Disabled');

  await openProducer(page, 'Grace Kim');
  const producerId = page.url().split('/').at(-2);
  const context = await (
    await page.request.post('/api/apex/TerminationController.getTerminationContext', { data: { producerId } })
  ).json();
  const washington = context.appointments.find((appointment) => appointment.state === 'WA');
  const created = await page.request.post('/api/apex/TerminationController.createTerminations', {
    data: {
      request: {
        producerId,
        requestId: 'reset-1',
        selections: [{ state: 'WA', effectiveDate: today, appointmentIds: [washington.id] }]
      }
    }
  });
  expect(created.ok()).toBe(true);
  await page.reload();
  await expect(page.locator('[data-id="appointment-row"][data-state="WA"] [data-id="appointment-status"]')).toHaveText(
    'Pending Termination'
  );
  await page.locator('[data-id="reset"] button').click();
  await expect(page.locator('[data-id="appointment-row"][data-state="WA"] [data-id="appointment-status"]')).toHaveText(
    'Active'
  );
});
