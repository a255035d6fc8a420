// Issue 10 end to end (docs/filing-integrity.md): the simulated-mode banner, two browsers submitting the same rows
// (NIPR files each row once), and a forged status change through Lightning Data Service's endpoint. Filings are
// counted with the sandbox-only GET /api/sandbox/gateway (the simulated NIPR's log: `filings`, one per idempotency key
// it filed, and `received`, every filing sent to it).
import { expect, test } from '@playwright/test';
import { startSession, transactionRows } from './sandbox.mjs';

const SIMULATED_BANNER = 'Simulated — nothing is filed with NIPR';

async function apex(request, name, params) {
  const response = await request.post(`/api/apex/${name}`, { data: params });
  const body = await response.json();
  expect(response.ok(), body?.message).toBe(true);
  return body;
}

/** Maria Alvarez's two Texas appointments terminated and checked (Ready to Submit), through the Apex endpoints. */
async function readyTexasRows(request) {
  const producers = await (await request.get('/api/sandbox/producers')).json();
  const maria = producers.find((producer) => producer.name === 'Maria Alvarez');
  const context = await apex(request, 'TerminationController.getTerminationContext', { producerId: maria.id });
  const texas = context.appointments.filter((appointment) => appointment.state === 'TX').map((a) => a.id);
  const { transactionIds } = await apex(request, 'TerminationController.createTerminations', {
    request: {
      producerId: maria.id,
      requestId: `e2e-${Date.now()}`,
      selections: [{ state: 'TX', reasonCode: 'Canc', effectiveDate: null, appointmentIds: texas }]
    }
  });
  const checked = await apex(request, 'NiprTransactionController.checkEligibility', { transactionIds });
  expect(checked.map((row) => row.status)).toEqual(['Ready to Submit', 'Ready to Submit']);
  return { producerId: maria.id, transactionIds };
}

async function gatewayLog(request) {
  return (await request.get('/api/sandbox/gateway')).json();
}

test('the NIPR Transactions page says that the simulated gateway files nothing', async ({ page }) => {
  await startSession(page);
  await page.goto('/lightning/n/NIPR_Transactions');
  await expect(page.locator('c-nipr-transactions').getByText(SIMULATED_BANNER).first()).toBeVisible();
});

