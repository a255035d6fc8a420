import NiprTransactionFilters from 'c/niprTransactionFilters';
import type { Choice, TransactionFilter } from 'c/offboardingCore';
import { changeValue, click, listenForDetail, query, renderElement, resetDom } from 'test-utils';

interface Props {
  producers?: Choice[];
  states?: Choice[];
  showProducer?: boolean;
  disabled?: boolean;
  filter?: TransactionFilter;
}

function createComponent(props: Props = {}): Promise<HTMLElement> {
  return renderElement('c-nipr-transaction-filters', NiprTransactionFilters, {
    producers: [{ value: 'p1', label: 'Pat Producer' }],
    states: [{ value: 'NC', label: 'North Carolina' }],
    ...props
  });
}

describe('c-nipr-transaction-filters', () => {
  afterEach(() => {
    resetDom();
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
    const changed = listenForDetail(element, 'filterchange');

    changeValue(query(element, 'producer'), 'p1');
    changeValue(query(element, 'state'), 'NC');
    changeValue(query(element, 'state'), '');

    expect(changed.mock.calls.map(([detail]) => detail)).toEqual([
      { producerId: 'p1' },
      { producerId: 'p1', state: 'NC' },
      { producerId: 'p1', state: null }
    ]);
  });

  it('filters by where the termination was filed: All, NIPR or Filed elsewhere (the query type)', async () => {
    const element = await createComponent({ filter: { type: 'Termination Filed Elsewhere' } });
    const changed = listenForDetail(element, 'filterchange');
    const kind = query(element, 'kind');

    expect(kind?.label).toBe('Filed through');
    expect(kind?.value).toBe('Termination Filed Elsewhere');
    expect(kind?.options).toEqual([
      { label: 'All', value: '' },
      { label: 'NIPR', value: 'Appointment Termination' },
      { label: 'Filed elsewhere', value: 'Termination Filed Elsewhere' }
    ]);

    changeValue(kind, 'Appointment Termination');
    changeValue(kind, 'not a kind');
    changeValue(kind, '');

    expect(changed.mock.calls.map(([detail]) => detail)).toEqual([{ type: 'Appointment Termination' }, { type: null }]);
  });

  it('clears every filter', async () => {
    const element = await createComponent({ filter: { status: 'Failed' } });
    const changed = listenForDetail(element, 'filterchange');

    click(query(element, 'clear'));

    expect(changed).toHaveBeenCalledWith({});
  });

  it('disables everything while the page works', async () => {
    const element = await createComponent({ disabled: true, showProducer: true, filter: { state: 'NC' } });

    for (const id of ['producer', 'state', 'kind', 'status', 'from-date', 'to-date', 'clear']) {
      expect(query(element, id)?.disabled).toBe(true);
    }
  });

  it('is accessible', async () => {
    const element = await createComponent({ showProducer: true, filter: { state: 'NC' } });

    await expect(element).toBeAccessible();
  });
});
