// `npm run screenshots`: builds and starts the sandbox on a free port with a fixed date, drives Chromium through the
// main screens and saves them to docs/screenshots/*.png (the README shows them). Same Chromium and flags as the
// end-to-end tests; the sample data is reset first, so the pictures only change when the product does.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from './build.mjs';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium.mjs';
import { startServer } from './server.mjs';
import { ROOT_DIR, SANDBOX_DIR } from './build/modules.mjs';
import {
  addDays,
  checklist,
  chooseReason,
  editTracking,
  openDisable,
  openProducer,
  openTerminate,
  selectAppointment,
  selectProducers,
  stateGroup,
  submit,
  trackingEditor,
  transactionRows,
  typedDate,
  typeEffectiveDate
} from './e2e/sandbox.mjs';

/** The date the pictures are taken on (the sample data's dates are relative to it). */
const TODAY = '2026-06-15';
const OUT_DIR = join(SANDBOX_DIR, '..', 'docs', 'screenshots');
const VIEWPORT = { width: 1400, height: 900 };

async function shoot(page, name) {
  const file = join(OUT_DIR, `${name}.png`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  console.log(`screenshots: ${relative(ROOT_DIR, file)}`);
}

async function main() {
  process.env.SANDBOX_TODAY = TODAY;
  await build();
  const { server, url } = await startServer({ port: 0 });
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    const context = await browser.newContext({
      baseURL: url,
      viewport: VIEWPORT,
      locale: 'en-US',
      timezoneId: 'America/Los_Angeles'
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${TODAY}T17:00:00Z`));
    await page.request.post('/api/sandbox/reset');
    await page.request.post('/api/sandbox/session', { data: { user: 'specialist' } });

    await page.goto('/');
    await page.locator('[data-id="producer-row"]').first().waitFor();
    await shoot(page, 'producer-list');

    await openProducer(page, 'Maria Alvarez');
    await shoot(page, 'contact-record');

    const modal = await openTerminate(page);
    const texas = stateGroup(modal, 'TX');
    const florida = stateGroup(modal, 'FL');
    await selectAppointment(texas, 0);
    await selectAppointment(florida, 0);
    await chooseReason(florida, 'Vol');
    await typeEffectiveDate(florida, addDays(TODAY, -40));
    await submit(modal);
    await modal.locator('[data-id="problem"]').first().waitFor();
    await modal.locator('[data-id="body"]').evaluate((body) => body.scrollTo(0, 0));
    await shoot(page, 'terminate-errors');

    await chooseReason(texas, 'Canc');
    await typeEffectiveDate(florida, addDays(TODAY, -10));
    await selectAppointment(stateGroup(modal, 'NC'), 0);
    await chooseReason(stateGroup(modal, 'NC'), 'Vol');
    await typeEffectiveDate(stateGroup(modal, 'NC'), TODAY);
    await modal.locator('[data-id="fees"]').scrollIntoViewIfNeeded();
    await shoot(page, 'terminate-ready');
    await submit(modal);
    await transactionRows(page);
    await shoot(page, 'nipr-transactions');

    // Steps 2 and 3: Laura Bennett's appointments are terminated, her portal user is next.
    await openProducer(page, 'Laura Bennett');
    await checklist(page);
    await trackingEditor(page);
    await shoot(page, 'offboarding-checklist');

    const disable = await openDisable(page);
    await disable.locator('[data-id="confirmation"] input').fill('Laura Bennett');
    await shoot(page, 'disable-portal-user');
    await page.keyboard.press('Escape');

    // Kevin Doyle's termination in Pennsylvania is still Submitted: tracking cannot be set Inactive yet.
    await openProducer(page, 'Kevin Doyle');
    const editor = await editTracking(page, 'Inactive');
    await editor.locator('[data-id="blocked"] [data-id="message"]').waitFor();
    // Taller, so that the whole page shows with the editor at the bottom of the sidebar.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1020 });
    await shoot(page, 'nipr-tracking-editor');
    await page.setViewportSize(VIEWPORT);

    // Bulk: what each producer will get, before anything runs (refused, needs confirmation, set Inactive).
    await page.goto('/');
    await selectProducers(page, ["James O'Connor", 'Elena Petrova', 'Laura Bennett']);
    await page.locator('[data-id="bulk-tracking"] button').click();
    const bulk = page.locator('c-nipr-tracking-bulk');
    await bulk.locator('[data-id="preview-row"]').first().waitFor();
    await shoot(page, 'nipr-tracking-bulk');

    // A state not filed through NIPR: New York's termination, filed on the DFS portal, recorded here.
    await openProducer(page, 'Morgan Ellis');
    const record = await openTerminate(page);
    const newYork = stateGroup(record, 'NY');
    await selectAppointment(newYork, 0);
    const form = newYork.locator('[data-id="record-filed-elsewhere"]');
    await form.locator('[data-id="channel"] button').click();
    await form.locator('[data-id="channel"] lightning-base-combobox-item[data-value="State Portal"]').click();
    const filedOn = form.locator('[data-id="filed-on"] input');
    await filedOn.fill(typedDate(TODAY));
    await filedOn.blur();
    await form.locator('[data-id="reason"] button').click();
    await form.locator('[data-id="reason"] lightning-base-combobox-item[data-value="Vol"]').click();
    await form.locator('[data-id="reference"] input').fill('DFS-2026-0615');
    await newYork.scrollIntoViewIfNeeded();
    await shoot(page, 'terminate-record-elsewhere');
    await record.locator('[data-id="cancel"] button').click();

    await page.request.post('/api/sandbox/session', { data: { user: 'viewer' } });
    await openProducer(page, 'Sunbelt Insurance Agency LLC');
    await shoot(page, 'account-record-read-only');
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error?.stack ?? error}`);
  process.exit(1);
});
