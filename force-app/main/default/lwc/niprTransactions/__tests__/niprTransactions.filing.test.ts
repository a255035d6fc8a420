// Filing integrity on the NIPR Transactions page (docs/filing-integrity.md): where filings go (getGatewayStatus:
// Simulated, Live, Not Configured), the two-step submission (rows queued as Submitting, the page re-reads the list
// until NIPR answered them), Resend on a stuck row, the actions each status allows (from the generated transition
// table), and client-made submission ids without crypto.randomUUID (Locker).
import type { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
import LightningConfirm from 'lightning/confirm';
import searchTransactions from '@salesforce/apex/NiprTransactionController.searchTransactions';
import checkEligibility from '@salesforce/apex/NiprTransactionController.checkEligibility';
import getSubmissionQuote from '@salesforce/apex/NiprTransactionController.getSubmissionQuote';
import submitTransactions from '@salesforce/apex/NiprTransactionController.submitTransactions';
import refreshStatuses from '@salesforce/apex/NiprTransactionController.refreshStatuses';
import resendTransactions from '@salesforce/apex/NiprTransactionController.resendTransactions';
import getGatewayStatus from '@salesforce/apex/NiprTransactionController.getGatewayStatus';
import NiprSubmitConfirm from 'c/niprSubmitConfirm';
import NiprTransactions, { FILING_POLL_INTERVAL_MS, MAX_FILING_POLLS } from 'c/niprTransactions';
import {
  changeChecked,
  click,
  flushPromises,
  get,
  getShownError,
  listenForDetail,
  query,
  queryAll,
  renderElement,
  resetDom,
  select,
  text
} from 'test-utils';
import data from './data/transactions.json';

jest.mock('@salesforce/apex/NiprTransactionController.searchTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.checkEligibility', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.getSubmissionQuote', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.submitTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.refreshStatuses', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.resendTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/NiprTransactionController.getGatewayStatus',
  () => {
    // A jest.mock factory runs before the imports, so it requires what it needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/Offboarding_Submit_NIPR', () => ({ default: true }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

type ApexWireMock = ReturnType<typeof createApexTestWireAdapter>;

const mockSearch = jest.mocked(searchTransactions);
const mockCheck = jest.mocked(checkEligibility);
const mockQuote = jest.mocked(getSubmissionQuote);
const mockSubmit = jest.mocked(submitTransactions);
const mockRefresh = jest.mocked(refreshStatuses);
const mockResend = jest.mocked(resendTransactions);
const gatewayAdapter = getGatewayStatus as unknown as ApexWireMock;
const mockConfirm = (LightningConfirm as unknown as { open: jest.Mock }).open;

const LEDGER: readonly Apex.NiprTransactionInfo[] = data.transactions;
const QUOTE: Apex.SubmissionQuote = data.quote;
const FILING_TIMER = 5151;

const SIMULATED = 'Simulated — nothing is filed with NIPR';
const NOT_CONFIGURED =
  'NIPR filing is not set up in this org: an administrator sets Mode (Live or Simulated) in Setup → Custom Settings → NIPR Gateway Config. Nothing was sent.';

function tx(name: string): Apex.NiprTransactionInfo {
  const found = LEDGER.find((row) => row.name === name);
  if (!found) {
    throw new Error(`no ${name}`);
  }
  return found;
}

function idOf(name: string): string {
  return tx(name).id ?? '';
}

function withStatus(name: string, status: string, extra: Partial<Apex.NiprTransactionInfo> = {}) {
  return { ...tx(name), status, statusDetail: undefined, nextStep: undefined, ...extra };
}

function echo({ transactionIds }: { transactionIds: string[] }): Promise<Apex.NiprTransactionInfo[]> {
  return Promise.resolve(LEDGER.filter((row) => transactionIds.includes(row.id ?? '')));
}

function createComponent(): Promise<HTMLElement> {
  return renderElement('c-nipr-transactions', NiprTransactions);
}

function child(element: HTMLElement, tag: string): HTMLElement {
  const found = select<HTMLElement>(element, tag);
  if (!found) {
    throw new Error(`no ${tag}`);
  }
  return found;
}

const actionable = (element: HTMLElement) => child(element, 'c-nipr-actionable-transactions');
const table = (element: HTMLElement) => child(element, 'c-nipr-transaction-table');

function rowOf(element: HTMLElement, name: string): HTMLElement {
  const found = select<HTMLElement>(table(element), `tr[data-row-id="${idOf(name)}"]`);
  if (!found) {
    throw new Error(`no row ${name}`);
  }
  return found;
}

function cell(row: HTMLElement, dataId: string): string {
  return text(row.querySelector(`[data-id="${dataId}"]`));
}

async function gateway(status: Apex.GatewayStatus): Promise<void> {
  gatewayAdapter.emit(status);
  await flushPromises();
}

async function selectAllAndSubmit(element: HTMLElement): Promise<void> {
  changeChecked(get(actionable(element), 'select-all'), true);
  await flushPromises();
  click(get(actionable(element), 'submit'));
  await flushPromises();
}

// ----------------------------------------------------------------------------------------------------------------

describe('c-nipr-transactions: filing integrity', () => {
  let mockOpenConfirm: jest.Mock;
  /** The list re-reads waiting for their 5 s (c/poller's setTimeout), run by the tests themselves. */
  let filingPolls: (() => void)[];
  let setTimeoutSpy: jest.SpyInstance;
  let clearTimeoutSpy: jest.SpyInstance;

  beforeEach(() => {
    mockSearch.mockResolvedValue([...LEDGER]);
    mockCheck.mockImplementation(echo);
    mockQuote.mockResolvedValue(QUOTE);
    mockRefresh.mockResolvedValue([]);
    mockOpenConfirm = jest.fn().mockResolvedValue('confirm');
    NiprSubmitConfirm.open = mockOpenConfirm;
    Object.defineProperty(window.crypto, 'randomUUID', {
      value: jest.fn(() => 'submission-1'),
      configurable: true,
      writable: true
    });
    filingPolls = [];
    const realSetTimeout = window.setTimeout.bind(window);
    const realClearTimeout = window.clearTimeout.bind(window);
    setTimeoutSpy = jest.spyOn(window, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      if (ms === FILING_POLL_INTERVAL_MS) {
        filingPolls.push(handler);
        return FILING_TIMER;
      }
      return realSetTimeout(handler, ms);
    }) as typeof window.setTimeout);
    clearTimeoutSpy = jest.spyOn(window, 'clearTimeout').mockImplementation((id?: string | number | NodeJS.Timeout) => {
      if (id !== FILING_TIMER) {
        realClearTimeout(id);
      }
    });
  });

  /** sa11y refuses to run while setTimeout is replaced: the real timers are back for the check. */
  async function expectAccessible(element: HTMLElement): Promise<void> {
    setTimeoutSpy.mockRestore();
    clearTimeoutSpy.mockRestore();
    await expect(element).toBeAccessible();
  }

  afterEach(() => {
    resetDom();
    setTimeoutSpy.mockRestore();
    clearTimeoutSpy.mockRestore();
    jest.clearAllMocks();
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('gateway mode', () => {
    it('shows a Simulated banner at the top of the page, and no Live badge', async () => {
      const element = await createComponent();
      await gateway({ mode: 'Simulated', submitTimeoutMinutes: 15 });

      const banner = get<HTMLElement>(element, 'gateway-simulated');
      expect(banner.getAttribute('role')).toBe('status');
      expect(banner.className).toContain('slds-theme_info');
      expect(text(query(element, 'gateway-banner'))).toBe(SIMULATED);
      expect(query(element, 'gateway-live')).toBeNull();
      expect(query(element, 'gateway-not-configured')).toBeNull();
      expect(get(element, 'recheck').disabled).toBe(false);
      await expectAccessible(element);
    });

    it('shows a small neutral Live badge and no banner', async () => {
      const element = await createComponent();
      await gateway({ mode: 'Live', submitTimeoutMinutes: 15 });

      const badge = get<HTMLElement>(element, 'gateway-live');
      expect(text(badge)).toBe('Live — filed with NIPR');
      expect(badge.className).toBe('slds-badge');
      expect(query(element, 'gateway-simulated')).toBeNull();
      expect(query(element, 'gateway-not-configured')).toBeNull();
    });

    it("Not Configured: an error banner with the server's message; Submit and Recheck are off and say why", async () => {
      const element = await createComponent();
      await gateway({ mode: 'Not Configured', message: NOT_CONFIGURED });
      changeChecked(get(actionable(element), 'select-all'), true);
      await flushPromises();

      const banner = get<HTMLElement>(element, 'gateway-not-configured');
      expect(banner.getAttribute('role')).toBe('alert');
      expect(banner.className).toContain('slds-theme_error');
      expect(text(query(element, 'gateway-message'))).toBe(NOT_CONFIGURED);
      const reason =
        'Submit, Recheck, Refresh status and Resend are unavailable until an administrator sets up NIPR filing.';
      expect(text(query(element, 'gateway-unavailable'))).toBe(reason);
      expect(get(element, 'recheck').disabled).toBe(true);
      expect(get(element, 'refresh').disabled).toBe(true);
      expect(get(actionable(element), 'submit').disabled).toBe(true);
      expect(text(query(actionable(element), 'submit-blocked'))).toBe(reason);

      mockCheck.mockClear();
      click(get(element, 'recheck'));
      click(get(actionable(element), 'submit'));
      await flushPromises();
      expect(mockCheck).not.toHaveBeenCalled();
      expect(mockQuote).not.toHaveBeenCalled();
      await expectAccessible(element);
    });

    it('says so when the mode could not be read, and leaves the actions to the server', async () => {
      const element = await createComponent();
      gatewayAdapter.error({ message: 'no access to NiprTransactionController' });
      await flushPromises();

      expect(query(element, 'gateway-simulated')).toBeNull();
      expect(query(element, 'gateway-live')).toBeNull();
      expect(getShownError(element, 'gateway-error').textContent).toBe(
        'Whether transactions are filed with NIPR could not be read. Reload the page. no access to NiprTransactionController'
      );
      expect(get(element, 'recheck').disabled).toBe(false);
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('two-step submission', () => {
    it('states Simulated in the cost dialog and in the toast', async () => {
      mockSubmit.mockResolvedValue({
        queued: 4,
        mode: 'Simulated',
        transactions: ['NTX-000001', 'NTX-000002', 'NTX-000003', 'NTX-000004'].map((n) => withStatus(n, 'Submitting'))
      });
      const element = await createComponent();
      await gateway({ mode: 'Simulated' });
      const toast = listenForDetail(element, 'lightning__showtoast');

      await selectAllAndSubmit(element);

      expect(mockOpenConfirm).toHaveBeenCalledWith(expect.objectContaining({ simulated: true }));
      expect(toast).toHaveBeenCalledWith({
        title: '4 transactions are being filed with NIPR',
        message: `This page updates when NIPR answers. Confirmed total: $86.12. ${SIMULATED}.`,
        variant: 'success'
      });
    });

    it('polls the list while a row is Submitting, shows the progress, and stops when none is', async () => {
      mockSearch.mockResolvedValue([tx('NTX-000001'), tx('NTX-000002')]);
      mockSubmit.mockResolvedValue({
        queued: 2,
        mode: 'Live',
        transactions: [withStatus('NTX-000001', 'Submitting'), withStatus('NTX-000002', 'Submitting')]
      });
      const element = await createComponent();
      expect(filingPolls).toHaveLength(0);
      expect(text(query(element, 'filing-progress'))).toBe('');

      await selectAllAndSubmit(element);

      const progress = get<HTMLElement>(element, 'filing-progress');
      expect(progress.getAttribute('aria-live')).toBe('polite');
      expect(text(progress)).toBe('2 transactions waiting for NIPR');
      expect(filingPolls).toHaveLength(1);
      expect(FILING_POLL_INTERVAL_MS).toBe(5_000);

      // The background job answered one of them.
      mockSearch.mockClear();
      mockSearch.mockResolvedValueOnce([withStatus('NTX-000001', 'Submitted'), withStatus('NTX-000002', 'Submitting')]);
      filingPolls[0]?.();
      await flushPromises();
      expect(mockSearch).toHaveBeenCalledWith({ query: {} });
      expect(cell(rowOf(element, 'NTX-000001'), 'status')).toBe('Submitted');
      expect(text(get(element, 'filing-progress'))).toBe('1 transaction waiting for NIPR');
      expect(filingPolls).toHaveLength(2);

      // ...then the other: nothing is Submitting, the polling stops.
      mockSearch.mockResolvedValueOnce([
        withStatus('NTX-000001', 'Submitted'),
        withStatus('NTX-000002', 'Rejected', { statusDetail: 'North Carolina rejected the termination.' })
      ]);
      filingPolls[1]?.();
      await flushPromises();
      expect(cell(rowOf(element, 'NTX-000002'), 'status')).toBe('Rejected');
      expect(text(get(element, 'filing-progress'))).toBe('');
      expect(filingPolls).toHaveLength(2);
      expect(mockSearch).toHaveBeenCalledTimes(2);
    });

    it('stops polling once the Submitting rows are stuck (they wait for Resend)', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting')]);
      const element = await createComponent();
      expect(filingPolls).toHaveLength(1);

      mockSearch.mockResolvedValueOnce([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      filingPolls[0]?.();
      await flushPromises();
      expect(filingPolls).toHaveLength(1);
      expect(rowOf(element, 'NTX-000001').querySelector('[data-id="resend"]')).not.toBeNull();
      expect(text(get(element, 'filing-progress'))).toBe('');
    });

    it('stops polling when the page is closed', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting')]);
      const element = await createComponent();
      expect(filingPolls).toHaveLength(1);

      document.body.removeChild(element);

      expect(clearTimeoutSpy).toHaveBeenCalledWith(FILING_TIMER);
    });

    it('gives up after the longest wait and says so', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting')]);
      const element = await createComponent();

      await Array.from({ length: MAX_FILING_POLLS }).reduce<Promise<void>>(async (previous, _unused, poll) => {
        await previous;
        filingPolls[poll]?.();
        await flushPromises();
      }, Promise.resolve());

      expect(MAX_FILING_POLLS * FILING_POLL_INTERVAL_MS).toBe(15 * 60 * 1000);
      expect(filingPolls).toHaveLength(MAX_FILING_POLLS);
      expect(get(element, 'announcement').textContent).toBe(
        'NIPR has not answered every transaction yet; the page no longer checks by itself. Reload the page to see their status.'
      );
    });

    it('builds a v4 submission id from crypto.getRandomValues when randomUUID is missing (Locker)', async () => {
      delete (window.crypto as { randomUUID?: unknown }).randomUUID;
      const getRandomValues = jest.spyOn(window.crypto, 'getRandomValues');
      mockSubmit.mockResolvedValue({ queued: 4, transactions: [] });
      const element = await createComponent();

      await selectAllAndSubmit(element);

      expect(getRandomValues).toHaveBeenCalled();
      expect(mockSubmit.mock.calls[0]?.[0].submissionId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      );
      getRandomValues.mockRestore();
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('Submitting rows', () => {
    it('explains a Submitting row and offers nothing on it: not selectable, not cancellable, not correctable', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting'), tx('NTX-000002')]);
      const element = await createComponent();

      const row = rowOf(element, 'NTX-000001');
      expect(cell(row, 'status')).toBe('Submitting');
      expect(cell(row, 'explanation')).toBe(
        "Being filed with NIPR: the submission is committed and waiting for NIPR's answer."
      );
      expect(cell(row, 'next-step')).toBe('Next step: Nothing to do: the page updates when NIPR answers.');
      expect(row.querySelector('[data-id="cancel"]')).toBeNull();
      expect(row.querySelector('[data-id="correct"]')).toBeNull();
      expect(row.querySelector('[data-id="resend"]')).toBeNull();
      expect(
        queryAll<HTMLElement>(actionable(element), 'select').map((box) => box.getAttribute('data-row-id'))
      ).toEqual([idOf('NTX-000002')]);
      // Not checked with the gateway on open either (the table allows no checkEligibility from Submitting).
      expect(mockCheck).toHaveBeenCalledWith({ transactionIds: [idOf('NTX-000002')] });
    });

    it('explains a stuck row with the org timeout and offers Resend', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      const element = await createComponent();
      await gateway({ mode: 'Live', submitTimeoutMinutes: 20 });

      const row = rowOf(element, 'NTX-000001');
      expect(cell(row, 'explanation')).toBe('NIPR has not answered for more than 20 minutes.');
      expect(cell(row, 'next-step')).toBe(
        'Next step: Select Resend: it is sent again with the same key, so NIPR files it only once.'
      );
      const resend = row.querySelector<HTMLElement & { label: string; disabled: boolean }>('[data-id="resend"]');
      expect(resend?.label).toBe('Resend');
      expect(resend?.disabled).toBe(false);
      expect(row.querySelector('[data-id="cancel"]')).toBeNull();
      await expectAccessible(element);
    });

    it('resends a stuck row after the user confirms, and polls until NIPR answers', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      mockConfirm.mockResolvedValue(true);
      mockResend.mockResolvedValue({
        queued: 1,
        mode: 'Simulated',
        transactions: [withStatus('NTX-000001', 'Submitting', { stuck: false })]
      });
      const element = await createComponent();
      await gateway({ mode: 'Simulated', submitTimeoutMinutes: 15 });
      const toast = listenForDetail(element, 'lightning__showtoast');

      click(rowOf(element, 'NTX-000001').querySelector('[data-id="resend"]'));
      await flushPromises();

      expect(mockConfirm).toHaveBeenCalledWith({
        label: 'Resend to NIPR',
        message:
          'Send NTX-000001 (New Jersey) to NIPR again? NIPR has not answered for more than 15 minutes. It is sent with the same key, and NIPR files each key once: it is not filed twice. If the first try never reached NIPR, the NIPR fee is charged now.',
        theme: 'warning'
      });
      expect(mockResend).toHaveBeenCalledWith({ transactionIds: [idOf('NTX-000001')] });
      expect(toast).toHaveBeenCalledWith({
        title: 'NTX-000001 is being filed with NIPR again',
        message: `This page updates when NIPR answers. ${SIMULATED}.`,
        variant: 'success'
      });
      const row = rowOf(element, 'NTX-000001');
      expect(row.querySelector('[data-id="resend"]')).toBeNull();
      expect(text(get(element, 'filing-progress'))).toBe('1 transaction waiting for NIPR');
      expect(filingPolls).toHaveLength(1);
    });

    it('sends nothing when the user says no', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      mockConfirm.mockResolvedValue(false);
      const element = await createComponent();

      click(rowOf(element, 'NTX-000001').querySelector('[data-id="resend"]'));
      await flushPromises();

      expect(mockConfirm).toHaveBeenCalledTimes(1);
      expect(mockResend).not.toHaveBeenCalled();
    });

    it("shows the server's whole error, with its error id as selectable text", async () => {
      const message =
        'The transactions were not sent again: an unexpected error occurred (error id 7F3A9C21). Your administrator can find the details under Offboarding Logs.';
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      mockConfirm.mockResolvedValue(true);
      mockResend.mockRejectedValue({ body: { message } });
      const element = await createComponent();

      click(rowOf(element, 'NTX-000001').querySelector('[data-id="resend"]'));
      await flushPromises();

      const shown = getShownError(table(element), 'error');
      expect(shown.textContent).toBe(message);
      expect(text(query(get(table(element), 'error'), 'error-id'))).toBe('7F3A9C21');
      expect(mockSearch).toHaveBeenCalledTimes(2); // reloaded: the row as it stands on the server
      await expectAccessible(element);
    });

    it('turns Resend off while NIPR filing is not set up', async () => {
      mockSearch.mockResolvedValue([withStatus('NTX-000001', 'Submitting', { stuck: true })]);
      const element = await createComponent();
      await gateway({ mode: 'Not Configured', message: NOT_CONFIGURED });

      const resend = rowOf(element, 'NTX-000001').querySelector<HTMLElement & { disabled: boolean }>(
        '[data-id="resend"]'
      );
      expect(resend?.disabled).toBe(true);
      click(resend);
      await flushPromises();
      expect(mockConfirm).not.toHaveBeenCalled();
    });
  });
});
