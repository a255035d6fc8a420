import { createElement } from 'lwc';
import NiprCorrectTransaction, { askCorrection } from 'c/niprCorrectTransaction';
import type { TransactionRecord } from 'c/offboardingCore';

interface FieldStub extends HTMLElement {
  label: string;
  value: string;
  options: { label: string; value: string }[];
}

const REJECTED: TransactionRecord = {
  id: 't1',
  name: 'NTX-000001',
  producerId: 'p1',
  producerName: 'Pat Producer',
  appointmentId: 'apt1',
  state: 'NC',
  stateName: 'North Carolina',
  companyName: 'Acme Life',
  licenseClass: 'Life',
  linesOfAuthority: 'Life;Health',
  lines: 2,
  reasonCode: 'Vol',
  effectiveDate: '2026-01-05',
  fee: 21.53,
  status: 'Rejected',
  statusText: 'Rejected',
  statusDetail: 'North Carolina rejected the termination: the effective date is more than 15 days old.',
  nextStep: null,
  niprCode: 'DATE_TOO_OLD',
  niprReference: 'NIPR-1',
  createdDate: '2026-01-05T15:00:00.000Z',
  createdOn: '2026-01-05',
  submittedOn: '2026-01-05T16:00:00.000Z'
};

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createModal(transaction: TransactionRecord | null = REJECTED): Promise<HTMLElement> {
  const element = createElement('c-nipr-correct-transaction', { is: NiprCorrectTransaction });
  Object.assign(element, { transaction });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function query<T extends HTMLElement = FieldStub>(element: HTMLElement, dataId: string): T {
  const found = element.shadowRoot?.querySelector<T>(`[data-id="${dataId}"]`);
  if (!found) {
    throw new Error(`no [data-id="${dataId}"]`);
  }
  return found;
}

/** What the modal resolves with: the stub's close(value) sends a 'close' event carrying it (undefined reads as null). */
function listenForClose(element: HTMLElement): jest.Mock {
  const closed = jest.fn();
  element.addEventListener('close', (event) => closed((event as CustomEvent<unknown>).detail));
  return closed;
}

describe('c-nipr-correct-transaction', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('says why the transaction needs a correction and starts from its reason and date', async () => {
    const element = await createModal();

    expect(query(element, 'intro').textContent).toContain('the North Carolina termination (Acme Life)');
    expect(query(element, 'why').textContent).toContain('the effective date is more than 15 days old');
    expect(query(element, 'reason').value).toBe('Vol');
    expect(query(element, 'effective-date').value).toBe('2026-01-05');
    expect(query(element, 'reason').options[0]).toEqual({ label: 'No reason (the state takes none)', value: '' });
    expect(query(element, 'reason').options).toHaveLength(16);
  });

  it('closes with the new reason and date on Save', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    query(element, 'reason').dispatchEvent(new CustomEvent('change', { detail: { value: 'Canc' } }));
    query(element, 'effective-date').dispatchEvent(new CustomEvent('change', { detail: { value: '2026-03-01' } }));
    query(element, 'save').dispatchEvent(new CustomEvent('click'));

    expect(close).toHaveBeenCalledWith({ reasonCode: 'Canc', effectiveDate: '2026-03-01' });
  });

  it('sends an emptied reason and date as empty', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    query(element, 'reason').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
    query(element, 'effective-date').dispatchEvent(new CustomEvent('change', { detail: { value: null } }));
    query(element, 'save').dispatchEvent(new CustomEvent('click'));

    expect(close).toHaveBeenCalledWith({ reasonCode: '', effectiveDate: '' });
  });

  it('closes with no value on Cancel', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    query(element, 'cancel').dispatchEvent(new CustomEvent('click'));

    expect(close).toHaveBeenCalledWith(null);
  });

  it('renders without a transaction', async () => {
    const element = await createModal(null);

    expect(element.shadowRoot?.querySelector('[data-id="why"]')).toBeNull();
    expect(query(element, 'reason').value).toBe('');
  });

  it('opens small, labelled with the transaction', async () => {
    const open = jest.fn().mockResolvedValue({ reasonCode: 'Vol', effectiveDate: '' });
    NiprCorrectTransaction.open = open;

    await expect(askCorrection(REJECTED)).resolves.toEqual({ reasonCode: 'Vol', effectiveDate: '' });
    expect(open).toHaveBeenCalledWith({ size: 'small', label: 'Correct NTX-000001', transaction: REJECTED });
  });

  it('is accessible', async () => {
    const element = await createModal();

    await expect(element).toBeAccessible();
  });
});
