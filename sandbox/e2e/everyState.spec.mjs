/* global document, getComputedStyle, ShadowRoot -- page.evaluate callbacks run in the browser */
// Issue 12 end to end: offboarding finishes in every state. Morgan Ellis is appointed in New York (filed on the DFS
// portal), Alaska (a registry state: the company's own register) and Florida (filed through NIPR): the first two are
// recorded as filed elsewhere, Florida is filed with the simulated gateway, then the portal user is disabled and NIPR
// tracking set Inactive, and the checklist ends all green. Then the one tracking policy in bulk (a preview per
// producer before anything runs, a confirmation for a producer whose appointments are still Active), and a
// keyboard-only Terminate with focus visible and kept inside the dialog.
import { expect, test } from '@playwright/test';
import {
  checklist,
  checklistSteps,
  chooseReason,
  editTracking,
  openDisable,
  openProducer,
  openTerminate,
  pollPastSubmitting,
  selectAppointment,
  selectProducers,
  seriousViolations,
  startSession,
  stateGroup,
  submit,
  terminateAction,
  transactionRows,
  typedDate,
  typeEffectiveDate
} from './sandbox.mjs';

/** Picks a value in a lightning-combobox of the record form (its button, then the item). */
async function choose(form, id, value) {
  await form.locator(`[data-id="${id}"] button`).click();
  await form.locator(`[data-id="${id}"] lightning-base-combobox-item[data-value="${value}"]`).click();
}

/** Types a date into a lightning-input type=date of the record form and leaves the field. */
async function typeDate(form, id, isoDate) {
  const input = form.locator(`[data-id="${id}"] input`);
  await input.fill(typedDate(isoDate));
  await input.blur();
}

function statusesByState(rows) {
  return rows.map((row) => `${row.state}: ${row.status}`).sort();
}

