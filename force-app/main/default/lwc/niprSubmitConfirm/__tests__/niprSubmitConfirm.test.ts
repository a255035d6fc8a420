import NiprSubmitConfirm, { confirmSubmission } from 'c/niprSubmitConfirm';
import type { TransactionQuote } from 'c/offboardingCore';
import { click, exactText, get, listenForClose, query, queryAll, renderElement, resetDom, select } from 'test-utils';

interface ModalElement extends HTMLElement {
  quote: TransactionQuote;
  estimate: number | null;
  simulated: boolean;
}

// The acceptance example: NJ, NC (2 lines), NC (2 lines) and TN with the NIPR fee F = $1.53.
const QUOTE: TransactionQuote = {
  items: [
    {
      transactionId: 't1',
      state: 'NJ',
      stateName: 'New Jersey',
      companyName: 'Acme Life',
      lines: 1,
      niprFee: 1.53,
      stateFee: 25,
      feeBasis: 'per-termination'
    },
    {
      transactionId: 't2',
      state: 'NC',
      stateName: 'North Carolina',
      companyName: 'Acme Life',
      lines: 2,
      niprFee: 1.53,
      stateFee: 20,
      feeBasis: 'per-line'
    },
    {
      transactionId: 't3',
      state: 'NC',
      stateName: 'North Carolina',
      companyName: 'Beta Insurance',
      lines: 2,
      niprFee: 1.53,
      stateFee: 20,
      feeBasis: 'per-line'
    },
    {
      transactionId: 't4',
      state: 'TN',
      stateName: 'Tennessee',
      companyName: '',
      lines: 1,
      niprFee: 1.53,
      stateFee: 15,
      feeBasis: 'per-termination'
    }
  ],
  niprTotal: 6.12,
  stateTotal: 80,
  total: 86.12,
  statesWithUnknownFee: []
};

function createModal(
  props: Partial<Pick<ModalElement, 'quote' | 'estimate' | 'simulated'>> = {}
): Promise<ModalElement> {
  return renderElement<ModalElement>('c-nipr-submit-confirm', NiprSubmitConfirm, { quote: QUOTE, ...props });
}

function texts(element: HTMLElement, dataId: string): string[] {
  return queryAll(element, dataId).map(exactText);
}

