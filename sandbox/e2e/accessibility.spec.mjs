// An axe scan of each screen (producer list, record page, Terminate modal with and without errors, transactions
// page, as both sample users): no serious or critical violation.
import { expect, test } from '@playwright/test';
import {
  openProducer,
  openTerminate,
  selectAppointment,
  seriousViolations,
  startSession,
  stateGroup,
  submit
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
