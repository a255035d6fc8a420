import getSubmissionQuote from '@salesforce/apex/NiprTransactionController.getSubmissionQuote';
import NiprActionableTransactions from 'c/niprActionableTransactions';
import type { NiprTransactionStatus, TransactionRecord } from 'c/offboardingCore';
import { changeChecked, click, flushPromises, query, queryAll, renderElement, resetDom, select } from 'test-utils';

// The submission itself (quote, confirmation, submit) is tested through the page: niprTransactions.test.ts.
jest.mock('@salesforce/apex/NiprTransactionController.getSubmissionQuote', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.submitTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Submit_NIPR', () => ({ default: true }), { virtual: true });

interface SectionElement extends HTMLElement {
  rows: readonly TransactionRecord[];
  busy: boolean;
  unavailable: string | null;
  gatewayMode: string | null;
}

function row(id: string, status: NiprTransactionStatus, fee: number | null = 10): TransactionRecord {
  return {
    id,
    name: `NTX-${id}`,
    producerId: 'p1',
    producerName: 'Pat Producer',
    appointmentId: null,
    state: 'NJ',
    stateName: 'New Jersey',
    companyName: 'Acme Life',
    licenseClass: 'Life',
    linesOfAuthority: 'Life',
    lines: 1,
    reasonCode: 'Vol',
    effectiveDate: null,
    fee,
    status,
    statusText: status,
    statusDetail: null,
    nextStep: null,
    niprCode: null,
    niprReference: null,
    createdDate: null,
    createdOn: null,
    submittedOn: null,
    submissionStartedOn: null,
    stuck: false
  };
}

const ROWS = [
  row('1', 'Ready to Submit', 26.53),
  row('2', 'Draft'),
  row('3', 'Ready to Submit', 21.53),
  row('4', 'Submitted')
];

function createComponent(
  props: Partial<Pick<SectionElement, 'rows' | 'busy' | 'unavailable' | 'gatewayMode'>> = {}
): Promise<SectionElement> {
  return renderElement<SectionElement>('c-nipr-actionable-transactions', NiprActionableTransactions, {
    rows: ROWS,
    ...props
  });
}

describe('c-nipr-actionable-transactions', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('selects only Ready to Submit rows, with the running count and total', async () => {
    const element = await createComponent();

    changeChecked(query(element, 'select-all'), true);
    await flushPromises();

    expect(query(element, 'select-all')?.label).toBe('Select all 2 ready to submit');
    expect(query(element, 'selection-summary')?.textContent).toBe('2 of 2 selected · $48.06');
    expect(query(element, 'submit')?.disabled).toBe(false);
  });

  it('drops a selected row that is no longer ready', async () => {
    const element = await createComponent();
    changeChecked(select(element, '[data-row-id="1"]'), true);
    changeChecked(select(element, '[data-row-id="3"]'), true);
    await flushPromises();

    element.rows = [row('1', 'Submitted'), row('2', 'Draft'), row('3', 'Ready to Submit', 21.53)];
    await flushPromises();
    expect(query(element, 'selection-summary')?.textContent).toBe('1 of 1 selected · $21.53');

    element.rows = [row('1', 'Ready to Submit', 26.53), row('3', 'Ready to Submit', 21.53)];
    await flushPromises();
    expect(select(element, '[data-row-id="1"]')?.checked).toBe(false);
  });

  it('sends nothing while the page is busy', async () => {
    const element = await createComponent({ busy: true });
    changeChecked(query(element, 'select-all'), true);
    await flushPromises();

    expect(query(element, 'submit')?.disabled).toBe(true);
    expect(query(element, 'select-all')?.disabled).toBe(true);
    click(query(element, 'submit'));
    await flushPromises();
    expect(getSubmissionQuote).not.toHaveBeenCalled();
  });

  it('lists no rows when given none', async () => {
    const element = await createComponent({ rows: undefined });

    expect(query(element, 'none')).not.toBeNull();
    expect(query(element, 'submit-blocked')).toBeNull();
  });

  it('is accessible', async () => {
    const element = await createComponent();
    changeChecked(select(element, '[data-row-id="1"]'), true);
    await flushPromises();

    await expect(element).toBeAccessible();
  });

  it('never lists a Submitting row for selection', async () => {
    const element = await createComponent({ rows: [row('1', 'Submitting'), row('2', 'Ready to Submit')] });

    expect(queryAll<HTMLElement>(element, 'select').map((box) => box.dataset.rowId)).toEqual(['2']);
  });

  it('keeps Submit off, with the reason, while NIPR filing is not set up', async () => {
    const reason = 'Submit is unavailable until an administrator sets up NIPR filing.';
    const element = await createComponent({ unavailable: reason });
    changeChecked(query(element, 'select-all'), true);
    await flushPromises();

    expect(query(element, 'submit')?.disabled).toBe(true);
    expect(query(element, 'submit-blocked')?.textContent?.trim()).toBe(reason);
    await expect(element).toBeAccessible();
  });
});