test('a producer appointed in NY, AK and FL is offboarded completely: NY and AK recorded as filed elsewhere, FL through NIPR', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Morgan Ellis');
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Next step', 'Blocked', 'To do']);
  const modal = await openTerminate(page);

  // New York: filed on the DFS portal; the state sets the effective date itself (the date filed).
  const newYork = stateGroup(modal, 'NY');
  await selectAppointment(newYork, 0);
  const nyForm = newYork.locator('[data-id="record-filed-elsewhere"]');
  await expect(nyForm.locator('[data-id="record-form"]')).toBeVisible();
  await choose(nyForm, 'channel', 'State Portal');
  await typeDate(nyForm, 'filed-on', today);
  await expect(nyForm.locator('[data-id="effective-date-ignored"]')).toBeVisible();
  await choose(nyForm, 'reason', 'Vol');
  await nyForm.locator('[data-id="reference"] input').fill('DFS-2026-1204');

  // Alaska: a registry state, so the company register is the only channel (preselected); its own two reasons.
  const alaska = stateGroup(modal, 'AK');
  await selectAppointment(alaska, 0);
  const akForm = alaska.locator('[data-id="record-filed-elsewhere"]');
  await expect(akForm.locator('[data-id="channel"] button')).toContainText('Company Register');
  await typeDate(akForm, 'filed-on', today);
  await choose(akForm, 'reason', 'Canc');
  if ((await akForm.locator('[data-id="effective-date"]').count()) > 0) {
    await typeDate(akForm, 'effective-date', today);
  }

  // Florida: filed through NIPR.
  const florida = stateGroup(modal, 'FL');
  await selectAppointment(florida, 0);
  await chooseReason(florida, 'Vol');
  await typeEffectiveDate(florida, today);
  await submit(modal);
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=/);

  const transactions = page.locator('c-nipr-transactions');
  await expect
    .poll(async () => statusesByState(await transactionRows(page)))
    .toEqual(['Alaska: Filed Outside NIPR', 'Florida: Ready to Submit', 'New York: Filed Outside NIPR']);
  await expect(
    transactions.locator('[data-id="row"]', { hasText: 'New York' }).locator('[data-id="filed-reference"]')
  ).toContainText('DFS-2026-1204');
  // At 1024 px the table fits: every row's Actions cell ends inside the window.
  await page.setViewportSize({ width: 1024, height: 768 });
  const actionCells = await transactions.locator('[data-id="row"] [data-id="actions"]').all();
  expect(actionCells.length).toBe(3);
  for (const cell of actionCells) {
    const box = await cell.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
  }
  await page.setViewportSize({ width: 1400, height: 1000 });

  // Filter by kind: the two recorded ones.
  await transactions.locator('[data-id="kind"] button').click();
  await transactions.locator('[data-id="kind"] lightning-base-combobox-item').nth(2).click();
  await expect
    .poll(async () => statusesByState(await transactionRows(page)))
    .toEqual(['Alaska: Filed Outside NIPR', 'New York: Filed Outside NIPR']);
  await transactions.locator('[data-id="kind"] button').click();
  await transactions.locator('[data-id="kind"] lightning-base-combobox-item').nth(0).click();

  // Florida through the simulated NIPR gateway: cost confirmed, submitted, refreshed.
  const actionable = transactions.locator('c-nipr-actionable-transactions');
  await actionable.locator('[data-id="select-all"] label').click();
  await actionable.locator('[data-id="submit"] button').click();
  const confirm = page.locator('lightning-overlay-container');
  await confirm.locator('[data-id="confirm"] button').click();
  await expect(confirm.locator('[data-id="confirm"]')).toHaveCount(0);
  await pollPastSubmitting(page, statusesByState, (poll) => poll.toContain('Florida: Submitted'));
  await transactions.locator('[data-id="refresh"] button').click();
  await expect
    .poll(async () => statusesByState(await transactionRows(page)))
    .toEqual(['Alaska: Filed Outside NIPR', 'Florida: Accepted', 'New York: Filed Outside NIPR']);

  // Step 1 done in every state: the portal user is next.
  await openProducer(page, 'Morgan Ellis');
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Done', 'Next step', 'To do']);
  const disable = await openDisable(page);
  await disable.locator('[data-id="confirmation"] input').fill('morgan ellis');
  await disable.locator('[data-id="disable"] button').click();
  await expect(page.locator('[data-id="toast"]', { hasText: 'Portal user disabled' })).toBeVisible();
  await expect(page.locator('[data-id="action-modal"]')).toHaveCount(0);

  // Step 3: nothing open, nothing Active: Inactive needs no confirmation.
  const editor = await editTracking(page, 'Inactive');
  await expect(editor.locator('[data-id="previewing"]')).toHaveCount(0);
  await expect(editor.locator('[data-id="blocked"] [data-id="message"]')).toHaveCount(0);
  await expect(editor.locator('[data-id="confirm-panel"]')).toHaveCount(0);
  await editor.locator('[data-id="save"] button').click();
  await expect(editor.locator('[data-id="tracking"]')).toHaveText('Inactive');
  const card = await checklist(page);
  await expect(card.locator('[data-id="summary"]')).toHaveText('Morgan Ellis is offboarded: every step is done.');
  expect((await checklistSteps(page)).map((step) => step.state)).toEqual(['Done', 'Done', 'Done']);
  expect(await seriousViolations(page)).toEqual([]);
});

test('bulk deactivation previews each producer by name and asks to confirm one whose appointments are still Active', async ({
  page
}) => {
  await startSession(page);
  await page.goto('/');
  await selectProducers(page, ['Elena Petrova', 'Kevin Doyle', 'Laura Bennett']);
  await page.locator('[data-id="bulk-tracking"] button').click();
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Tracking_Bulk\?/);
  const bulk = page.locator('c-nipr-tracking-bulk');
  const row = (name) => bulk.locator('[data-id="preview-row"]', { hasText: name });
  // Before anything runs: what each producer will get.
  await expect(row('Elena Petrova')).toHaveAttribute('data-decision', 'needsConfirmation');
  await expect(row('Elena Petrova').locator('[data-id="preview-outcome"]')).toContainText(
    'Needs confirmation: 8 active'
  );
  await expect(row('Kevin Doyle')).toHaveAttribute('data-decision', 'refused');
  await expect(row('Kevin Doyle').locator('[data-id="preview-outcome"]')).toContainText("wait for NIPR's answer");
  await expect(row('Laura Bennett')).toHaveAttribute('data-decision', 'allowed');
  expect(await seriousViolations(page)).toEqual([]);

  // Elena is set Inactive only with the confirmation; Kevin stays refused.
  const run = bulk.locator('[data-id="deactivate-selection"] button');
  await expect(bulk.locator('[data-id="confirm-selection-panel"]')).toContainText(
    'Also set NIPR tracking Inactive for the 1 producer with active appointments'
  );
  await bulk.locator('[data-id="confirm-selection"] label').click();
  await run.click();
  await expect(bulk.locator('[data-id="selection-summary"]')).toHaveText('2 set Inactive, 1 skipped, 0 failed.');
  await expect(bulk.locator('[data-id="selection-table"]')).toContainText('Kevin Doyle');
  await expect(run)
    .toBeEnabled({ timeout: 10_000 })
    .catch(async () => {
      // Nothing left to deactivate in the preview: the button may be disabled for that reason alone.
      await expect(bulk.locator('[data-id="preview-row"]', { hasText: 'Kevin Doyle' })).toHaveAttribute(
        'data-decision',
        'refused'
      );
    });
});

