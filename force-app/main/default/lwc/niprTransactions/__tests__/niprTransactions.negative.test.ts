// Without the Offboarding_Submit_NIPR custom permission: the page lists, checks and explains the transactions, but
// Submit Transactions stays disabled and says why; nothing is quoted or sent.
import searchTransactions from '@salesforce/apex/NiprTransactionController.searchTransactions';
import checkEligibility from '@salesforce/apex/NiprTransactionController.checkEligibility';
import getSubmissionQuote from '@salesforce/apex/NiprTransactionController.getSubmissionQuote';
import submitTransactions from '@salesforce/apex/NiprTransactionController.submitTransactions';
import NiprSubmitConfirm from 'c/niprSubmitConfirm';
import NiprTransactions from 'c/niprTransactions';
import { changeChecked, click, flushPromises, query, renderElement, resetDom, select } from 'test-utils';
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
jest.mock('@salesforce/customPermission/Offboarding_Submit_NIPR', () => ({ default: false }), { virtual: true });

const READY: Apex.NiprTransactionInfo[] = data.transactions.filter((row) => row.status === 'Ready to Submit');

function createComponent(): Promise<HTMLElement> {
  return renderElement('c-nipr-transactions', NiprTransactions);
}

function actionable(element: HTMLElement): HTMLElement {
  const section = select<HTMLElement>(element, 'c-nipr-actionable-transactions');
  if (!section) {
    throw new Error('no c-nipr-actionable-transactions');
  }
  return section;
}

describe('c-nipr-transactions without the Offboarding_Submit_NIPR permission', () => {
  beforeEach(() => {
    jest.mocked(searchTransactions).mockResolvedValue(READY);
    jest.mocked(checkEligibility).mockResolvedValue(READY);
    NiprSubmitConfirm.open = jest.fn().mockResolvedValue('confirm');
  });

  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('lists the actionable transactions but keeps Submit disabled and says why', async () => {
    const element = await createComponent();
    changeChecked(query(actionable(element), 'select-all'), true);
    await flushPromises();

    expect(query(actionable(element), 'selection-summary')?.textContent).toBe('4 of 4 selected · $86.12');
    expect(query(actionable(element), 'submit')?.disabled).toBe(true);
    expect(query(actionable(element), 'submit-blocked')?.textContent).toContain(
      'submitting to NIPR needs the Offboarding Submit NIPR permission'
    );
  });

  it('quotes and sends nothing, even when Submit is clicked', async () => {
    const element = await createComponent();
    changeChecked(query(actionable(element), 'select-all'), true);
    await flushPromises();

    click(query(actionable(element), 'submit'));
    actionable(element).dispatchEvent(
      new CustomEvent('submittransactions', { detail: { transactionIds: READY.map((row) => row.id), estimate: 86.12 } })
    );
    await flushPromises();

    expect(getSubmissionQuote).not.toHaveBeenCalled();
    expect(NiprSubmitConfirm.open).not.toHaveBeenCalled();
    expect(submitTransactions).not.toHaveBeenCalled();
  });

  it('still checks eligibility', async () => {
    await createComponent();

    expect(checkEligibility).toHaveBeenCalledTimes(1);
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