test('two browsers submitting the same Ready rows at once: one filing per row', async ({ browser, page }) => {
  await startSession(page);
  const { producerId, transactionIds } = await readyTexasRows(page.request);
  const contexts = [await browser.newContext(), await browser.newContext()];
  try {
    const pages = await Promise.all(
      contexts.map(async (context) => {
        const tab = await context.newPage();
        expect((await tab.request.post('/api/sandbox/session', { data: { user: 'specialist' } })).ok()).toBe(true);
        await tab.goto(`/lightning/n/NIPR_Transactions?c__producerId=${producerId}`);
        const rows = await transactionRows(tab);
        expect(rows.filter((row) => row.state === 'Texas').map((row) => row.status)).toEqual([
          'Ready to Submit',
          'Ready to Submit'
        ]);
        const actionable = tab.locator('c-nipr-transactions c-nipr-actionable-transactions');
        await actionable.locator('[data-id="select-all"] label').click();
        await expect(actionable.locator('[data-id="selection-summary"]')).toContainText('2 of 2 selected');
        await actionable.locator('[data-id="submit"] button').click();
        await expect(tab.locator('lightning-overlay-container [data-id="confirm"] button')).toBeVisible();
        return tab;
      })
    );
    // Both confirm at once: each browser has its own submission id.
    await Promise.all(
      pages.map((tab) => tab.locator('lightning-overlay-container [data-id="confirm"] button').click())
    );

    // One of them is told the rows are already being submitted (or, once NIPR answered, that NIPR has them already:
    // another submission id is refused as the Apex refuses it); nothing is sent twice.
    const told = (tab) =>
      tab
        .getByText(/is already being submitted \(started by Lena Ortiz|NIPR has it already \(another submission\)/)
        .first()
        .isVisible();
    await expect.poll(async () => (await told(pages[0])) || (await told(pages[1]))).toBe(true);

    // NiprSubmissionJob files each row once (about a second of server time, or the next request after it).
    await expect
      .poll(async () => (await gatewayLog(page.request)).filings.length, { timeout: 10_000 })
      .toBe(transactionIds.length);
    const log = await gatewayLog(page.request);
    expect(log.filings.map((filing) => filing.idempotencyKey).sort()).toEqual(
      transactionIds.map((id) => `${id}:0`).sort()
    );
    expect(log.received.filter((entry) => !entry.duplicate)).toHaveLength(transactionIds.length);
    const rows = await apex(page.request, 'NiprTransactionController.getTransactions', { producerId });
    const filed = rows.filter((row) => transactionIds.includes(row.id));
    expect(filed.map((row) => row.status)).toEqual(['Submitted', 'Submitted']);
    expect(filed.map((row) => row.niprReference).sort()).toEqual(log.filings.map((filing) => filing.reference).sort());
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test('two browser sessions posting the same submission at once (no page): one is refused, one filing per row', async ({
  browser,
  page
}) => {
  await startSession(page);
  const { transactionIds } = await readyTexasRows(page.request);
  const { total } = await apex(page.request, 'NiprTransactionController.getSubmissionQuote', { transactionIds });
  const contexts = [await browser.newContext(), await browser.newContext()];
  try {
    for (const context of contexts) {
      expect((await context.request.post('/api/sandbox/session', { data: { user: 'specialist' } })).ok()).toBe(true);
    }
    const responses = await Promise.all(
      contexts.map((context, index) =>
        context.request.post('/api/apex/NiprTransactionController.submitTransactions', {
          data: { transactionIds, submissionId: `browser-${index}`, confirmedTotal: total }
        })
      )
    );
    const bodies = await Promise.all(responses.map((response) => response.json()));
    const accepted = bodies.filter((_, index) => responses[index].ok());
    const refused = bodies.filter((_, index) => !responses[index].ok());
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ queued: 2, submitted: 0, mode: 'Simulated' });
    expect(refused).toHaveLength(1);
    expect(refused[0].message).toMatch(
      /^The transactions were not submitted: NTX-\d{6} is already being submitted \(started by Lena Ortiz at \d{4}-\d\d-\d\d \d\d:\d\d\)\. Nothing was sent twice; wait for NIPR's answer\./
    );
    await expect
      .poll(async () => (await gatewayLog(page.request)).filings.length, { timeout: 10_000 })
      .toBe(transactionIds.length);
    const log = await gatewayLog(page.request);
    expect(log.filings.map((filing) => filing.idempotencyKey).sort()).toEqual(
      transactionIds.map((id) => `${id}:0`).sort()
    );
    expect(log.received).toHaveLength(transactionIds.length);
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test("a forged Draft → Ready to Submit update through Lightning Data Service's endpoint is refused", async ({
  page
}) => {
  await startSession(page);
  const rows = await apex(page.request, 'NiprTransactionController.getTransactions', { producerId: null });
  const draft = rows.find((row) => row.name === 'NTX-000002');
  expect(draft.status).toBe('Draft');

  const response = await page.request.patch(`/api/ui-api/records/${draft.id}`, {
    data: { fields: { Status__c: 'Ready to Submit' } }
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.output.errors.map((error) => error.message)).toEqual([
    'Status is changed only by the Producer Offboarding actions (Terminate, Recheck Eligibility, Submit, Resend, ' +
      'Refresh Status, Cancel, Correct). Use Recheck Eligibility instead.'
  ]);

  const record = await (
    await page.request.get(`/api/ui-api/records/${draft.id}?fields=NIPR_Transaction__c.Status__c`)
  ).json();
  expect(record.fields.Status__c.value).toBe('Draft');
  expect((await gatewayLog(page.request)).received).toHaveLength(0);
});