/** The focused element through the shadow roots: the nearest `data-id`s on its way up and whether focus shows. */
function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    const ids = [];
    for (let node = active; node; node = node.parentNode ?? node.host) {
      if (node.dataset?.id) {
        ids.push(node.dataset.id);
      }
      if (node instanceof ShadowRoot) {
        node = node.host;
        if (node.dataset?.id) {
          ids.push(node.dataset.id);
        }
      }
    }
    const style = active ? getComputedStyle(active) : null;
    return {
      tag: active?.tagName ?? null,
      ids,
      visible:
        active !== null &&
        active !== document.body &&
        (active.matches(':focus-visible') || style.outlineStyle !== 'none' || style.boxShadow !== 'none')
    };
  });
}

test('a keyboard-only Terminate of two states: focus starts on the heading, stays inside, shows, and comes back', async ({
  page
}) => {
  const { today } = await startSession(page);
  await openProducer(page, 'Maria Alvarez');

  // Open with the keyboard: focus goes to the dialog's heading.
  await terminateAction(page).focus();
  await page.keyboard.press('Enter');
  const modal = page.locator('[data-id="action-modal"]');
  await expect(modal.locator('[data-id="loading"]')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).ids[0]).toBe('heading');

  // Shift+Tab from the heading wraps inside the dialog, never to the page behind.
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const now = await focused(page);
    expect(now.ids).toContain('action-modal');
    expect(now.visible).toBe(true);
  }

  // Close with Escape: focus returns to the Terminate button.
  await page.keyboard.press('Escape');
  await expect(modal).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).ids).toContain('action');

  // Again, and terminate Texas (one reason, preselected) and North Carolina (one reason, a date) by keyboard only.
  await page.keyboard.press('Enter');
  await expect(modal.locator('[data-id="loading"]')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).ids[0]).toBe('heading');

  /**
   * Tabs forward until the focused element (a `tag`, when given) is inside `groupState`'s `id`, checking focus stays in
   * the dialog and shows at every step.
   */
  async function tabTo(groupState, id, tag = null) {
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect(now.ids).toContain('action-modal');
      expect(now.visible).toBe(true);
      const inGroup = await page.evaluate((state) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) {
          active = active.shadowRoot.activeElement;
        }
        for (let node = active; node; node = node.parentNode ?? node.host) {
          if (node.tagName === 'C-TERMINATE-STATE-GROUP') {
            return node.dataset.state === state;
          }
        }
        return state === null;
      }, groupState);
      if (now.ids[0] === id && inGroup && (tag === null || now.tag === tag)) {
        return;
      }
    }
    throw new Error(`no ${id} in ${groupState} within 80 Tabs`);
  }

  await tabTo('TX', 'appointment');
  await page.keyboard.press('Space');
  await tabTo('NC', 'appointment');
  await page.keyboard.press('Space');
  await tabTo('NC', 'effective-date', 'INPUT'); // past the field's help button
  // Typed as one insertion (as a paste or an input method does): the date field parses it when focus leaves.
  await page.keyboard.insertText(typedDate(today));
  await tabTo(null, 'submit');
  await page.keyboard.press('Enter');

  // After navigation: focus on the NIPR Transactions page heading, not on the body.
  await expect(page).toHaveURL(/\/lightning\/n\/NIPR_Transactions\?c__producerId=/);
  await expect.poll(async () => (await focused(page)).ids[0], { timeout: 10_000 }).toBe('heading');
  const rows = statusesByState(await transactionRows(page)).filter((status) => !status.startsWith('Georgia'));
  expect(rows).toEqual(['North Carolina: Ready to Submit', 'Texas: Ready to Submit']);
});
