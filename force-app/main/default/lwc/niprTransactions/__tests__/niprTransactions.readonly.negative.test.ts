// Without the Offboarding_Terminate custom permission the page is read-only: it lists and explains the
// transactions, but checks nothing at NIPR on open (the server would refuse), and offers no Recheck, Refresh status,
// Correct or Cancel; it says why.
import searchTransactions from '@salesforce/apex/NiprTransactionController.searchTransactions';
import checkEligibility from '@salesforce/apex/NiprTransactionController.checkEligibility';
import refreshStatuses from '@salesforce/apex/NiprTransactionController.refreshStatuses';
import NiprTransactions from 'c/niprTransactions';
import { flushPromises, query, queryAll, renderElement, resetDom, select } from 'test-utils';
import data from './data/transactions.json';

jest.mock('@salesforce/apex/NiprTransactionController.searchTransactions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.checkEligibility', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTransactionController.refreshStatuses', () => ({ default: jest.fn() }), {
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
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: false }), { virtual: true });
jest.mock('@salesforce/customPermission/Offboarding_Submit_NIPR', () => ({ default: false }), { virtual: true });

const ROWS: Apex.NiprTransactionInfo[] = data.transactions;

function createComponent(): Promise<HTMLElement> {
  return renderElement('c-nipr-transactions', NiprTransactions);
}

describe('c-nipr-transactions without the Offboarding_Terminate permission', () => {
  beforeEach(() => {
    jest.mocked(searchTransactions).mockResolvedValue(ROWS);
  });

  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('lists the transactions without checking them at NIPR', async () => {
    const element = await createComponent();
    await flushPromises();

    expect(searchTransactions).toHaveBeenCalledTimes(1);
    expect(checkEligibility).not.toHaveBeenCalled();
    expect(refreshStatuses).not.toHaveBeenCalled();
    const table = select<HTMLElement>(element, 'c-nipr-transaction-table');
    expect(table).not.toBeNull();
    expect(queryAll(table as HTMLElement, 'row').length).toBe(ROWS.length);
  });

  it('offers no Recheck, Refresh status, Correct or Cancel, and says why', async () => {
    const element = await createComponent();
    await flushPromises();

    expect(query(element, 'recheck')).toBeNull();
    expect(query(element, 'refresh')).toBeNull();
    const table = select<HTMLElement>(element, 'c-nipr-transaction-table') as HTMLElement;
    expect(queryAll(table, 'correct')).toHaveLength(0);
    expect(queryAll(table, 'cancel')).toHaveLength(0);
    expect(query(element, 'read-only')?.textContent).toContain('need the Offboarding Terminate permission');
  });

  it('gives next steps the viewer can follow: who can recheck, refresh, submit or correct, never a button it lacks', async () => {
    const element = await createComponent();
    await flushPromises();
    const table = select<HTMLElement>(element, 'c-nipr-transaction-table') as HTMLElement;
    const step = (name: string) => {
      const id = ROWS.find((row) => row.name === name)?.id ?? '';
      return (select(table, `tr[data-row-id="${id}"] [data-id="next-step"]`)?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    };

    expect(step('NTX-000006')).toBe(
      'Next step: Ask a licensing specialist with the Offboarding User permission set to refresh its status.'
    );
    expect(step('NTX-000005')).toBe(
      'Next step: Ask a licensing specialist with the Offboarding User permission set to recheck it with NIPR.'
    );
    expect(step('NTX-000001')).toBe(
      'Next step: Ask a licensing specialist with the Offboarding Admin permission set to submit it.'
    );
    expect(step('NTX-000007')).toBe(
      'Next step: Ask a licensing specialist with the Offboarding User permission set to correct or cancel it.'
    );
    const steps = queryAll(table, 'next-step').map((node) => node.textContent ?? '');
    expect(steps.filter((text) => /Select|Recheck|Refresh status|Resend/.test(text))).toEqual([]);
  });

  it('does not point a viewer to Recheck when nothing is ready to submit', async () => {
    jest.mocked(searchTransactions).mockResolvedValue(ROWS.filter((row) => row.status !== 'Ready to Submit'));
    const element = await createComponent();
    await flushPromises();

    const actionable = select<HTMLElement>(element, 'c-nipr-actionable-transactions') as HTMLElement;
    expect(query(actionable, 'none')?.textContent).toBe(
      'No transaction is ready to submit. Transactions become Ready to Submit when a licensing specialist with the Offboarding User permission set rechecks them with NIPR.'
    );
  });

  it('is accessible', async () => {
    const element = await createComponent();
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});