describe('c-nipr-submit-confirm', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('itemizes the NIPR fee per transaction and each state fee, per termination or per line', async () => {
    const element = await createModal();

    expect(texts(element, 'item-transaction')).toEqual([
      'New Jersey — Acme Life',
      'North Carolina — Acme Life',
      'North Carolina — Beta Insurance',
      'Tennessee'
    ]);
    expect(texts(element, 'item-nipr-fee')).toEqual(['$1.53', '$1.53', '$1.53', '$1.53']);
    expect(texts(element, 'item-state-fee')).toEqual([
      '$25.00',
      '$10.00 × 2 lines = $20.00',
      '$10.00 × 2 lines = $20.00',
      '$15.00'
    ]);
    expect(texts(element, 'item-amount')).toEqual(['$26.53', '$21.53', '$21.53', '$16.53']);
  });

  it('shows the totals: F × 4, the state fees and the total', async () => {
    const element = await createModal();

    const footer = select(element, 'tfoot')?.textContent ?? '';
    expect(footer).toContain('NIPR processing fees (4 × $1.53)');
    expect(query(element, 'nipr-total')?.textContent).toBe('$6.12');
    expect(query(element, 'state-total')?.textContent).toBe('$80.00');
    expect(query(element, 'total')?.textContent).toBe('$86.12');
    expect(query(element, 'intro')?.textContent).toContain('4 terminations are about to be filed with NIPR.');
    expect(query(element, 'unknown-fees')).toBeNull();
    expect(query(element, 'price-changed')).toBeNull();
  });

  it('flags the states whose fee is unknown, not counted in the total', async () => {
    const element = await createModal({
      quote: {
        items: [
          {
            transactionId: 't1',
            state: 'MA',
            stateName: 'Massachusetts',
            companyName: 'Acme Life',
            lines: 1,
            niprFee: 1.53,
            stateFee: null,
            feeBasis: null
          },
          {
            transactionId: 't2',
            state: 'FL',
            stateName: 'Florida',
            companyName: 'Acme Life',
            lines: 1,
            niprFee: 2,
            stateFee: 0,
            feeBasis: null
          }
        ],
        niprTotal: 3.53,
        stateTotal: 0,
        total: 3.53,
        statesWithUnknownFee: ['MA']
      }
    });

    expect(texts(element, 'item-state-fee')).toEqual(['Not known (not in the total)', '$0.00']);
    expect(query(element, 'unknown-fees')?.textContent).toBe(
      'The state fee of Massachusetts is not known and is not in the total. The state may bill it separately.'
    );
    expect(select(element, 'tfoot')?.textContent).toContain('NIPR processing fees (2 transactions)');
    expect(query(element, 'intro')?.textContent).toContain('2 terminations are');
  });

  it('points out a total that differs from the estimate on the page', async () => {
    const element = await createModal({ estimate: 76.12 });

    expect(query(element, 'price-changed')?.textContent).toBe(
      'The fees changed since these transactions were created: the total is now $86.12, not $76.12. Check the items before confirming.'
    );
  });

  it('says nothing when the estimate is the total', async () => {
    const element = await createModal({ estimate: 86.12 });

    expect(query(element, 'price-changed')).toBeNull();
  });

  it('closes with "confirm" on Confirm, naming the total', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    const confirm = get(element, 'confirm');
    expect(confirm.label).toBe('Confirm and submit ($86.12)');
    click(confirm);

    expect(close).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledWith('confirm');
  });

  it('closes with no value on Cancel', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    click(query(element, 'cancel'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledWith(null);
  });

  it('opens small, with its label, the quote and the estimate', async () => {
    const open = jest.fn().mockResolvedValue('confirm');
    NiprSubmitConfirm.open = open;

    await expect(confirmSubmission(QUOTE, 86.12)).resolves.toBe('confirm');
    expect(open).toHaveBeenCalledWith({
      size: 'small',
      label: 'Confirm NIPR submission',
      quote: QUOTE,
      estimate: 86.12,
      simulated: false
    });
  });

  it('renders an empty quote without failing', async () => {
    const element = await renderElement('c-nipr-submit-confirm', NiprSubmitConfirm);

    expect(query(element, 'total')?.textContent).toBe('$0.00');
  });

  it('is accessible', async () => {
    const element = await createModal({ estimate: 80 });

    await expect(element).toBeAccessible();
  });

  it('states that nothing is filed with NIPR when the gateway is Simulated', async () => {
    const modal = await createModal({ simulated: true });

    const notice = query<HTMLElement>(modal, 'simulated');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(exactText(notice?.querySelector('p') ?? null)).toBe('Simulated — nothing is filed with NIPR');
    await expect(modal).toBeAccessible();
  });

  it('says nothing about simulation when Live', async () => {
    const modal = await createModal();

    expect(query(modal, 'simulated')).toBeNull();
  });

  it('passes Simulated to the modal', async () => {
    const open = jest.fn().mockResolvedValue(undefined);
    NiprSubmitConfirm.open = open;

    await confirmSubmission(QUOTE, null, true);
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ simulated: true }));
  });

  it("names each transaction's producer in a Producer column when the page lists everyone's", async () => {
    const producers = { t1: 'Pat Jones', t2: 'Pat Jones', t3: 'Sam Lee', t4: 'Sam Lee' };
    const modal = await renderElement<ModalElement & { producers: Record<string, string> }>(
      'c-nipr-submit-confirm',
      NiprSubmitConfirm,
      { quote: QUOTE, producers }
    );

    expect(exactText(query(modal, 'producer-column'))).toBe('Producer');
    expect(queryAll(modal, 'item-producer').map((cell) => exactText(cell))).toEqual([
      'Pat Jones',
      'Pat Jones',
      'Sam Lee',
      'Sam Lee'
    ]);
    expect(select(modal, 'tfoot th')?.getAttribute('colspan')).toBe('4');
    await expect(modal).toBeAccessible();
  });

  it('has no Producer column for one producer, and opens medium-sized with producers', async () => {
    const modal = await createModal();
    expect(query(modal, 'producer-column')).toBeNull();
    expect(select(modal, 'tfoot th')?.getAttribute('colspan')).toBe('3');

    const open = jest.fn().mockResolvedValue('confirm');
    NiprSubmitConfirm.open = open;
    await confirmSubmission(QUOTE, null, false, { t1: 'Pat Jones' });
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ size: 'medium', producers: { t1: 'Pat Jones' } }));
  });
});
