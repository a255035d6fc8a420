import NiprCorrectTransaction, { askCorrection } from 'c/niprCorrectTransaction';
import type { TransactionRecord } from 'c/offboardingCore';
import { changeValue, click, get, listenForClose, query, renderElement, resetDom } from 'test-utils';

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
  submittedOn: '2026-01-05T16:00:00.000Z',
  submissionStartedOn: null,
  stuck: false
};

function createModal(transaction: TransactionRecord | null = REJECTED): Promise<HTMLElement> {
  return renderElement('c-nipr-correct-transaction', NiprCorrectTransaction, { transaction });
}

describe('c-nipr-correct-transaction', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('says why the transaction needs a correction and starts from its reason and date', async () => {
    const element = await createModal();

    expect(get(element, 'intro').textContent).toContain('the North Carolina termination (Acme Life)');
    expect(get(element, 'why').textContent).toContain('the effective date is more than 15 days old');
    expect(get(element, 'reason').value).toBe('Vol');
    expect(get(element, 'effective-date').value).toBe('2026-01-05');
    expect(get(element, 'reason').options[0]).toEqual({ label: 'No reason (the state takes none)', value: '' });
    expect(get(element, 'reason').options).toHaveLength(16);
  });

  it('closes with the new reason and date on Save', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    changeValue(get(element, 'reason'), 'Canc');
    changeValue(get(element, 'effective-date'), '2026-03-01');
    click(get(element, 'save'));

    expect(close).toHaveBeenCalledWith({ reasonCode: 'Canc', effectiveDate: '2026-03-01' });
  });

  it('sends an emptied reason and date as empty', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    changeValue(get(element, 'reason'), '');
    changeValue(get(element, 'effective-date'), null);
    click(get(element, 'save'));

    expect(close).toHaveBeenCalledWith({ reasonCode: '', effectiveDate: '' });
  });

  it('closes with no value on Cancel', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    click(get(element, 'cancel'));

    expect(close).toHaveBeenCalledWith(null);
  });

  it('renders without a transaction', async () => {
    const element = await createModal(null);

    expect(query(element, 'why')).toBeNull();
    expect(get(element, 'reason').value).toBe('');
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
