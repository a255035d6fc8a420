// An axe scan of each screen (producer list, record page, Terminate modal with and without errors, transactions
// page; the offboarding checklist, the NIPR Tracking editor, the Disable Customer User modal and the NIPR Tracking
// Bulk page; as both sample users): no serious or critical violation.
import { expect, test } from '@playwright/test';
import {
  checklist,
  editTracking,
  openDisable,
  openProducer,
  openTerminate,
  resultRows,
  selectAppointment,
  selectProducers,
  seriousViolations,
  startSession,
  stateGroup,
  submit,
  trackingEditor
} from './sandbox.mjs';

test('every screen passes an axe scan without serious or critical violations', async ({ page }) => {
  await startSession(page);
  await page.goto('/');
  await expect(page.locator('[data-id="producer-row"]').first()).toBeVisible();
  expect(await seriousViolations(page), 'producer list').toEqual([]);

  await openProducer(page, 'Maria Alvarez');
  expect(await seriousViolations(page), 'Contact record page').toEqual([]);

  const modal = await openTerminate(page);
  expect(await seriousViolations(page), 'Terminate modal').toEqual([]);
  await selectAppointment(stateGroup(modal, 'FL'), 0);
  await submit(modal);
  await expect(modal.locator('[data-id="problem"]').first()).toBeVisible();
  expect(await seriousViolations(page), 'Terminate modal with errors').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/lightning/n/NIPR_Transactions');
  await expect(page.locator('c-nipr-transactions [data-id="table"]')).toBeVisible();
  expect(await seriousViolations(page), 'NIPR Transactions page').toEqual([]);

  await openProducer(page, 'Sunbelt Insurance Agency LLC');
  expect(await seriousViolations(page), 'Account record page').toEqual([]);

  await startSession(page, 'viewer');
  await openProducer(page, 'Maria Alvarez');
  expect(await seriousViolations(page), 'record page, read-only viewer').toEqual([]);
});

test('the steps 2 and 3 screens pass an axe scan without serious or critical violations', async ({ page }) => {
  test.setTimeout(120_000); // a dozen screens, each scanned
  await startSession(page);
  await openProducer(page, 'Laura Bennett');
  await checklist(page);
  await trackingEditor(page);
  expect(await seriousViolations(page), 'Contact record page with the checklist and the tracking editor').toEqual([]);

  const modal = await openDisable(page);
  await modal.locator('[data-id="confirmation"] input').fill('Laura Bennett');
  expect(await seriousViolations(page), 'Disable Customer User modal').toEqual([]);
  await page.keyboard.press('Escape');

  await openProducer(page, 'Elena Petrova');
  await openDisable(page);
  expect(await seriousViolations(page), 'Disable Customer User modal with warnings').toEqual([]);
  await page.keyboard.press('Escape');

  await openProducer(page, 'Kevin Doyle');
  const editor = await editTracking(page, 'Inactive');
  await expect(editor.locator('[data-id="blocked"] [data-id="message"]')).toBeVisible();
  expect(await seriousViolations(page), 'tracking editor refusing Inactive').toEqual([]);

  await openProducer(page, 'Laura Bennett');
  await editTracking(page, 'Inactive');
  await page.locator('[data-id="tracking-editor"] [data-id="save"] button').click();
  await expect(page.locator('[data-id="tracking-editor"] [data-id="reminder"]')).toBeVisible();
  expect(await seriousViolations(page), 'tracking editor with the reminder').toEqual([]);

  await openProducer(page, 'Sunbelt Insurance Agency LLC');
  await expect((await checklist(page)).locator('[data-id="firm"]')).toBeVisible();
  expect(await seriousViolations(page), 'Account record page with the firm roll-up').toEqual([]);

  await page.goto('/');
  await selectProducers(page, ["James O'Connor", 'Elena Petrova']);
  expect(await seriousViolations(page), 'producer list with a selection').toEqual([]);
  await page.locator('[data-id="bulk-tracking"] button').click();
  const bulk = page.locator('c-nipr-tracking-bulk');
  await expect(bulk.locator('[data-id="preview-row"]')).toHaveCount(2);
  expect(await seriousViolations(page), 'NIPR Tracking Bulk preview with a confirmation').toEqual([]);
  await bulk.locator('[data-id="confirm-selection"] label').click();
  await bulk.locator('[data-id="deactivate-selection"] button').click();
  await resultRows(bulk.locator('[data-id="selection-table"]'));
  await bulk.locator('[data-id="ask-all"] button').click();
  expect(await seriousViolations(page), 'NIPR Tracking Bulk page').toEqual([]);

  await startSession(page, 'viewer');
  await openProducer(page, 'Laura Bennett');
  await checklist(page);
  await trackingEditor(page);
  expect(await seriousViolations(page), 'Contact record page, read-only viewer').toEqual([]);
  await page.goto('/lightning/n/NIPR_Tracking_Bulk');
  await expect(page.locator('c-nipr-tracking-bulk [data-id="no-permission"]')).toBeVisible();
  expect(await seriousViolations(page), 'NIPR Tracking Bulk page, read-only viewer').toEqual([]);
});
