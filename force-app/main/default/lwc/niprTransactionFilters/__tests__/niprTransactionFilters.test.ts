import { createElement } from 'lwc';
import NiprTransactionFilters from 'c/niprTransactionFilters';
import type { Choice, TransactionFilter } from 'c/offboardingCore';

interface FieldStub extends HTMLElement {
  label: string;
  value: string;
  disabled: boolean;
  options: { label: string; value: string }[];
}

interface Props {
  producers?: Choice[];
  states?: Choice[];
  showProducer?: boolean;
  disabled?: boolean;
  filter?: TransactionFilter;
}

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createComponent(props: Props = {}): Promise<HTMLElement> {
  const element = createElement('c-nipr-transaction-filters', { is: NiprTransactionFilters });
  Object.assign(element, {
    producers: [{ value: 'p1', label: 'Pat Producer' }],
    states: [{ value: 'NC', label: 'North Carolina' }],
    ...props
  });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function query(element: HTMLElement, dataId: string): FieldStub | null {
  return element.shadowRoot?.querySelector<FieldStub>(`[data-id="${dataId}"]`) ?? null;
}

function listen(element: HTMLElement): jest.Mock {
  const changed = jest.fn();
  element.addEventListener('filterchange', (event) => changed((event as CustomEvent<TransactionFilter>).detail));
  return changed;
}

describe('c-nipr-transaction-filters', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows the filter it is given, the producer only when asked', async () => {
    const element = await createComponent({
      filter: { state: 'NC', status: 'Rejected', fromDate: '2026-03-01', toDate: '2026-03-09' }
    });

    expect(query(element, 'producer')).toBeNull();
    expect(query(element, 'state')?.value).toBe('NC');
    expect(query(element, 'status')?.value).toBe('Rejected');
    expect(query(element, 'from-date')?.value).toBe('2026-03-01');
    expect(query(element, 'to-date')?.value).toBe('2026-03-09');
    expect(query(element, 'state')?.options).toEqual([
      { label: 'All states', value: '' },
      { label: 'North Carolina', value: 'NC' }
    ]);
    expect(query(element, 'clear')?.disabled).toBe(false);
  });

  it('sends the whole filter on each change, keeping quick successive changes', async () => {
    const element = await createComponent({ showProducer: true });
    const changed = listen(element);

    query(element, 'producer')?.dispatchEvent(new CustomEvent('change', { detail: { value: 'p1' } }));
    query(element, 'state')?.dispatchEvent(new CustomEvent('change', { detail: { value: 'NC' } }));
    query(element, 'state')?.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));

    expect(changed.mock.calls.map(([detail]) => detail)).toEqual([
      { producerId: 'p1' },
      { producerId: 'p1', state: 'NC' },
      { producerId: 'p1', state: null }
    ]);
  });

  it('clears every filter', async () => {
    const element = await createComponent({ filter: { status: 'Failed' } });
    const changed = listen(element);

    query(element, 'clear')?.dispatchEvent(new CustomEvent('click'));

    expect(changed).toHaveBeenCalledWith({});
  });

  it('disables everything while the page works', async () => {
    const element = await createComponent({ disabled: true, showProducer: true, filter: { state: 'NC' } });

    for (const id of ['producer', 'state', 'status', 'from-date', 'to-date', 'clear']) {
      expect(query(element, id)?.disabled).toBe(true);
    }
  });

  it('is accessible', async () => {
    const element = await createComponent({ showProducer: true, filter: { state: 'NC' } });

    await expect(element).toBeAccessible();
  });
});
