import * as navigation from 'lightning/navigation';
import LightningConfirm from 'lightning/confirm';
import searchTransactions from '@salesforce/apex/NiprTransactionController.searchTransactions';
import checkEligibility from '@salesforce/apex/NiprTransactionController.checkEligibility';
import getSubmissionQuote from '@salesforce/apex/NiprTransactionController.getSubmissionQuote';
import submitTransactions from '@salesforce/apex/NiprTransactionController.submitTransactions';
import cancelTransactions from '@salesforce/apex/NiprTransactionController.cancelTransactions';
import refreshStatuses from '@salesforce/apex/NiprTransactionController.refreshStatuses';
import correctTransaction from '@salesforce/apex/NiprTransactionController.correctTransaction';
import NiprSubmitConfirm from 'c/niprSubmitConfirm';
import NiprCorrectTransaction from 'c/niprCorrectTransaction';
import NiprTransactions, { MAX_POLLS, POLL_INTERVAL_MS } from 'c/niprTransactions';
import {
  changeChecked,
  changeValue,
  click,
  deferred,
  flushPromises,
  get,
  getShownError,
  listenForDetail,
  query,
  queryAll,
  renderElement,
  resetDom,
  select,
  shownError,
  text,
  type FieldStub
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
jest.mock('@salesforce/apex/NiprTransactionController.cancelTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.refreshStatuses', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.correctTransaction', () => ({ default: jest.fn() }), {
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

interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}
interface WireMock {
  emit(value: unknown): void;
}
const mockSearch = jest.mocked(searchTransactions);
const mockCheck = jest.mocked(checkEligibility);
const mockQuote = jest.mocked(getSubmissionQuote);
const mockSubmit = jest.mocked(submitTransactions);
const mockCancel = jest.mocked(cancelTransactions);
const mockRefresh = jest.mocked(refreshStatuses);
const mockCorrect = jest.mocked(correctTransaction);
const mockConfirm = (LightningConfirm as unknown as { open: jest.Mock }).open;
const pageReferenceAdapter = navigation.CurrentPageReference as unknown as WireMock;
const navigationMock = navigation as unknown as NavigationMock;

// ----------------------------------------------------------------------------------------------------------------
// Fixtures (data/transactions.json): one transaction of each status; NTX-000001..4 are the acceptance example.

const LEDGER: readonly Apex.NiprTransactionInfo[] = data.transactions;
const QUOTE: Apex.SubmissionQuote = data.quote;
const CONTACT_ID = '003000000000001AAA';

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

const READY = ['NTX-000001', 'NTX-000002', 'NTX-000003', 'NTX-000004'];
const POLL_TIMER = 4242;

/** The server answers an eligibility check with the rows unchanged. */
function echo({ transactionIds }: { transactionIds: string[] }): Promise<Apex.NiprTransactionInfo[]> {
  return Promise.resolve(LEDGER.filter((row) => transactionIds.includes(row.id ?? '')));
}

// ----------------------------------------------------------------------------------------------------------------
// Helpers

function createComponent(props: { producerId?: string; recordId?: string } = {}): Promise<HTMLElement> {
  return renderElement('c-nipr-transactions', NiprTransactions, props);
}

function child(element: HTMLElement, tag: string): HTMLElement {
  const found = select<HTMLElement>(element, tag);
  if (!found) {
    throw new Error(`no ${tag}`);
  }
  return found;
}

const actionable = (element: HTMLElement) => child(element, 'c-nipr-actionable-transactions');
const filters = (element: HTMLElement) => child(element, 'c-nipr-transaction-filters');
const table = (element: HTMLElement) => child(element, 'c-nipr-transaction-table');
const hasTable = (element: HTMLElement) => select(element, 'c-nipr-transaction-table') !== null;

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

function rowNames(element: HTMLElement): string[] {
  return queryAll<HTMLElement>(table(element), 'row').map((row) => cell(row, 'name'));
}

async function selectAll(element: HTMLElement): Promise<void> {
  changeChecked(get(actionable(element), 'select-all'), true);
  await flushPromises();
}

async function submit(element: HTMLElement): Promise<void> {
  click(get(actionable(element), 'submit'));
  await flushPromises();
}

function listenForToasts(element: HTMLElement): jest.Mock {
  return listenForDetail(element, 'lightning__showtoast');
}

// ----------------------------------------------------------------------------------------------------------------

describe('c-nipr-transactions', () => {
  let randomUUID: jest.Mock<string, []>;
  let mockOpenConfirm: jest.Mock;
  let mockOpenCorrect: jest.Mock;

  beforeEach(() => {
    mockSearch.mockResolvedValue([...LEDGER]);
    mockCheck.mockImplementation(echo);
    mockQuote.mockResolvedValue(QUOTE);
    mockOpenConfirm = jest.fn().mockResolvedValue('confirm');
    mockOpenCorrect = jest.fn().mockResolvedValue(undefined);
    NiprSubmitConfirm.open = mockOpenConfirm;
    NiprCorrectTransaction.open = mockOpenCorrect;
    randomUUID = jest.fn(() => 'submission-1');
    Object.defineProperty(window.crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
  });

  afterEach(() => {
    resetDom();
    navigationMock.resetNavigation();
    jest.clearAllMocks();
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('the list', () => {
    it('shows a spinner until the transactions arrive', async () => {
      mockSearch.mockReturnValue(new Promise(() => undefined));
      const element = await createComponent();

      expect(query(element, 'spinner')).not.toBeNull();
      expect(hasTable(element)).toBe(false);
    });

    it("lists everyone's transactions newest first, with the producer as a column and a filter", async () => {
      const element = await createComponent();

      expect(mockSearch).toHaveBeenCalledTimes(1);
      expect(mockSearch).toHaveBeenCalledWith({ query: {} });
      expect(rowNames(element)).toEqual([
        'NTX-000004',
        'NTX-000003',
        'NTX-000002',
        'NTX-000001',
        'NTX-000005',
        'NTX-000006',
        'NTX-000007',
        'NTX-000008',
        'NTX-000009',
        'NTX-000010',
        'NTX-000011',
        'NTX-000012'
      ]);
      expect(query(table(element), 'producer-column')).not.toBeNull();
      expect(cell(rowOf(element, 'NTX-000011'), 'producer')).toBe('Acme Agency');
      expect(get(filters(element), 'producer').options.map((option) => option.label)).toEqual([
        'All producers',
        'Acme Agency',
        'Pat Producer'
      ]);
      expect(query(element, 'spinner')).toBeNull();
      expect(query(element, 'show-all')).toBeNull();
    });

    it('shows state, appointment (company, class, lines), reason, effective date, fee and the NIPR detail', async () => {
      const element = await createComponent();

      const row = rowOf(element, 'NTX-000002');
      expect(row.querySelector('a')?.getAttribute('href')).toBe(`/${idOf('NTX-000002')}`);
      expect(cell(row, 'state')).toBe('North Carolina');
      expect(cell(row, 'company')).toBe('Acme Life');
      expect(cell(row, 'appointment-detail')).toBe('Insurance Producer · Life, Accident & Health');
      expect(cell(row, 'reason')).toBe('Voluntary termination');
      expect(cell(row, 'effective-date')).toBe('March 2, 2026');
      expect(cell(row, 'fee')).toBe('$21.53');
      expect(cell(row, 'nipr-code-text')).toBe('—');

      const rejected = rowOf(element, 'NTX-000007');
      expect(cell(rejected, 'nipr-code-text')).toBe('The effective date is further in the past than the state allows.');
      expect(cell(rejected, 'nipr-code')).toBe('DATE_TOO_OLD');
      expect(cell(rejected, 'nipr-reference')).toBe('Reference NIPR-0007 · Submitted March 7, 2026');
    });

    it.each([
      [
        'NTX-000005',
        'Draft',
        'The Florida termination was created and has not been checked with NIPR yet.',
        'Select Recheck to check it with NIPR.'
      ],
      [
        'NTX-000001',
        'Ready to Submit',
        'NIPR will take this New Jersey termination as it stands.',
        'Select it under Actionable Transactions and submit it.'
      ],
      [
        'NTX-000008',
        'Not Eligible',
        'Florida has no active appointment on file for this company at NIPR.',
        'Verify the appointment or remove the transaction.'
      ],
      ['NTX-000011', 'Needs Attention', 'Reason required by Texas.', 'Choose the reason Cancelled.'],
      [
        'NTX-000006',
        'Submitted',
        'Sent to NIPR; waiting for Texas to answer.',
        'Nothing to do now: the status updates by itself. Select Refresh status to ask NIPR now.'
      ],
      [
        'NTX-000009',
        'Accepted',
        'Tennessee accepted the termination. The appointment is Terminated.',
        'Nothing more to do.'
      ],
      [
        'NTX-000007',
        'Rejected',
        'North Carolina rejected the termination: the effective date is more than 15 days old.',
        'Correct the effective date and submit it again.'
      ],
      [
        'NTX-000012',
        'Failed',
        'The transaction could not be delivered to NIPR; nothing was filed.',
        'Correct it and submit it again, or cancel it. If it keeps failing, ask your Salesforce administrator.'
      ],
      [
        'NTX-000010',
        'Cancelled',
        'Cancelled; nothing was filed, and the appointment is Active again.',
        'Nothing more to do.'
      ]
    ])('explains %s (%s) and says what to do next', async (name, status, explanation, nextStep) => {
      const element = await createComponent();

      const row = rowOf(element, name);
      expect(cell(row, 'status')).toBe(status);
      expect(cell(row, 'explanation')).toBe(explanation);
      expect(cell(row, 'next-step')).toBe(`Next step: ${nextStep}`);
    });

    it('says "Not filed through NIPR" for a state NIPR does not take, with where to file', async () => {
      mockSearch.mockResolvedValue([
        withStatus('NTX-000008', 'Not Eligible', {
          state: 'NY',
          stateName: 'New York',
          niprCode: 'NOT_FILED_THROUGH_NIPR',
          statusDetail: 'New York terminations are filed on the state portal (DFS), not through NIPR.',
          nextStep: 'File it on the DFS website, then cancel this transaction.'
        })
      ]);
      const element = await createComponent();

      const row = rowOf(element, 'NTX-000008');
      expect(cell(row, 'status')).toBe('Not filed through NIPR');
      expect(cell(row, 'explanation')).toBe(
        'New York terminations are filed on the state portal (DFS), not through NIPR.'
      );
      expect(cell(row, 'next-step')).toBe('Next step: File it on the DFS website, then cancel this transaction.');
      expect(cell(row, 'nipr-code')).toBe('NOT_FILED_THROUGH_NIPR');
    });

    it.each([
      ['Draft', 'NTX-000005', false, true],
      ['Ready to Submit', 'NTX-000001', false, true],
      ['Not Eligible', 'NTX-000008', true, true],
      ['Needs Attention', 'NTX-000011', true, true],
      ['Submitted', 'NTX-000006', false, false],
      ['Accepted', 'NTX-000009', false, false],
      ['Rejected', 'NTX-000007', true, true],
      ['Failed', 'NTX-000012', true, true],
      ['Cancelled', 'NTX-000010', false, false]
    ])('offers on a %s row: Correct %s, Cancel %s', async (_status, name, correct, cancel) => {
      const element = await createComponent();

      const row = rowOf(element, name);
      expect(row.querySelector('[data-id="correct"]') !== null).toBe(correct);
      expect(row.querySelector('[data-id="cancel"]') !== null).toBe(cancel);
    });

    it('lists one producer from the c__producerId of the page state', async () => {
      const element = await createComponent();
      pageReferenceAdapter.emit({
        type: 'standard__navItemPage',
        attributes: { apiName: 'NIPR_Transactions' },
        state: { c__producerId: CONTACT_ID }
      });
      await flushPromises();

      expect(mockSearch).toHaveBeenLastCalledWith({ query: { producerId: CONTACT_ID } });
      expect(query(table(element), 'producer-column')).toBeNull();
      expect(query(filters(element), 'producer')).toBeNull();
      expect(query(element, 'filtered')).not.toBeNull();
      expect(query(element, 'show-all')).not.toBeNull();
    });

    it('shows the spinner again while another producer loads', async () => {
      const element = await createComponent();
      expect(hasTable(element)).toBe(true);

      mockSearch.mockReturnValue(new Promise(() => undefined));
      pageReferenceAdapter.emit({ type: 'standard__navItemPage', state: { c__producerId: CONTACT_ID } });
      await flushPromises();

      expect(query(element, 'spinner')).not.toBeNull();
      expect(hasTable(element)).toBe(false);
    });

    it('keeps only the answer of the latest query', async () => {
      const first = deferred<Apex.NiprTransactionInfo[]>();
      mockSearch.mockReturnValueOnce(first.promise).mockResolvedValueOnce([tx('NTX-000009')]);
      const element = await createComponent();
      pageReferenceAdapter.emit({ type: 'standard__navItemPage', state: { c__producerId: CONTACT_ID } });
      await flushPromises();
      first.resolve([...LEDGER]);
      await flushPromises();

      expect(rowNames(element)).toEqual(['NTX-000009']);
    });

    it('lists the record on a record page', async () => {
      await createComponent({ recordId: '001000000000001AAA' });

      expect(mockSearch).toHaveBeenLastCalledWith({ query: { producerId: '001000000000001AAA' } });
    });

    it('prefers producerId to the page state', async () => {
      await createComponent({ producerId: CONTACT_ID });
      pageReferenceAdapter.emit({ type: 'standard__navItemPage', state: { c__producerId: '003000000000009AAA' } });
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: { producerId: CONTACT_ID } });
    });

    it('opens the tab without a filter from "Show all producers"', async () => {
      const element = await createComponent({ producerId: CONTACT_ID });

      click(query(element, 'show-all'));

      expect(navigationMock.getNavigateCalledWith().pageReference).toEqual({
        type: 'standard__navItemPage',
        attributes: { apiName: 'NIPR_Transactions' },
        state: {}
      });
    });

    it.each([
      [
        'a producer without transactions',
        { producerId: CONTACT_ID },
        'This producer has no NIPR transactions yet. They appear here when appointments are terminated.'
      ],
      [
        'no transactions at all',
        {},
        'There are no NIPR transactions yet. They appear here when appointments are terminated.'
      ]
    ])('says so for %s', async (_name, props, message) => {
      mockSearch.mockResolvedValue([]);
      const element = await createComponent(props);

      expect(hasTable(element)).toBe(false);
      expect(query(element, 'empty')?.textContent).toBe(message);
      expect(mockCheck).not.toHaveBeenCalled();
    });

    it('shows the server error when the list cannot be loaded', async () => {
      mockSearch.mockRejectedValue({ body: { message: 'The NIPR transactions could not be loaded: no access' } });
      const element = await createComponent();

      expect(getShownError(element, 'error').textContent).toBe('The NIPR transactions could not be loaded: no access');
      expect(shownError(element, 'error')?.parentElement?.getAttribute('role')).toBe('alert');
      expect(hasTable(element)).toBe(false);
      expect(query(element, 'spinner')).toBeNull();
      expect(mockCheck).not.toHaveBeenCalled();
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('filters', () => {
    it('queries by state, status and creation dates, and shows what matches', async () => {
      const element = await createComponent();
      mockSearch.mockResolvedValue([tx('NTX-000007'), tx('NTX-000002')]);

      changeValue(get(filters(element), 'state'), 'NC');
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: { state: 'NC' } });
      expect(rowNames(element)).toEqual(['NTX-000002', 'NTX-000007']);

      changeValue(get(filters(element), 'status'), 'Rejected');
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: { state: 'NC', status: 'Rejected' } });
      // The page also applies the filter to what the server sent.
      expect(rowNames(element)).toEqual(['NTX-000007']);

      changeValue(get(filters(element), 'from-date'), '2026-03-01');
      changeValue(get(filters(element), 'to-date'), '2026-03-09');
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({
        query: { state: 'NC', status: 'Rejected', fromDate: '2026-03-01', toDate: '2026-03-09' }
      });
    });

    it('offers every status, and the states seen so far', async () => {
      const element = await createComponent();

      expect(get(filters(element), 'status').options.map((option) => option.value)).toEqual([
        '',
        'Draft',
        'Ready to Submit',
        'Not Eligible',
        'Needs Attention',
        'Submitting',
        'Submitted',
        'Accepted',
        'Rejected',
        'Failed',
        'Cancelled',
        'Filed Outside NIPR'
      ]);
      expect(get(filters(element), 'state').options.map((option) => option.label)).toEqual([
        'All states',
        'Florida',
        'New Jersey',
        'North Carolina',
        'Tennessee',
        'Texas'
      ]);
    });

    it('filters by producer when it lists everyone', async () => {
      const element = await createComponent();

      changeValue(get(filters(element), 'producer'), '001000000000002AAA');
      await flushPromises();

      expect(mockSearch).toHaveBeenLastCalledWith({ query: { producerId: '001000000000002AAA' } });
      expect(rowNames(element)).toEqual(['NTX-000011', 'NTX-000012']);
    });

    it('says so when nothing matches, and clears the filters', async () => {
      const element = await createComponent();
      mockSearch.mockResolvedValue([]);
      changeValue(get(filters(element), 'status'), 'Accepted');
      await flushPromises();

      expect(query(element, 'empty')?.textContent).toBe('No NIPR transaction matches these filters.');

      mockSearch.mockResolvedValue([...LEDGER]);
      click(get(filters(element), 'clear'));
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: {} });
      expect(rowNames(element)).toHaveLength(12);
      expect(get(filters(element), 'clear').disabled).toBe(true);
    });

    it('points out an end date before the start date', async () => {
      const element = await createComponent();
      const to = get(filters(element), 'to-date') as FieldStub & { setCustomValidity: jest.Mock };
      to.setCustomValidity = jest.fn();

      changeValue(get(filters(element), 'from-date'), '2026-03-09');
      await flushPromises();
      changeValue(to, '2026-03-01');
      await flushPromises();

      expect(to.setCustomValidity).toHaveBeenLastCalledWith('Enter a date on or after the "Created from" date.');
      expect(query(element, 'empty')?.textContent).toBe('No NIPR transaction matches these filters.');
    });

    it('ignores a status it does not know', async () => {
      const element = await createComponent();

      changeValue(get(filters(element), 'status'), 'On Hold');
      await flushPromises();

      expect(mockSearch).toHaveBeenCalledTimes(1);
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('eligibility', () => {
    it('checks the Draft, Needs Attention and Ready rows on open and shows what NIPR says', async () => {
      mockCheck.mockResolvedValue([
        withStatus('NTX-000005', 'Ready to Submit'),
        withStatus('NTX-000011', 'Not Eligible', {
          statusDetail: 'Texas has no active appointment on file for this company at NIPR.',
          nextStep: 'Verify the appointment or remove the transaction.'
        })
      ]);
      const element = await createComponent();

      expect(mockCheck).toHaveBeenCalledTimes(1);
      expect([...(mockCheck.mock.calls[0]?.[0].transactionIds ?? [])].sort()).toEqual(
        ['NTX-000001', 'NTX-000002', 'NTX-000003', 'NTX-000004', 'NTX-000005', 'NTX-000011'].map(idOf).sort()
      );
      expect(cell(rowOf(element, 'NTX-000005'), 'status')).toBe('Ready to Submit');
      expect(cell(rowOf(element, 'NTX-000011'), 'explanation')).toBe(
        'Texas has no active appointment on file for this company at NIPR.'
      );
      expect(get(element, 'announcement').textContent).toBe('Eligibility checked for 6 transactions.');
      expect(get(element, 'announcement').getAttribute('aria-live')).toBe('polite');
    });

    it('shows a spinner while checking and disables the actions', async () => {
      const pending = deferred<Apex.NiprTransactionInfo[]>();
      mockCheck.mockReturnValue(pending.promise);
      const element = await createComponent();

      expect(get<HTMLElement & { alternativeText: string }>(element, 'busy').alternativeText).toBe(
        'Checking eligibility with NIPR'
      );
      expect(get(element, 'recheck').disabled).toBe(true);
      expect(get(actionable(element), 'submit').disabled).toBe(true);

      pending.resolve([]);
      await flushPromises();
      expect(query(element, 'busy')).toBeNull();
      expect(get(element, 'recheck').disabled).toBe(false);
    });

    it('shows why the check did not complete, in an alert', async () => {
      mockCheck.mockRejectedValue({
        body: { message: 'The eligibility check did not complete: NIPR is not answering.' }
      });
      const element = await createComponent();

      const error = getShownError(element, 'action-error');
      expect(error.textContent).toBe('The eligibility check did not complete: NIPR is not answering.');
      expect(error.closest('[role="alert"]')).not.toBeNull();
    });

    it('checks again on Recheck, and does not check rows already checked on a reload', async () => {
      const element = await createComponent();
      expect(mockCheck).toHaveBeenCalledTimes(1);

      click(get(element, 'recheck'));
      await flushPromises();
      expect(mockCheck).toHaveBeenCalledTimes(2);
      expect(mockCheck.mock.calls[1]?.[0].transactionIds).toHaveLength(6);

      changeValue(get(filters(element), 'state'), 'NJ');
      await flushPromises();
      expect(mockCheck).toHaveBeenCalledTimes(2);
    });

    it('says when there is nothing to recheck', async () => {
      mockSearch.mockResolvedValue([tx('NTX-000009')]);
      const element = await createComponent();

      click(get(element, 'recheck'));
      await flushPromises();

      expect(mockCheck).not.toHaveBeenCalled();
      expect(get(element, 'announcement').textContent).toBe('No transaction needs an eligibility check.');
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('Actionable Transactions', () => {
    it('lists only the Ready to Submit rows, none selected', async () => {
      const element = await createComponent();

      const items = queryAll(actionable(element), 'select');
      expect(items.map((item) => item.label)).toEqual([
        'NTX-000004 · Pat Producer · Tennessee · Acme Life · $16.53',
        'NTX-000003 · Pat Producer · North Carolina · Beta Insurance · $21.53',
        'NTX-000002 · Pat Producer · North Carolina · Acme Life · $21.53',
        'NTX-000001 · Pat Producer · New Jersey · Acme Life · $26.53'
      ]);
      expect(items.every((item) => !item.checked)).toBe(true);
      expect(get(actionable(element), 'selection-summary').textContent).toBe('0 of 4 selected · $0.00');
      expect(get(actionable(element), 'submit').disabled).toBe(true);
      expect(get(actionable(element), 'submit-blocked').textContent?.trim()).toBe(
        'Select at least one transaction to submit.'
      );
    });

    it('select all picks only the actionable rows, with the running count and total', async () => {
      const element = await createComponent();

      await selectAll(element);

      const section = actionable(element);
      const items = queryAll(section, 'select');
      expect(items.map((item) => item.dataset.rowId)).toEqual(
        ['NTX-000004', 'NTX-000003', 'NTX-000002', 'NTX-000001'].map(idOf)
      );
      expect(items.every((item) => item.checked)).toBe(true);
      expect(get(section, 'select-all').checked).toBe(true);
      expect(get(section, 'selection-summary').textContent).toBe('4 of 4 selected · $86.12');
      expect(get(section, 'selection-summary').getAttribute('aria-live')).toBe('polite');
      expect(get(section, 'submit').disabled).toBe(false);
      expect(query(section, 'submit-blocked')).toBeNull();

      changeChecked(get(section, 'select-all'), false);
      await flushPromises();
      expect(get(section, 'selection-summary').textContent).toBe('0 of 4 selected · $0.00');
    });

    it('adds and removes one row at a time', async () => {
      const element = await createComponent();
      const section = actionable(element);

      changeChecked(select(section, `[data-row-id="${idOf('NTX-000002')}"]`), true);
      changeChecked(select(section, `[data-row-id="${idOf('NTX-000004')}"]`), true);
      await flushPromises();
      expect(get(section, 'selection-summary').textContent).toBe('2 of 4 selected · $38.06');
      expect(get(section, 'select-all').checked).toBe(false);

      changeChecked(select(section, `[data-row-id="${idOf('NTX-000002')}"]`), false);
      await flushPromises();
      expect(get(section, 'selection-summary').textContent).toBe('1 of 4 selected · $16.53');
    });

    it('says so when no row is ready to submit', async () => {
      mockSearch.mockResolvedValue([tx('NTX-000009'), tx('NTX-000007')]);
      const element = await createComponent();

      expect(query(actionable(element), 'none')).not.toBeNull();
      expect(query(actionable(element), 'select-all')).toBeNull();
      expect(get(actionable(element), 'submit').disabled).toBe(true);
    });

    it('notes a selected row whose fee is not known', async () => {
      mockSearch.mockResolvedValue([{ ...tx('NTX-000001'), fee: undefined }]);
      mockCheck.mockResolvedValue([]);
      const element = await createComponent();
      await selectAll(element);

      expect(query(actionable(element), 'fee-unknown')).not.toBeNull();
      expect(get(actionable(element), 'select').label).toBe(
        'NTX-000001 · Pat Producer · New Jersey · Acme Life · fee not known'
      );
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('submission', () => {
    it('quotes the selection, confirms the itemized cost and submits with one submission id', async () => {
      mockSubmit.mockResolvedValue({
        queued: 4,
        submitted: 0,
        alreadySubmitted: 0,
        failed: 0,
        mode: 'Live',
        transactions: READY.map((name) => withStatus(name, 'Submitting'))
      });
      const element = await createComponent();
      const toast = listenForToasts(element);
      await selectAll(element);

      await submit(element);

      const ids = READY.map(idOf).reverse();
      expect(mockQuote).toHaveBeenCalledWith({ transactionIds: ids });
      expect(mockOpenConfirm).toHaveBeenCalledTimes(1);
      const [options] = mockOpenConfirm.mock.calls[0] ?? [];
      // Everyone's transactions: the confirmation names each producer (a Producer column, medium-sized).
      expect(options).toMatchObject({ size: 'medium', label: 'Confirm NIPR submission', estimate: 86.12 });
      expect(Object.values(options.producers)).toEqual([
        'Pat Producer',
        'Pat Producer',
        'Pat Producer',
        'Pat Producer'
      ]);
      // The modal gets the server's figures: F × 4, NJ $25, NC $10 × 2 lines (twice), TN $15.
      expect(
        options.quote.items.map((item: { state: string; niprFee: number; stateFee: number; lines: number }) => [
          item.state,
          item.niprFee,
          item.stateFee,
          item.lines
        ])
      ).toEqual([
        ['NJ', 1.53, 25, 1],
        ['NC', 1.53, 20, 2],
        ['NC', 1.53, 20, 2],
        ['TN', 1.53, 15, 1]
      ]);
      expect(options.quote.total).toBe(86.12);
      expect(mockSubmit).toHaveBeenCalledWith({
        transactionIds: ids,
        submissionId: 'submission-1',
        confirmedTotal: 86.12
      });

      // Refreshed in place, without reloading the list.
      expect(mockSearch).toHaveBeenCalledTimes(1);
      expect(READY.map((name) => cell(rowOf(element, name), 'status'))).toEqual(Array(4).fill('Submitting'));
      expect(query(actionable(element), 'none')).not.toBeNull();
      expect(toast).toHaveBeenCalledWith({
        title: '4 transactions are being filed with NIPR',
        message: 'This page updates when NIPR answers. Confirmed total: $86.12.',
        variant: 'success'
      });
      expect(get(element, 'filing-progress').textContent).toBe('4 transactions waiting for NIPR');
    });

    it('sends nothing when the confirmation is cancelled', async () => {
      mockOpenConfirm.mockResolvedValue(undefined);
      const element = await createComponent();
      await selectAll(element);

      await submit(element);

      expect(mockOpenConfirm).toHaveBeenCalledTimes(1);
      expect(mockSubmit).not.toHaveBeenCalled();
      expect(get(actionable(element), 'submit').disabled).toBe(false);
      expect(get(actionable(element), 'selection-summary').textContent).toBe('4 of 4 selected · $86.12');
    });

    it('submits once on a double click', async () => {
      const pending = deferred<Apex.SubmissionResult>();
      mockSubmit.mockReturnValue(pending.promise);
      const element = await createComponent();
      await selectAll(element);
      const button = get(actionable(element), 'submit');

      click(button);
      click(button);
      await flushPromises();
      click(button);
      await flushPromises();

      expect(mockQuote).toHaveBeenCalledTimes(1);
      expect(mockOpenConfirm).toHaveBeenCalledTimes(1);
      expect(mockSubmit).toHaveBeenCalledTimes(1);
      expect(button.disabled).toBe(true);
      expect(get<HTMLElement & { alternativeText: string }>(element, 'busy').alternativeText).toBe(
        'Submitting NIPR transactions'
      );

      pending.resolve({ submitted: 4, transactions: [] });
      await flushPromises();
      expect(query(element, 'busy')).toBeNull();
    });

    it('shows the error, reloads the rows and sends the same submission id on retry', async () => {
      mockSubmit.mockRejectedValueOnce({ body: { message: 'The transactions were not submitted: NIPR timed out.' } });
      mockSubmit.mockResolvedValueOnce({ queued: 2, alreadySubmitted: 2, failed: 0, transactions: [] });
      const element = await createComponent();
      const toast = listenForToasts(element);
      await selectAll(element);

      await submit(element);
      await flushPromises();

      expect(getShownError(actionable(element), 'error').textContent).toBe(
        'The transactions were not submitted: NIPR timed out.'
      );
      expect(mockSearch).toHaveBeenCalledTimes(2);

      await submit(element);

      expect(mockSubmit).toHaveBeenCalledTimes(2);
      expect(mockSubmit.mock.calls[1]?.[0].submissionId).toBe('submission-1');
      expect(randomUUID).toHaveBeenCalledTimes(1);
      expect(shownError(actionable(element), 'error')).toBeNull();
      expect(toast).toHaveBeenCalledWith({
        title: '2 transactions are being filed with NIPR',
        message:
          'This page updates when NIPR answers. Confirmed total: $86.12. 2 transactions were already submitted and not filed again.',
        variant: 'success'
      });
    });

    it('uses a new submission id for another confirmed submission', async () => {
      mockSubmit.mockResolvedValue({ submitted: 1, transactions: [] });
      randomUUID.mockReturnValueOnce('submission-1').mockReturnValueOnce('submission-2');
      const element = await createComponent();
      await selectAll(element);
      await submit(element);
      changeChecked(get(actionable(element), 'select-all'), false);
      changeChecked(select(actionable(element), `[data-row-id="${idOf('NTX-000001')}"]`), true);
      await flushPromises();

      await submit(element);

      expect(mockSubmit.mock.calls.map((call) => call[0].submissionId)).toEqual(['submission-1', 'submission-2']);
    });

    it('reports the failed ones and shows why on their rows', async () => {
      mockSubmit.mockResolvedValue({
        queued: 3,
        failed: 1,
        transactions: [
          withStatus('NTX-000001', 'Submitting'),
          withStatus('NTX-000002', 'Submitting'),
          withStatus('NTX-000003', 'Needs Attention', {
            statusDetail: 'Reason required by North Carolina.',
            niprCode: 'REASON_REQUIRED'
          }),
          withStatus('NTX-000004', 'Submitting')
        ]
      });
      const element = await createComponent();
      const toast = listenForToasts(element);
      await selectAll(element);

      await submit(element);

      expect(toast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '3 transactions are being filed with NIPR, 1 not sent', variant: 'warning' })
      );
      const failed = rowOf(element, 'NTX-000003');
      expect(cell(failed, 'status')).toBe('Needs Attention');
      expect(cell(failed, 'explanation')).toBe('Reason required by North Carolina.');
      expect(cell(failed, 'nipr-code')).toBe('REASON_REQUIRED');
      expect(failed.querySelector('[data-id="correct"]')).not.toBeNull();
    });

    it('shows why the cost could not be computed', async () => {
      mockQuote.mockRejectedValue({
        body: { message: 'The cost could not be computed: NTX-000001 is not Ready to Submit.' }
      });
      const element = await createComponent();
      await selectAll(element);

      await submit(element);

      expect(getShownError(actionable(element), 'error').textContent).toBe(
        'The cost could not be computed: NTX-000001 is not Ready to Submit.'
      );
      expect(mockOpenConfirm).not.toHaveBeenCalled();
      expect(mockSubmit).not.toHaveBeenCalled();
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('cancel and correct', () => {
    it('cancels a Draft row after the user confirms', async () => {
      mockConfirm.mockResolvedValue(true);
      mockCancel.mockResolvedValue([withStatus('NTX-000005', 'Cancelled')]);
      const element = await createComponent();
      const toast = listenForToasts(element);

      click(rowOf(element, 'NTX-000005').querySelector('[data-id="cancel"]'));
      await flushPromises();

      expect(mockConfirm).toHaveBeenCalledWith({
        label: 'Cancel NIPR transaction',
        message:
          'Cancel NTX-000005 (Florida, Acme Life)? Nothing is filed with NIPR, and the appointment goes back to Active.',
        theme: 'warning'
      });
      expect(mockCancel).toHaveBeenCalledWith({ transactionIds: [idOf('NTX-000005')] });
      expect(cell(rowOf(element, 'NTX-000005'), 'status')).toBe('Cancelled');
      expect(rowOf(element, 'NTX-000005').querySelector('[data-id="cancel"]')).toBeNull();
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'NTX-000005 cancelled' }));
    });

    it('cancels nothing when the user says no', async () => {
      mockConfirm.mockResolvedValue(false);
      const element = await createComponent();

      click(rowOf(element, 'NTX-000001').querySelector('[data-id="cancel"]'));
      await flushPromises();

      expect(mockCancel).not.toHaveBeenCalled();
      expect(get(element, 'recheck').disabled).toBe(false);
    });

    it('shows why a cancel failed', async () => {
      mockConfirm.mockResolvedValue(true);
      mockCancel.mockRejectedValue({
        body: { message: 'The transactions were not cancelled: NTX-000001 was submitted.' }
      });
      const element = await createComponent();

      click(rowOf(element, 'NTX-000001').querySelector('[data-id="cancel"]'));
      await flushPromises();

      expect(getShownError(table(element), 'error').textContent).toBe(
        'The transactions were not cancelled: NTX-000001 was submitted.'
      );
    });

    it('corrects a Rejected row, then checks it with NIPR again', async () => {
      mockOpenCorrect.mockResolvedValue({ reasonCode: 'Vol', effectiveDate: '2026-03-09' });
      mockCorrect.mockResolvedValue(withStatus('NTX-000007', 'Draft', { effectiveDate: '2026-03-09' }));
      const element = await createComponent();
      mockCheck.mockResolvedValue([withStatus('NTX-000007', 'Ready to Submit', { effectiveDate: '2026-03-09' })]);
      const toast = listenForToasts(element);

      click(rowOf(element, 'NTX-000007').querySelector('[data-id="correct"]'));
      await flushPromises();

      expect(mockOpenCorrect).toHaveBeenCalledWith(
        expect.objectContaining({ size: 'small', label: 'Correct NTX-000007' })
      );
      expect(mockOpenCorrect.mock.calls[0]?.[0].transaction).toMatchObject({
        id: idOf('NTX-000007'),
        status: 'Rejected'
      });
      expect(mockCorrect).toHaveBeenCalledWith({
        transactionId: idOf('NTX-000007'),
        reasonCode: 'Vol',
        effectiveDate: '2026-03-09'
      });
      expect(mockCheck).toHaveBeenLastCalledWith({ transactionIds: [idOf('NTX-000007')] });
      expect(cell(rowOf(element, 'NTX-000007'), 'status')).toBe('Ready to Submit');
      expect(cell(rowOf(element, 'NTX-000007'), 'effective-date')).toBe('March 9, 2026');
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: 'NTX-000007 corrected' }));
    });

    it('saves nothing when the correction is cancelled', async () => {
      const element = await createComponent();

      click(rowOf(element, 'NTX-000012').querySelector('[data-id="correct"]'));
      await flushPromises();

      expect(mockOpenCorrect).toHaveBeenCalledTimes(1);
      expect(mockCorrect).not.toHaveBeenCalled();
    });

    it('shows why a correction was refused', async () => {
      mockOpenCorrect.mockResolvedValue({ reasonCode: 'Vol', effectiveDate: '' });
      mockCorrect.mockRejectedValue({
        body: { message: 'The transaction was not corrected: Texas accepts only Cancelled.' }
      });
      const element = await createComponent();
      const checks = mockCheck.mock.calls.length;

      click(rowOf(element, 'NTX-000011').querySelector('[data-id="correct"]'));
      await flushPromises();

      expect(getShownError(table(element), 'error').textContent).toBe(
        'The transaction was not corrected: Texas accepts only Cancelled.'
      );
      expect(mockCheck).toHaveBeenCalledTimes(checks);
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('statuses', () => {
    /** The status polls waiting for their 30 s (c/poller's setTimeout), run by the tests themselves. */
    let polls: (() => void)[];
    let setTimeoutSpy: jest.SpyInstance;
    let clearTimeoutSpy: jest.SpyInstance;

    beforeEach(() => {
      // Every other timer (flushPromises) runs as usual.
      polls = [];
      const realSetTimeout = window.setTimeout.bind(window);
      const realClearTimeout = window.clearTimeout.bind(window);
      setTimeoutSpy = jest.spyOn(window, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
        if (ms === POLL_INTERVAL_MS) {
          polls.push(handler);
          return POLL_TIMER;
        }
        return realSetTimeout(handler, ms);
      }) as typeof window.setTimeout);
      clearTimeoutSpy = jest
        .spyOn(window, 'clearTimeout')
        .mockImplementation((id?: string | number | NodeJS.Timeout) => {
          if (id !== POLL_TIMER) {
            realClearTimeout(id);
          }
        });
    });

    afterEach(() => {
      // Restored after the page is removed (its poller stopped), so sa11y later sees real timers.
      resetDom();
      setTimeoutSpy.mockRestore();
      clearTimeoutSpy.mockRestore();
    });

    it('refreshes the Submitted rows on "Refresh status"', async () => {
      mockRefresh.mockResolvedValue([withStatus('NTX-000006', 'Accepted')]);
      const element = await createComponent();

      click(get(element, 'refresh'));
      await flushPromises();

      expect(mockRefresh).toHaveBeenCalledWith({ transactionIds: [idOf('NTX-000006')] });
      expect(cell(rowOf(element, 'NTX-000006'), 'status')).toBe('Accepted');
      expect(get(element, 'announcement').textContent).toBe('Statuses refreshed from NIPR.');
      expect(get(element, 'refresh').disabled).toBe(true);
    });

    it('disables "Refresh status" without a Submitted row', async () => {
      mockSearch.mockResolvedValue([tx('NTX-000001')]);
      const element = await createComponent();

      expect(get(element, 'refresh').disabled).toBe(true);
      expect(polls).toHaveLength(0);
    });

    it('shows why the statuses could not be refreshed', async () => {
      mockRefresh.mockRejectedValue({ body: { message: 'The statuses could not be refreshed: NIPR is down.' } });
      const element = await createComponent();

      click(get(element, 'refresh'));
      await flushPromises();

      expect(getShownError(element, 'action-error').textContent).toBe(
        'The statuses could not be refreshed: NIPR is down.'
      );
    });

    it('polls every 30 s while a row is Submitted and stops when none is', async () => {
      mockRefresh
        .mockResolvedValueOnce([tx('NTX-000006')])
        .mockResolvedValueOnce([withStatus('NTX-000006', 'Rejected')]);
      const element = await createComponent();
      expect(POLL_INTERVAL_MS).toBe(30_000);
      expect(polls).toHaveLength(1);

      polls[0]?.();
      await flushPromises();
      expect(mockRefresh).toHaveBeenCalledWith({ transactionIds: [idOf('NTX-000006')] });
      expect(query(element, 'busy')).toBeNull();
      expect(polls).toHaveLength(2);

      polls[1]?.();
      await flushPromises();
      expect(cell(rowOf(element, 'NTX-000006'), 'status')).toBe('Rejected');
      expect(polls).toHaveLength(2);
    });

    it('shows why a poll failed', async () => {
      mockRefresh.mockRejectedValue({ body: { message: 'The statuses could not be refreshed: NIPR is down.' } });
      const element = await createComponent();

      polls[0]?.();
      await flushPromises();

      expect(getShownError(element, 'action-error').textContent).toBe(
        'The statuses could not be refreshed: NIPR is down.'
      );
    });

    it('stops polling after an hour and says so', async () => {
      mockRefresh.mockResolvedValue([tx('NTX-000006')]);
      const element = await createComponent();

      // Each answer schedules the next poll: run them one after the other.
      await Array.from({ length: MAX_POLLS }).reduce<Promise<void>>(async (previous, _unused, poll) => {
        await previous;
        polls[poll]?.();
        await flushPromises();
      }, Promise.resolve());

      expect(MAX_POLLS * POLL_INTERVAL_MS).toBe(60 * 60 * 1000);
      expect(mockRefresh).toHaveBeenCalledTimes(MAX_POLLS);
      expect(polls).toHaveLength(MAX_POLLS);
      expect(get(element, 'announcement').textContent).toBe(
        'Statuses are no longer refreshed automatically. Select Refresh status to ask NIPR again.'
      );
    });

    it('starts polling after a submission', async () => {
      mockSearch.mockResolvedValue([tx('NTX-000001')]);
      mockSubmit.mockResolvedValue({ submitted: 1, transactions: [withStatus('NTX-000001', 'Submitted')] });
      const element = await createComponent();
      expect(polls).toHaveLength(0);
      await selectAll(element);

      await submit(element);

      expect(polls).toHaveLength(1);
    });

    it('stops polling when the page is closed', async () => {
      const element = await createComponent();
      expect(polls).toHaveLength(1);

      document.body.removeChild(element);

      expect(clearTimeoutSpy).toHaveBeenCalledWith(POLL_TIMER);
    });
  });

  // --------------------------------------------------------------------------------------------------------------
  it('is accessible with rows, a selection and an error', async () => {
    mockCheck.mockRejectedValue({ body: { message: 'The eligibility check did not complete.' } });
    const element = await createComponent();
    await selectAll(element);

    await expect(element).toBeAccessible();
  });

  it('is accessible for one producer, and with a load error', async () => {
    const element = await createComponent({ producerId: CONTACT_ID });
    await expect(element).toBeAccessible();

    document.body.removeChild(element);
    mockSearch.mockRejectedValue({ body: { message: 'no access' } });
    const failed = await createComponent();
    await expect(failed).toBeAccessible();
  });

  // --------------------------------------------------------------------------------------------------------------
  describe('issue 12: kinds, producer names, focus', () => {
    /** The element that has the focus, through the shadow roots (never BODY when the page placed it). */
    function focused(): Element | null {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) {
        active = active.shadowRoot.activeElement;
      }
      return active;
    }

    it('queries by where the termination was filed (Filed through: NIPR or Filed elsewhere)', async () => {
      const element = await createComponent();

      changeValue(get(filters(element), 'kind'), 'Termination Filed Elsewhere');
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: { type: 'Termination Filed Elsewhere' } });
      // Every fixture row is a NIPR filing: the page applies the filter to what the server sent, too.
      expect(hasTable(element)).toBe(false);

      changeValue(get(filters(element), 'kind'), 'Appointment Termination');
      await flushPromises();
      expect(mockSearch).toHaveBeenLastCalledWith({ query: { type: 'Appointment Termination' } });
      expect(rowNames(element)).toHaveLength(LEDGER.length);
    });

    it('names the producer it is filtered to', async () => {
      mockSearch.mockResolvedValue(LEDGER.filter((row) => row.producerId === CONTACT_ID));
      const element = await createComponent({ producerId: CONTACT_ID });

      expect(text(get(element, 'filtered'))).toBe('Showing the transactions of Pat Producer.');
    });

    it('shows the producer in the table and in the actionable list when all producers are shown', async () => {
      const element = await createComponent();

      expect(query(table(element), 'producer-column')).not.toBeNull();
      expect(get(actionable(element), 'select').label).toContain(' · Pat Producer · ');
    });

    it('puts the focus on the page heading after navigating here for a producer (Terminate → Submit)', async () => {
      const element = await createComponent();
      pageReferenceAdapter.emit({
        type: 'standard__navItemPage',
        attributes: { apiName: 'NIPR_Transactions' },
        state: { c__producerId: CONTACT_ID }
      });
      await flushPromises();
      await flushPromises();

      const heading = get<HTMLElement>(element, 'heading');
      expect(heading.getAttribute('tabindex')).toBe('-1');
      expect(text(heading)).toBe('NIPR Transactions');
      expect(focused()).toBe(heading);
    });

    it('puts the focus on the result message after "Confirm and submit", not on the body', async () => {
      mockSubmit.mockResolvedValue({
        queued: 4,
        failed: 0,
        mode: 'Live',
        transactions: READY.map((name) => withStatus(name, 'Submitting'))
      });
      const element = await createComponent();
      await selectAll(element);

      await submit(element);
      await flushPromises();

      const result = get<HTMLElement>(actionable(element), 'result');
      expect(text(result)).toBe(
        '4 transactions are being filed with NIPR. This page updates when NIPR answers. Confirmed total: $86.12.'
      );
      expect(focused()).toBe(result);
      expect(document.activeElement).not.toBe(document.body);
    });

    it('says nothing was submitted and keeps the focus off the body when the confirmation is cancelled', async () => {
      mockOpenConfirm.mockResolvedValue(undefined);
      const element = await createComponent();
      await selectAll(element);

      await submit(element);
      await flushPromises();

      expect(mockSubmit).not.toHaveBeenCalled();
      expect(focused()).toBe(get(actionable(element), 'result'));
      expect(text(get(actionable(element), 'result'))).toBe('Nothing was submitted.');
    });

    it('puts the focus on the Actionable Transactions heading when the submission fails', async () => {
      mockSubmit.mockRejectedValue({ body: { message: 'The transactions were not submitted.' } });
      const element = await createComponent();
      await selectAll(element);

      await submit(element);
      await flushPromises();

      expect(focused()).toBe(get(actionable(element), 'heading'));
    });
  });
});
