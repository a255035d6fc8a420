// The table as a part: its rows, the events it sends and its errors. The whole flows (confirm, correct, recheck)
// are tested through the page: niprTransactions.test.ts.
import LightningConfirm from 'lightning/confirm';
import cancelTransactions from '@salesforce/apex/NiprTransactionController.cancelTransactions';
import resendTransactions from '@salesforce/apex/NiprTransactionController.resendTransactions';
import NiprTransactionTable from 'c/niprTransactionTable';
import NiprUndoRecord from 'c/niprUndoRecord';
import type { NiprTransactionStatus, TransactionRecord } from 'c/offboardingCore';
import {
  click,
  exactText,
  flushPromises,
  listenForDetail,
  query,
  queryAll,
  renderElement,
  resetDom,
  select,
  selectAll
} from 'test-utils';

jest.mock('@salesforce/apex/NiprTransactionController.cancelTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.correctTransaction', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.resendTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.undoRecordedTermination', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Submit_NIPR', () => ({ default: true }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

type TableRow = TransactionRecord & { readonly gatewayMode?: string | null };

interface TableElement extends HTMLElement {
  rows: readonly TableRow[];
  showProducer: boolean;
  busy: boolean;
  canManage: boolean;
  unavailable: string | null;
  submitTimeoutMinutes: number;
}

const mockConfirm = (LightningConfirm as unknown as { open: jest.Mock }).open;

function row(id: string, status: NiprTransactionStatus, overrides: Partial<TableRow> = {}): TableRow {
  return {
    id,
    name: `NTX-${id}`,
    producerId: 'p1',
    producerName: 'Pat Producer',
    appointmentId: null,
    state: 'NC',
    stateName: 'North Carolina',
    companyName: 'Acme Life',
    licenseClass: '',
    linesOfAuthority: '',
    lines: 2,
    reasonCode: null,
    effectiveDate: null,
    fee: null,
    status,
    statusText: status,
    statusDetail: null,
    nextStep: null,
    niprCode: null,
    niprReference: null,
    createdDate: null,
    createdOn: null,
    submittedOn: 'not a date',
    submissionStartedOn: null,
    stuck: false,
    ...overrides
  };
}

function createComponent(
  props: Partial<
    Pick<TableElement, 'rows' | 'showProducer' | 'busy' | 'canManage' | 'unavailable' | 'submitTimeoutMinutes'>
  > = {}
) {
  return renderElement<TableElement>('c-nipr-transaction-table', NiprTransactionTable, {
    rows: [row('1', 'Draft'), row('2', 'Submitted')],
    canManage: true,
    ...props
  });
}

describe('c-nipr-transaction-table', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('fills the cells a transaction leaves empty', async () => {
    const element = await createComponent();

    expect(exactText(select(element, '[data-row-id="1"] [data-id="appointment-detail"]'))).toBe('2 lines');
    expect(exactText(select(element, '[data-row-id="1"] [data-id="reason"]'))).toBe('—');
    expect(exactText(select(element, '[data-row-id="1"] [data-id="effective-date"]'))).toBe('Not set');
    expect(exactText(select(element, '[data-row-id="1"] [data-id="fee"]'))).toBe('—');
    expect(exactText(select(element, '[data-row-id="1"] [data-id="nipr-reference"]'))).toBe('');
    expect(query(element, 'producer-column')).toBeNull();
  });

  it('shows the producer column when asked', async () => {
    const element = await createComponent({ showProducer: true });

    expect(exactText(select(element, '[data-row-id="2"] [data-id="producer"]'))).toBe('Pat Producer');
  });

  it('disables the row actions while the page is busy', async () => {
    const element = await createComponent({ busy: true });

    expect(query(element, 'cancel')?.disabled).toBe(true);
    click(query(element, 'cancel'));
    await flushPromises();
    expect(mockConfirm).not.toHaveBeenCalled();
  });

  it('says it is busy while cancelling and sends the cancelled row', async () => {
    mockConfirm.mockResolvedValue(true);
    jest.mocked(cancelTransactions).mockResolvedValue([{ id: '1', name: 'NTX-1', status: 'Cancelled' }]);
    const element = await createComponent();
    const busy = listenForDetail(element, 'busychange');
    const changed = listenForDetail(element, 'transactionschange');

    click(query(element, 'cancel'));
    await flushPromises();

    expect(busy.mock.calls.map(([detail]) => detail)).toEqual([
      { busy: true, label: 'Cancelling the transaction' },
      { busy: false, label: '' }
    ]);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]?.[0].transactions.map((tx: TransactionRecord) => tx.status)).toEqual(['Cancelled']);
  });

  it('offers no Correct or Cancel to a user who may not manage transactions', async () => {
    const element = await createComponent({
      rows: [row('1', 'Draft'), row('2', 'Rejected'), row('3', 'Ready to Submit')],
      canManage: false
    });

    expect(queryAll(element, 'row')).toHaveLength(3);
    expect(queryAll(element, 'cancel')).toHaveLength(0);
    expect(queryAll(element, 'correct')).toHaveLength(0);
  });

  it('reads missing rows as none', async () => {
    const element = await createComponent({ rows: undefined });

    expect(queryAll(element, 'row')).toHaveLength(0);
  });

  it('is accessible', async () => {
    const element = await createComponent({ showProducer: true });

    await expect(element).toBeAccessible();
  });

  it('marks a row submitted to the simulated gateway with a "Simulated" badge, in words', async () => {
    const element = await createComponent({
      rows: [
        row('1', 'Submitted', { gatewayMode: 'Simulated' }),
        row('2', 'Submitted', { gatewayMode: 'Live' }),
        row('3', 'Ready to Submit', { gatewayMode: null }),
        row('4', 'Draft')
      ]
    });

    const badges = queryAll<HTMLElement>(element, 'simulated');
    expect(badges.map((badge) => badge.closest('tr')?.dataset.rowId)).toEqual(['1']);
    expect(exactText(badges[0] ?? null)).toBe('Simulated');
    expect(badges[0]?.title).toBe('Submitted to the simulated NIPR gateway: nothing was filed with NIPR.');
    expect(exactText(select(element, '[data-row-id="1"] [data-id="status"]'))).toBe('Submitted');
    await expect(element).toBeAccessible();
  });

  it('offers only Resend on a stuck Submitting row, and nothing on one still being filed', async () => {
    const element = await createComponent({
      rows: [row('1', 'Submitting'), row('2', 'Submitting', { stuck: true })],
      submitTimeoutMinutes: 30
    });

    expect(queryAll(element, 'cancel')).toHaveLength(0);
    expect(queryAll(element, 'correct')).toHaveLength(0);
    expect(queryAll<HTMLElement>(element, 'resend').map((button) => button.dataset.rowId)).toEqual(['2']);
    expect(exactText(select(element, '[data-row-id="2"] [data-id="explanation"]'))).toBe(
      'NIPR has not answered for more than 30 minutes.'
    );
    await expect(element).toBeAccessible();
  });

  it('resends the stuck row with its id and sends back what the server returned', async () => {
    mockConfirm.mockResolvedValue(true);
    jest.mocked(resendTransactions).mockResolvedValue({
      queued: 1,
      transactions: [{ id: '2', name: 'NTX-2', status: 'Submitting', stuck: false }]
    });
    const element = await createComponent({ rows: [row('2', 'Submitting', { stuck: true })] });
    const changed = listenForDetail(element, 'transactionschange');
    const toast = listenForDetail(element, 'lightning__showtoast');

    click(query(element, 'resend'));
    await flushPromises();

    expect(resendTransactions).toHaveBeenCalledWith({ transactionIds: ['2'] });
    expect(changed.mock.calls[0]?.[0].transactions.map((tx: TransactionRecord) => tx.stuck)).toEqual([false]);
    expect(toast).toHaveBeenCalledWith({
      title: 'NTX-2 is being filed with NIPR again',
      message: 'This page updates when NIPR answers.',
      variant: 'success'
    });
  });

  it('keeps Resend off while NIPR filing is not set up', async () => {
    const element = await createComponent({
      rows: [row('2', 'Submitting', { stuck: true })],
      unavailable: 'Not set up.'
    });

    expect(query(element, 'resend')?.disabled).toBe(true);
    click(query(element, 'resend'));
    await flushPromises();
    expect(mockConfirm).not.toHaveBeenCalled();
  });

  // ------------------------------------------------------------------------------------------------------------
  // Issue 12: terminations filed outside NIPR, codes in plain language

  const recorded = (id: string, overrides: Partial<TableRow> = {}) =>
    row(id, 'Filed Outside NIPR', {
      name: `NTX-00000${id}`,
      state: 'NY',
      stateName: 'New York',
      submittedOn: null,
      filedElsewhere: true,
      channel: 'State Portal',
      filedOn: '2026-03-02',
      externalReference: 'DFS-88412',
      filingNote: 'Filed by Sam on the DFS site.',
      ...overrides
    });

  it('shows where a termination filed outside NIPR was filed, when, its reference and note, as a success', async () => {
    const element = await createComponent({
      rows: [
        recorded('5'),
        recorded('6', { channel: 'Paper Form', externalReference: null, filingNote: null }),
        recorded('7', { channel: 'Company Register', filedOn: null })
      ]
    });
    const cellOf = (id: string, dataId: string) =>
      exactText(select(element, `[data-row-id="${id}"] [data-id="${dataId}"]`));

    expect(cellOf('5', 'filed-channel')).toBe('Filed on the state portal');
    expect(cellOf('5', 'filed-on')).toBe('Filed March 2, 2026');
    expect(cellOf('5', 'filed-reference')).toBe('Reference DFS-88412');
    expect(cellOf('5', 'filed-note')).toBe('Note: Filed by Sam on the DFS site.');
    expect(cellOf('6', 'filed-channel')).toBe('Paper form');
    expect(cellOf('6', 'filed-reference')).toBe('');
    expect(cellOf('7', 'filed-channel')).toBe('Company register');
    expect(cellOf('7', 'filed-on')).toBe('');
    expect(select(element, '[data-row-id="1"] [data-id="filed-channel"]')).toBeNull();

    const status = select<HTMLElement>(element, '[data-row-id="5"] [data-id="status"]');
    expect(exactText(status)).toBe('Filed Outside NIPR');
    expect(status?.className).toContain('slds-theme_success');
    expect(cellOf('5', 'explanation')).toBe(
      'Filed outside NIPR (New York) and recorded here; the appointment is Terminated.'
    );
    await expect(element).toBeAccessible();
  });

  it('shows each known code in plain language with the code as secondary text; an unknown code as itself', async () => {
    const element = await createComponent({
      rows: [
        row('1', 'Ready to Submit', { niprCode: 'ELIGIBLE' }),
        row('2', 'Rejected', { niprCode: 'BACKDATE_LIMIT' }),
        row('3', 'Failed', { niprCode: 'SOMETHING_NEW' }),
        row('4', 'Draft')
      ]
    });
    const cellOf = (id: string, dataId: string) =>
      exactText(select(element, `[data-row-id="${id}"] [data-id="${dataId}"]`));

    expect(cellOf('1', 'nipr-code-text')).toBe('NIPR can take this termination as it stands.');
    expect(cellOf('1', 'nipr-code')).toBe('ELIGIBLE');
    expect(cellOf('2', 'nipr-code-text')).toBe('The effective date is backdated further than the state allows.');
    expect(cellOf('2', 'nipr-code')).toBe('BACKDATE_LIMIT');
    expect(cellOf('3', 'nipr-code-text')).toBe('SOMETHING_NEW');
    expect(select(element, '[data-row-id="3"] [data-id="nipr-code"]')).toBeNull();
    expect(cellOf('4', 'nipr-code-text')).toBe('—');
  });

  it('offers Undo record only on a Filed Outside NIPR row, and only to a user who may manage transactions', async () => {
    const rows = [recorded('5'), row('1', 'Draft'), row('2', 'Accepted'), row('3', 'Cancelled')];
    const manager = await createComponent({ rows });

    expect(queryAll<HTMLElement>(manager, 'undo-record').map((button) => button.dataset.rowId)).toEqual(['5']);
    expect(query(manager, 'undo-record')?.label).toBe('Undo record');
    resetDom();

    const viewer = await createComponent({ rows, canManage: false });
    expect(queryAll(viewer, 'undo-record')).toHaveLength(0);
  });

  it('undoes a record: sends back the row, says so, and puts the focus on the row (its button is gone)', async () => {
    const open = jest.fn().mockResolvedValue({ id: '5', name: 'NTX-000005', state: 'NY', status: 'Cancelled' });
    NiprUndoRecord.open = open;
    const element = await createComponent({ rows: [recorded('5')] });
    const changed = listenForDetail(element, 'transactionschange');
    const toast = listenForDetail(element, 'lightning__showtoast');
    const busy = listenForDetail(element, 'busychange');
    changed.mockImplementation((change: { transactions: TableRow[] }) => {
      (element as TableElement).rows = change.transactions;
    });

    click(query(element, 'undo-record'));
    await flushPromises();
    await flushPromises();

    expect(open).toHaveBeenCalledWith(expect.objectContaining({ size: 'small', label: 'Undo record NTX-000005' }));
    expect(changed.mock.calls[0]?.[0].transactions.map((tx: TransactionRecord) => tx.status)).toEqual(['Cancelled']);
    expect(toast).toHaveBeenCalledWith({
      title: 'Record undone: NTX-000005 (New York)',
      message: 'The appointment is Active again.',
      variant: 'success'
    });
    expect(busy.mock.calls.map(([detail]) => detail)).toEqual([
      { busy: true, label: 'Undoing the record' },
      { busy: false, label: '' }
    ]);
    expect(query(element, 'undo-record')).toBeNull();
    expect(element.shadowRoot?.activeElement).toBe(select(element, '[data-row-id="5"] a[data-id="name"]'));
  });

  it('changes nothing when the Undo record dialog is cancelled', async () => {
    NiprUndoRecord.open = jest.fn().mockResolvedValue(undefined);
    const element = await createComponent({ rows: [recorded('5')] });
    const changed = listenForDetail(element, 'transactionschange');

    click(query(element, 'undo-record'));
    await flushPromises();

    expect(changed).not.toHaveBeenCalled();
    expect(query(element, 'undo-record')).not.toBeNull();
  });

  it('stacks the row actions in one column so the Actions column stays narrow (1024 px)', async () => {
    const element = await createComponent({ rows: [row('2', 'Rejected')] });

    const actions = select<HTMLElement>(element, '[data-row-id="2"] [data-id="actions"] .actions');
    expect(actions?.querySelectorAll('lightning-button')).toHaveLength(2);
    // 8 columns, not 10: the state heads the appointment, the effective date follows the reason (same data-ids).
    expect(selectAll<HTMLElement>(element, 'thead th').map((th) => exactText(th))).toEqual([
      'Transaction',
      'State and appointment',
      'Reason and effective date',
      'Fee',
      'Status',
      'Filing detail',
      'Actions'
    ]);
    expect(exactText(select(element, '[data-row-id="2"] td [data-id="state"]'))).toBe('North Carolina');
    expect(select(element, 'table')?.classList.contains('slds-table_cell-buffer')).toBe(false);
  });
});
