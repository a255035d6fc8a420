// What the end-to-end tests do in the sandbox, the way a user does it (sandbox-notes.md: checkboxes are clicked by
// their label; a combobox by its button, then `lightning-base-combobox-item[data-value=…]`; dates are typed in the
// locale format, e.g. "Jun 15, 2026"; Playwright's CSS locators pierce the synthetic shadow roots).
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

const LONG_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const MEDIUM_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC'
});

/** `2026-06-15` → `Jun 15, 2026` (what lightning-input type=date shows and takes, locale en-US). */
export function typedDate(isoDate) {
  return MEDIUM_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** `2026-06-15` → `June 15, 2026` (how the transactions page shows dates). */
export function longDate(isoDate) {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The calendar date `days` after `isoDate` (negative: before). */
export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Fresh sample data, and `userKey` (`specialist` or `viewer`) as the sample user; resolves with the session. */
export async function startSession(page, userKey = 'specialist') {
  expect((await page.request.post('/api/sandbox/reset')).ok()).toBe(true);
  const response = await page.request.post('/api/sandbox/session', { data: { user: userKey } });
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Opens a producer's record page from the producer list. */
export async function openProducer(page, name) {
  await page.goto('/');
  await page.locator('[data-id="producer-link"]', { hasText: name }).click();
  await expect(page.locator('[data-id="record-name"]')).toHaveText(name);
}

/** The record page's Terminate quick action button. */
export function terminateAction(page) {
  return page.locator('[data-id="action"][data-action="Terminate"] button');
}

/** Opens the Terminate modal and waits for its appointments. */
export async function openTerminate(page) {
  await terminateAction(page).click();
  const modal = page.locator('[data-id="action-modal"]');
  await expect(modal).toBeVisible();
  await expect(modal.locator('[data-id="loading"]')).toHaveCount(0);
  return modal;
}

/** One state of the Terminate modal (`c-terminate-state-group`). */
export function stateGroup(modal, state) {
  return modal.locator(`c-terminate-state-group[data-state="${state}"]`);
}

/** Ticks the n-th appointment checkbox of a state (by its label: `.check()` does not work on these). */
export async function selectAppointment(group, index = 0) {
  await group.locator('lightning-input[data-id="appointment"]').nth(index).locator('label').click();
}

export async function chooseReason(group, code) {
  await group.locator('[data-id="reason"] button').click();
  await group.locator(`lightning-base-combobox-item[data-value="${code}"]`).click();
}

/** Types an effective date (ISO in, shown format typed) and leaves the field, as a user does. */
export async function typeEffectiveDate(group, isoDate) {
  const input = group.locator('[data-id="effective-date"] input');
  await input.fill(typedDate(isoDate));
  await input.blur();
}

export async function submit(modal) {
  await modal.locator('[data-id="submit"] button').click();
}

/** The texts of the problem summary, once it shows at least one. */
export async function problems(modal) {
  await expect(modal.locator('[data-id="problem"]').first()).toBeVisible();
  return modal.locator('[data-id="problem"]').allInnerTexts();
}

/** The rows of the NIPR Transactions page once loaded, as `{ name, state, reason, effectiveDate, fee, status }`. */
export async function transactionRows(page) {
  const page_ = page.locator('c-nipr-transactions');
  await expect(page_.locator('[data-id="row"]').first()).toBeVisible();
  await expect(page_.locator('[data-id="busy"], [data-id="spinner"]')).toHaveCount(0);
  const text = async (row, id) => (await row.locator(`[data-id="${id}"]`).first().innerText()).trim();
  return Promise.all(
    (await page_.locator('[data-id="row"]').all()).map(async (row) => ({
      name: await text(row, 'name'),
      state: await text(row, 'state'),
      reason: await text(row, 'reason'),
      effectiveDate: await text(row, 'effective-date'),
      fee: await text(row, 'fee'),
      status: await text(row, 'status')
    }))
  );
}

/**
 * Polls the transactions page until no row is Submitting (the submission job answers within about a second of server
 * time; the page is reloaded while rows are Submitting) and resolves with `summarize(rows)` once `expectation` holds.
 */
export async function pollPastSubmitting(page, summarize, expectation) {
  await expectation(
    expect.poll(
      async () => {
        const rows = await transactionRows(page);
        if (rows.some((row) => row.status === 'Submitting')) {
          await page.reload();
        }
        return summarize(rows);
      },
      { timeout: 15_000 }
    )
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Steps 2 and 3: the offboarding checklist, Disable Customer User, the NIPR Tracking editor and bulk page

/** The record page's offboarding checklist (`c-offboarding-checklist`), once loaded. */
export async function checklist(page) {
  const card = page.locator('[data-id="checklist"]');
  await expect(card.locator('[data-id="summary"]')).toBeVisible();
  return card;
}

/** The checklist's steps in order, as `{ id, state }` (state: Done, Next step, Blocked, To do). */
export async function checklistSteps(page) {
  const card = await checklist(page);
  return Promise.all(
    (await card.locator('[data-id="step"]').all()).map(async (step) => ({
      id: await step.getAttribute('data-step'),
      state: (await step.locator('[data-id="state"]').innerText()).trim()
    }))
  );
}

/** The record page's Disable Customer User quick action button. */
export function disableAction(page) {
  return page.locator('[data-id="action"][data-action="Disable_Customer_User"] button');
}

/** Opens the Disable Customer User modal and waits for the portal user. */
export async function openDisable(page) {
  await disableAction(page).click();
  const modal = page.locator('[data-id="action-modal"][data-action="Disable_Customer_User"]');
  await expect(modal).toBeVisible();
  await expect(modal.locator('[data-id="loading"]')).toHaveCount(0);
  return modal;
}

/** The record page's NIPR Tracking editor (`c-nipr-tracking-editor`), once loaded. */
export async function trackingEditor(page) {
  const editor = page.locator('[data-id="tracking-editor"]');
  await expect(editor.locator('[data-id="tracking"], [data-id="tracking-input"]')).toBeVisible();
  return editor;
}

/** Opens the editor with its pencil and picks a value (Active or Inactive), not saved yet. */
export async function editTracking(page, value) {
  const editor = await trackingEditor(page);
  await editor.locator('[data-id="edit"] button').click();
  await editor.locator('[data-id="tracking-input"] button').click();
  await editor.locator(`lightning-base-combobox-item[data-value="${value}"]`).click();
  return editor;
}

/** Ticks producers in the producer list (by their checkbox label, as a user does). */
export async function selectProducers(page, names) {
  for (const name of names) {
    await page.locator('[data-id="producer-row"]', { hasText: name }).locator('[data-id="select-label"]').click();
  }
}

/** The rows of a lightning-datatable as `{ name, outcome, reason }`. */
export async function resultRows(table) {
  await expect(table.locator('tbody tr').first()).toBeVisible();
  return Promise.all(
    (await table.locator('tbody tr').all()).map(async (row) => {
      const cells = await row.locator('th, td').allInnerTexts();
      const [name, outcome, reason] = cells.map((text) => text.trim()).filter((text) => text !== '');
      return { name, outcome, reason };
    })
  );
}

/**
 * Axe rules turned off for all scans, each for a known quirk of the open-source lightning-base-components build
 * (the components in an org ship their own markup), never for our templates. Empty while no quirk needs it.
 */
export const AXE_DISABLED_RULES = [];

/** Serious and critical accessibility violations of the page (or of `include`, a CSS selector). */
export async function seriousViolations(page, include) {
  let builder = new AxeBuilder({ page }).disableRules(AXE_DISABLED_RULES);
  if (include) {
    builder = builder.include(include);
  }
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' '))
    }));
}
