/// <reference types="@sa11y/jest" />
import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import type { createApexTestWireAdapter, createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import getTransactions from '@salesforce/apex/NiprTransactionController.getTransactions';
import NiprTransactions, { type TransactionRow } from '../niprTransactions';

jest.mock(
  '@salesforce/apex/NiprTransactionController.getTransactions',
  () => {
    // A jest.mock factory runs before the imports, so it requires what it needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

type ApexWireMock = ReturnType<typeof createApexTestWireAdapter>;
type WireMock = ReturnType<typeof createTestWireAdapter>;
interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}

const getTransactionsAdapter = getTransactions as unknown as ApexWireMock;
const pageReferenceAdapter = navigation.CurrentPageReference as unknown as WireMock;
const navigationMock = navigation as unknown as NavigationMock;

const CONTACT_ID = '003000000000001AAA';

const TRANSACTIONS: Apex.NiprTransactionInfo[] = [
  {
    id: 'a01000000000002AAA',
    name: 'NTX-000002',
    state: 'TX',
    companyName: 'Acme Life Insurance Company',
    licenseClass: 'Insurance Producer',
    linesOfAuthority: 'Life;Accident & Health',
    reasonCode: 'Vol',
    effectiveDate: '2026-03-09',
    fee: 11.53,
    status: 'Draft',
    statusDetail: 'Waiting for submission.',
    createdDate: '2026-03-09T15:00:00.000Z',
    producerId: CONTACT_ID,
    producerName: 'Pat Producer'
  },
  {
    id: 'a01000000000001AAA',
    name: 'NTX-000001',
    state: 'AL',
    status: 'Submitted',
    producerId: CONTACT_ID,
    producerName: 'Pat Producer'
  }
];

// The lightning-datatable stub, as the tests read it.
interface DatatableElement extends HTMLElement {
  data: TransactionRow[];
  columns: { label: string; fieldName: string; type?: string }[];
}

function createComponent(props: Partial<Pick<NiprTransactions, 'producerId' | 'recordId'>> = {}): HTMLElement {
  const element = createElement('c-nipr-transactions', { is: NiprTransactions });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

// As in lwc-recipes: lets the wire callbacks and the re-render run.
// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function query<T extends Element = HTMLElement>(element: HTMLElement, dataId: string): T | null {
  return element.shadowRoot?.querySelector<T>(`[data-id="${dataId}"]`) ?? null;
}

describe('c-nipr-transactions', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    navigationMock.resetNavigation();
    jest.clearAllMocks();
  });

  it('shows a spinner until the transactions arrive', () => {
    const element = createComponent();

    expect(query(element, 'spinner')).not.toBeNull();
    expect(query(element, 'table')).toBeNull();
  });

  it('lists every producer without a filter', async () => {
    const element = createComponent();
    pageReferenceAdapter.emit({ type: 'standard__navItemPage', attributes: { apiName: 'NIPR_Transactions' } });
    await flushPromises();

    expect(getTransactionsAdapter.getLastConfig()).toEqual({ producerId: null });

    getTransactionsAdapter.emit(TRANSACTIONS);
    await flushPromises();

    const table = query<DatatableElement>(element, 'table');
    expect(table).not.toBeNull();
    expect(table?.data.map((row) => row.name)).toEqual(['NTX-000002', 'NTX-000001']);
    expect(table?.columns.map((column) => column.label)).toEqual([
      'Transaction',
      'Producer',
      'State',
      'Company',
      'License class',
      'Lines',
      'Reason',
      'Effective date',
      'Fee',
      'Status',
      'Status detail'
    ]);
    expect(query(element, 'spinner')).toBeNull();
    expect(query(element, 'show-all')).toBeNull();
  });

  it('maps a transaction to a row', async () => {
    const element = createComponent();
    getTransactionsAdapter.emit(TRANSACTIONS);
    await flushPromises();

    const [first, second] = query<DatatableElement>(element, 'table')?.data ?? [];
    expect(first).toEqual({
      id: 'a01000000000002AAA',
      url: '/a01000000000002AAA',
      name: 'NTX-000002',
      producerName: 'Pat Producer',
      state: 'TX',
      companyName: 'Acme Life Insurance Company',
      licenseClass: 'Insurance Producer',
      linesOfAuthority: 'Life;Accident & Health',
      reason: 'Voluntary termination',
      effectiveDate: '2026-03-09',
      fee: 11.53,
      status: 'Draft',
      statusDetail: 'Waiting for submission.'
    });
    expect(second).toMatchObject({ reason: '', effectiveDate: null, fee: null, companyName: '' });
  });

  it('filters by the c__producerId of the page state', async () => {
    const element = createComponent();
    pageReferenceAdapter.emit({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: CONTACT_ID }
    });
    await flushPromises();

    expect(getTransactionsAdapter.getLastConfig()).toEqual({ producerId: CONTACT_ID });

    getTransactionsAdapter.emit(TRANSACTIONS);
    await flushPromises();

    const columns = query<DatatableElement>(element, 'table')?.columns.map((column) => column.fieldName);
    expect(columns).not.toContain('producerName');
    expect(query(element, 'filtered')).not.toBeNull();
    expect(query(element, 'show-all')).not.toBeNull();
  });

  it('shows the spinner again while another producer loads', async () => {
    const element = createComponent();
    getTransactionsAdapter.emit(TRANSACTIONS);
    await flushPromises();
    expect(query(element, 'table')).not.toBeNull();

    pageReferenceAdapter.emit({ type: 'standard__navItemPage', state: { c__producerId: CONTACT_ID } });
    await flushPromises();

    expect(query(element, 'spinner')).not.toBeNull();
    expect(query(element, 'table')).toBeNull();
  });

  it('filters by the record on a record page', async () => {
    createComponent({ recordId: '001000000000001AAA' });
    await flushPromises();

    expect(getTransactionsAdapter.getLastConfig()).toEqual({ producerId: '001000000000001AAA' });
  });

  it('prefers producerId to the page state', async () => {
    createComponent({ producerId: CONTACT_ID });
    pageReferenceAdapter.emit({ type: 'standard__navItemPage', state: { c__producerId: '003000000000009AAA' } });
    await flushPromises();

    expect(getTransactionsAdapter.getLastConfig()).toEqual({ producerId: CONTACT_ID });
  });

  it('opens the tab without a filter from "Show all producers"', async () => {
    const element = createComponent({ producerId: CONTACT_ID });
    getTransactionsAdapter.emit([]);
    await flushPromises();

    query(element, 'show-all')?.dispatchEvent(new CustomEvent('click'));

    expect(navigationMock.getNavigateCalledWith().pageReference).toEqual({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: {}
    });
  });

  it('says so when a producer has no transactions', async () => {
    const element = createComponent({ producerId: CONTACT_ID });
    getTransactionsAdapter.emit([]);
    await flushPromises();

    expect(query(element, 'table')).toBeNull();
    expect(query(element, 'empty')?.textContent).toBe(
      'This producer has no NIPR transactions yet. They appear here when appointments are terminated.'
    );
  });

  it('says so when there are no transactions at all', async () => {
    const element = createComponent();
    getTransactionsAdapter.emit([]);
    await flushPromises();

    expect(query(element, 'empty')?.textContent).toBe(
      'There are no NIPR transactions yet. They appear here when appointments are terminated.'
    );
  });

  it('shows the server error', async () => {
    const element = createComponent();
    getTransactionsAdapter.error({ message: 'The NIPR transactions could not be loaded: no access' });
    await flushPromises();

    expect(query(element, 'error')?.textContent).toBe('The NIPR transactions could not be loaded: no access');
    expect(query(element, 'table')).toBeNull();
    expect(query(element, 'spinner')).toBeNull();
  });

  it('is accessible with rows', async () => {
    const element = createComponent({ producerId: CONTACT_ID });
    getTransactionsAdapter.emit(TRANSACTIONS);
    await flushPromises();

    await expect(element).toBeAccessible();
  });

  it('is accessible with an error', async () => {
    const element = createComponent();
    getTransactionsAdapter.error({ message: 'no access' });
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});
