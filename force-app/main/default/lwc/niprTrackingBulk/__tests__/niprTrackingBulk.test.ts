import * as navigation from 'lightning/navigation';
import type { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import previewDeactivation from '@salesforce/apex/NiprTrackingController.previewDeactivation';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import startBulkDeactivation from '@salesforce/apex/NiprTrackingController.startBulkDeactivation';
import getBulkJobStatus from '@salesforce/apex/NiprTrackingController.getBulkJobStatus';
import NiprTrackingBulk, { MAX_POLLS, POLL_INTERVAL_MS } from 'c/niprTrackingBulk';
import type { ResultRow } from '../model';
import {
  advance,
  changeChecked,
  changeValue,
  click,
  flushPromises,
  mountElement,
  query,
  queryAll,
  resetDom,
  shownError,
  text
} from 'test-utils';

jest.mock('@salesforce/apex/NiprTrackingController.previewDeactivation', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.deactivateTracking', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.startBulkDeactivation', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.getBulkJobStatus', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: true }), { virtual: true });

type WireMock = ReturnType<typeof createTestWireAdapter>;

/** The lightning-datatable stub, as the tests read it. */
interface TableStub extends HTMLElement {
  data: ResultRow[];
  columns: { label: string; fieldName: string }[];
}

const pageReferenceAdapter = navigation.CurrentPageReference as unknown as WireMock;
const mockPreview = jest.mocked(previewDeactivation);
const mockDeactivate = jest.mocked(deactivateTracking);
const mockStart = jest.mocked(startBulkDeactivation);
const mockStatus = jest.mocked(getBulkJobStatus);

const IDS = ['003000000000001AAA', '003000000000002AAA', '003000000000003AAA'];
const JOB_ID = '707000000000001AAA';

const REFUSAL =
  "NIPR tracking of Lee Lister cannot be set Inactive while NIPR transactions are open. NTX-000001 (Florida) is Submitted: wait for NIPR's answer; Refresh status. Follow it on the NIPR Transactions page first.";
/** Pat: nothing open or active; Sam: two active appointments; Lee: a Submitted transaction. */
const PREVIEWS: Apex.TrackingPreview[] = [
  { id: IDS[0], name: 'Pat Producer', decision: 'allowed', summary: 'Set Inactive' },
  {
    id: IDS[1],
    name: 'Sam Seller',
    decision: 'needsConfirmation',
    activeAppointments: [
      { id: 'a0A1', state: 'NY', stateName: 'New York', company: 'Acme Life Insurance Company' },
      { id: 'a0A2', state: 'AK', stateName: 'Alaska', company: 'Acme Life Insurance Company' }
    ],
    summary:
      'Needs confirmation: 2 active appointments (Alaska (Acme Life Insurance Company) and New York (Acme Life Insurance Company))'
  },
  { id: IDS[2], name: 'Lee Lister', decision: 'refused', message: REFUSAL, summary: `Refused: ${REFUSAL}` }
];

// ----------------------------------------------------------------------------------------------------------------
// Helpers

function createComponent(state: Record<string, string> = {}): HTMLElement {
  const element = mountElement('c-nipr-tracking-bulk', NiprTrackingBulk);
  pageReferenceAdapter.emit({ type: 'standard__navItemPage', attributes: { apiName: 'NIPR_Tracking_Bulk' }, state });
  return element;
}

/** Confirms "Deactivate all eligible producers". */
function startAll(element: HTMLElement): void {
  click(query(element, 'ask-all'));
}

describe('c-nipr-tracking-bulk', () => {
  beforeEach(() => {
    mockPreview.mockResolvedValue(PREVIEWS);
  });

  afterEach(() => {
    resetDom();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  it('lists the selected producers by name with what each will get, before anything runs', async () => {
    const element = createComponent({ c__ids: `${IDS.join(',')}, ,${IDS[0]}`, c__object: 'Contact' });
    await flushPromises();

    expect(text(query(element, 'selected'))).toBe('3 producers (Contacts) selected');
    expect(mockPreview).toHaveBeenCalledWith({ recordIds: IDS });
    expect(mockDeactivate).not.toHaveBeenCalled();
    expect(queryAll(element, 'preview-name').map((cell) => text(cell))).toEqual([
      'Pat Producer',
      'Sam Seller',
      'Lee Lister'
    ]);
    expect(queryAll(element, 'preview-outcome').map((cell) => text(cell))).toEqual([
      'Set Inactive',
      'Needs confirmation: 2 active appointments (Alaska (Acme Life Insurance Company) and New York (Acme Life Insurance Company))',
      `Refused: ${REFUSAL}`
    ]);
    expect(queryAll(element, 'preview-row').map((row) => row.getAttribute('data-decision'))).toEqual([
      'allowed',
      'needsConfirmation',
      'refused'
    ]);
    expect(text(query(element, 'preview-summary'))).toBe(
      '1 will be set Inactive, 1 needs your confirmation, 1 refused, 0 skipped.'
    );
    expect(query(element, 'confirm-selection')?.checked).toBe(false);
    expect(query(element, 'deactivate-selection')?.label).toBe('Set NIPR Tracking Inactive (1)');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(false);
    expect(query(element, 'job-object')?.value).toBe('Contact');
  });

  it('asks one confirmation for the producers with active appointments, then runs with it', async () => {
    mockDeactivate.mockResolvedValue({
      done: [
        { id: IDS[0], name: 'Pat Producer', outcome: 'done' },
        { id: IDS[1], name: 'Sam Seller', outcome: 'done' }
      ],
      skipped: [{ id: IDS[2], name: 'Lee Lister', outcome: 'skipped', reason: REFUSAL }],
      failed: []
    });
    const element = createComponent({ c__ids: IDS.join(','), c__object: 'Contact' });
    await flushPromises();

    expect(query(element, 'confirm-selection')?.label).toBe(
      'Also set NIPR tracking Inactive for the 1 producer with active appointments: NIPR monitoring and billing stop, but their appointments stay on file with the states until they are terminated.'
    );
    changeChecked(query(element, 'confirm-selection'), true);
    await flushPromises();
    expect(query(element, 'deactivate-selection')?.label).toBe('Set NIPR Tracking Inactive (2)');

    click(query(element, 'deactivate-selection'));
    await flushPromises();

    expect(mockDeactivate).toHaveBeenCalledWith({ recordIds: IDS, confirmActiveAppointments: true });
    expect(text(query(element, 'selection-summary'))).toBe('2 set Inactive, 1 skipped, 0 failed.');
    expect(query<TableStub>(element, 'selection-table')?.data.map((row) => row.name)).toEqual([
      'Lee Lister',
      'Pat Producer',
      'Sam Seller'
    ]);
    expect(mockPreview).toHaveBeenCalledTimes(2);
    expect(query(element, 'confirm-selection')?.checked).toBe(false);
  });

  it('offers nothing to run when every selected producer is refused or skipped', async () => {
    mockPreview.mockResolvedValue([
      PREVIEWS[2] ?? {},
      { id: IDS[0], name: 'Pat Producer', decision: 'skipped', summary: 'Skipped: NIPR tracking is already Inactive.' }
    ]);
    const element = createComponent({ c__ids: `${IDS[2]},${IDS[0]}` });
    await flushPromises();

    expect(query(element, 'confirm-selection')).toBeNull();
    expect(query(element, 'deactivate-selection')?.disabled).toBe(true);
    expect(text(query(element, 'preview-summary'))).toBe(
      '0 will be set Inactive, 0 need your confirmation, 1 refused, 1 skipped.'
    );
  });

  it('shows why the preview could not be loaded', async () => {
    mockPreview.mockRejectedValue({ body: { message: 'NIPR tracking could not be loaded: no access.' } });
    const element = createComponent({ c__ids: IDS.join(',') });
    await flushPromises();

    expect(text(shownError(element, 'preview-error'))).toBe('NIPR tracking could not be loaded: no access.');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(true);
  });

  it('reads an Account selection', async () => {
    const element = createComponent({ c__ids: IDS[0] ?? '', c__object: 'Account' });
    await flushPromises();

    expect(text(query(element, 'selected'))).toBe('1 producer firm (Account) selected');
    expect(query(element, 'job-object')?.value).toBe('Account');
  });

  it('says how to select producers when none are passed', async () => {
    const element = createComponent();
    await flushPromises();

    expect(text(query(element, 'no-selection'))).toContain('No producers selected.');
    expect(query(element, 'deactivate-selection')).toBeNull();
    expect(query(element, 'ask-all')).not.toBeNull();
  });

  it('refuses more than 200 records at once', async () => {
    const many = Array.from({ length: 201 }, (_, index) => `003${String(index).padStart(15, '0')}`);
    const element = createComponent({ c__ids: many.join(',') });
    await flushPromises();

    expect(text(query(element, 'too-many'))).toContain('201 records are selected; at most 200');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(true);
    click(query(element, 'deactivate-selection'));
    await flushPromises();
    expect(mockDeactivate).not.toHaveBeenCalled();
    expect(mockPreview).not.toHaveBeenCalled();
  });

  it('sets the selection Inactive and lists what was done, skipped and failed', async () => {
    mockDeactivate.mockResolvedValue({
      done: [{ id: IDS[0], name: 'Pat Producer', outcome: 'done' }],
      skipped: [{ id: IDS[1], name: 'Sam Seller', outcome: 'skipped', reason: 'Open NIPR transactions: NTX-000001.' }],
      failed: [{ id: IDS[2], outcome: 'failed', reason: 'UNABLE_TO_LOCK_ROW' }]
    });
    const element = createComponent({ c__ids: IDS.join(','), c__object: 'Contact' });
    await flushPromises();

    click(query(element, 'deactivate-selection'));
    click(query(element, 'deactivate-selection'));
    await flushPromises();

    expect(mockDeactivate).toHaveBeenCalledTimes(1);
    expect(mockDeactivate).toHaveBeenCalledWith({ recordIds: IDS, confirmActiveAppointments: false });
    expect(text(query(element, 'selection-summary'))).toBe('1 set Inactive, 1 skipped, 1 failed.');
    const table = query<TableStub>(element, 'selection-table');
    expect(table?.columns.map((column) => column.label)).toEqual(['Producer', 'Result', 'Reason']);
    expect(table?.data).toEqual([
      { id: IDS[2], name: IDS[2], outcome: 'Failed', reason: 'UNABLE_TO_LOCK_ROW' },
      { id: IDS[1], name: 'Sam Seller', outcome: 'Skipped', reason: 'Open NIPR transactions: NTX-000001.' },
      { id: IDS[0], name: 'Pat Producer', outcome: 'Set Inactive', reason: '' }
    ]);
  });

  it('shows the server error for the selection', async () => {
    mockDeactivate.mockRejectedValue({ body: { message: 'Select Contacts or Accounts, not both.' } });
    const element = createComponent({ c__ids: IDS.join(',') });
    await flushPromises();

    click(query(element, 'deactivate-selection'));
    await flushPromises();

    expect(text(shownError(element, 'selection-error'))).toBe('Select Contacts or Accounts, not both.');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(false);
  });

  it('asks before deactivating every eligible producer, and can be cancelled', async () => {
    const element = createComponent();
    await flushPromises();

    startAll(element);
    await flushPromises();
    expect(text(query(element, 'confirm-all'))).toContain(
      'Set NIPR tracking Inactive for every eligible producer (Contact)?'
    );
    expect(query(element, 'ask-all')).toBeNull();

    click(query(element, 'cancel-all'));
    await flushPromises();
    expect(query(element, 'confirm-all')).toBeNull();
    expect(mockStart).not.toHaveBeenCalled();
  });

  it('starts the job and polls its progress until it completes', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockResolvedValueOnce({
      status: 'Processing',
      processed: 1,
      total: 4,
      done: 150,
      skipped: 2,
      failed: 0
    });
    mockStatus.mockResolvedValueOnce({
      status: 'Completed',
      processed: 4,
      total: 4,
      done: 700,
      skipped: 1,
      failed: 1,
      items: [
        { id: IDS[1], name: 'Sam Seller', outcome: 'skipped', reason: 'Open NIPR transactions: NTX-000001.' },
        { id: IDS[2], name: 'Lee Lister', outcome: 'failed', reason: 'UNABLE_TO_LOCK_ROW' }
      ]
    });
    const element = createComponent();
    await advance(0);
    changeValue(query(element, 'job-object'), 'Account');
    await advance(0);

    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    click(query(element, 'start-all'));
    await advance(0);

    expect(mockStart).toHaveBeenCalledTimes(1);
    expect(mockStart).toHaveBeenCalledWith({ objectApiName: 'Account', confirmActiveAppointments: false });
    expect(query(element, 'ask-all')?.disabled).toBe(true);
    expect(text(query(element, 'progress-text'))).toBe('Queued…');

    await advance(POLL_INTERVAL_MS);
    expect(mockStatus).toHaveBeenCalledWith({ jobId: JOB_ID });
    expect(query(element, 'progress')?.value).toBe(25);
    expect(text(query(element, 'progress-text'))).toBe('Processing: 1 of 4 chunks processed.');
    expect(text(query(element, 'job-summary'))).toBe('150 set Inactive, 2 skipped, 0 failed.');

    await advance(POLL_INTERVAL_MS);
    expect(query(element, 'progress')?.value).toBe(100);
    expect(text(query(element, 'job-summary'))).toBe('700 set Inactive, 1 skipped, 1 failed.');
    expect(query<TableStub>(element, 'job-table')?.data.map((row) => row.outcome)).toEqual(['Skipped', 'Failed']);
    expect(query(element, 'more-items')).toBeNull();
    expect(shownError(element, 'job-error')).toBeNull();
    expect(query(element, 'ask-all')?.disabled).toBe(false);

    await advance(POLL_INTERVAL_MS * 3);
    expect(mockStatus).toHaveBeenCalledTimes(2);
  });

  it('starts the job with the confirmation for producers with active appointments', async () => {
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockReturnValue(new Promise(() => undefined));
    const element = createComponent();
    await flushPromises();
    startAll(element);
    await flushPromises();

    expect(query(element, 'confirm-all-active')?.checked).toBe(false);
    changeChecked(query(element, 'confirm-all-active'), true);
    await flushPromises();
    click(query(element, 'start-all'));
    await flushPromises();

    expect(mockStart).toHaveBeenCalledWith({ objectApiName: 'Contact', confirmActiveAppointments: true });
  });

  it('disables every control while the job runs and re-enables them when it finishes', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockResolvedValueOnce({ status: 'Processing', processed: 0, total: 1 });
    mockStatus.mockResolvedValueOnce({ status: 'Completed', processed: 1, total: 1, done: 3 });
    const element = createComponent({ c__ids: IDS.join(',') });
    await advance(0);
    expect(query(element, 'deactivate-selection')?.disabled).toBe(false);

    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(0);
    await advance(POLL_INTERVAL_MS);

    expect(text(query(element, 'progress-text'))).toBe('Processing: 0 of 1 chunk processed.');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(true);
    expect(query(element, 'confirm-selection')?.disabled).toBe(true);
    expect(query(element, 'ask-all')?.disabled).toBe(true);
    expect(query(element, 'job-object')?.disabled).toBe(true);

    await advance(POLL_INTERVAL_MS);
    expect(text(query(element, 'job-summary'))).toBe('3 set Inactive, 0 skipped, 0 failed.');
    expect(query(element, 'deactivate-selection')?.disabled).toBe(false);
    expect(query(element, 'confirm-selection')?.disabled).toBe(false);
    expect(query(element, 'ask-all')?.disabled).toBe(false);
    expect(query(element, 'job-object')?.disabled).toBe(false);
    expect(mockPreview).toHaveBeenCalledTimes(2);
  });

  it('says why the job ended without completing', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockResolvedValue({ status: 'Failed', processed: 1, total: 3, errorMessage: 'Apex CPU time limit' });
    const element = createComponent();
    await advance(0);
    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(POLL_INTERVAL_MS);

    expect(text(shownError(element, 'job-error'))).toBe('The job ended Failed: Apex CPU time limit');
  });

  it('says when only the first skipped and failed producers are listed', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockResolvedValue({
      status: 'Completed',
      processed: 2,
      total: 2,
      done: 10,
      skipped: 250,
      failed: 0,
      items: [{ id: IDS[1], reason: 'Already Inactive.' }]
    });
    const element = createComponent();
    await advance(0);
    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(POLL_INTERVAL_MS);

    expect(text(query(element, 'more-items'))).toBe('The first 1 skipped or failed producers are listed.');
    expect(query<TableStub>(element, 'job-table')?.data).toEqual([
      { id: IDS[1], name: IDS[1], outcome: 'Skipped', reason: 'Already Inactive.' }
    ]);
  });

  it('shows the error when the job cannot start', async () => {
    mockStart.mockRejectedValue({ body: { message: 'A bulk deactivation is already running.' } });
    const element = createComponent();
    await flushPromises();
    startAll(element);
    await flushPromises();
    click(query(element, 'start-all'));
    await flushPromises();

    expect(text(shownError(element, 'job-error'))).toBe('A bulk deactivation is already running.');
    expect(query(element, 'ask-all')?.disabled).toBe(false);
    expect(query(element, 'progress')).toBeNull();
  });

  it('pauses after 10 minutes and checks again on request', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockResolvedValue({ status: 'Processing', processed: 1, total: 400 });
    const element = createComponent();
    await advance(0);
    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(POLL_INTERVAL_MS * MAX_POLLS);

    expect(mockStatus).toHaveBeenCalledTimes(MAX_POLLS);
    expect(text(shownError(element, 'job-error'))).toBe(
      'The job is still running in the background. Check again later.'
    );
    await advance(POLL_INTERVAL_MS * 2);
    expect(mockStatus).toHaveBeenCalledTimes(MAX_POLLS);

    mockStatus.mockResolvedValue({ status: 'Completed', processed: 400, total: 400, done: 1 });
    click(query(element, 'check-again'));
    await advance(0);
    expect(mockStatus).toHaveBeenCalledTimes(MAX_POLLS + 1);
    expect(shownError(element, 'job-error')).toBeNull();
    expect(query(element, 'check-again')).toBeNull();
  });

  it('pauses when the progress cannot be checked', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    mockStatus.mockRejectedValue(new Error(''));
    const element = createComponent();
    await advance(0);
    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(POLL_INTERVAL_MS);

    expect(text(shownError(element, 'job-error'))).toBe(
      'The progress of the job could not be checked. It goes on in the background.'
    );
    expect(query(element, 'check-again')).not.toBeNull();
  });

  it('stops polling when the page is left', async () => {
    jest.useFakeTimers();
    mockStart.mockResolvedValue(JOB_ID);
    let answer: (status: Apex.BulkJobStatus) => void = () => undefined;
    mockStatus.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const element = createComponent();
    await advance(0);
    startAll(element);
    await advance(0);
    click(query(element, 'start-all'));
    await advance(POLL_INTERVAL_MS);

    document.body.removeChild(element);
    answer({ status: 'Processing', processed: 1, total: 4 });
    await advance(POLL_INTERVAL_MS * 5);

    expect(mockStatus).toHaveBeenCalledTimes(1);
  });

  it('is accessible with the preview, the confirmation and the result', async () => {
    mockDeactivate.mockResolvedValue({ done: [{ id: IDS[0], name: 'Pat Producer', outcome: 'done' }] });
    const element = createComponent({ c__ids: IDS.join(',') });
    await flushPromises();
    expect(query(element, 'preview-table')).not.toBeNull();
    await expect(element).toBeAccessible();

    click(query(element, 'deactivate-selection'));
    await flushPromises();
    startAll(element);
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});
