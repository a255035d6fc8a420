import undoRecordedTermination from '@salesforce/apex/NiprTransactionController.undoRecordedTermination';
import NiprUndoRecord, { askUndo } from 'c/niprUndoRecord';
import type { TransactionRecord } from 'c/offboardingCore';
import {
  changeValue,
  click,
  flushPromises,
  get,
  getShownError,
  listenForClose,
  renderElement,
  resetDom,
  text
} from 'test-utils';

jest.mock('@salesforce/apex/NiprTransactionController.undoRecordedTermination', () => ({ default: jest.fn() }), {
  virtual: true
});

const mockUndo = jest.mocked(undoRecordedTermination);

const RECORDED: TransactionRecord = {
  id: 't5',
  name: 'NTX-000005',
  producerId: 'p1',
  producerName: 'Pat Jones',
  appointmentId: 'apt5',
  state: 'NY',
  stateName: 'New York',
  companyName: 'Acme Life',
  licenseClass: 'Life',
  linesOfAuthority: 'Life',
  lines: 1,
  reasonCode: 'Vol',
  effectiveDate: '2026-03-01',
  fee: 0,
  status: 'Filed Outside NIPR',
  statusText: 'Filed Outside NIPR',
  statusDetail: null,
  nextStep: null,
  niprCode: null,
  niprReference: null,
  createdDate: '2026-03-02T15:00:00.000Z',
  createdOn: '2026-03-02',
  submittedOn: null,
  submissionStartedOn: null,
  stuck: false,
  filedElsewhere: true,
  channel: 'State Portal',
  filedOn: '2026-03-02',
  externalReference: 'DFS-1234',
  filingNote: null
};

function createModal(): Promise<HTMLElement> {
  return renderElement('c-nipr-undo-record', NiprUndoRecord, { transaction: RECORDED });
}

describe('c-nipr-undo-record', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('says what undoing does and asks for a required reason of at most 1,000 characters, with a counter', async () => {
    const element = await createModal();
    const reason = get(element, 'reason');

    expect(text(get(element, 'intro'))).toBe(
      'Undo the record of the New York termination (Acme Life), filed outside NIPR on March 2, 2026? Undo it only if it was recorded by mistake: the transaction is Cancelled and the appointment is Active again. Nothing changes where the termination was filed.'
    );
    expect(reason.required).toBe(true);
    expect((reason as unknown as { maxLength: number }).maxLength).toBe(1000);
    expect(text(get(element, 'reason-counter'))).toBe('0 of 1,000 characters');

    changeValue(reason, 'Recorded on the wrong producer');
    await flushPromises();

    expect(text(get(element, 'reason-counter'))).toBe('30 of 1,000 characters');
  });

  it('does not call the server without a reason: the field says what to enter and has the focus', async () => {
    const element = await createModal();
    const reason = get(element, 'reason');
    const setValidity = jest.spyOn(reason, 'setCustomValidity');
    const close = listenForClose(element);

    changeValue(reason, '   ');
    click(get(element, 'undo-confirm'));
    await flushPromises();

    expect(mockUndo).not.toHaveBeenCalled();
    expect(setValidity).toHaveBeenLastCalledWith('Enter why the record is undone.');
    expect(close).not.toHaveBeenCalled();
  });

  it('undoes the record with the reason and closes with the transaction the server sent back', async () => {
    const undone = { id: 't5', name: 'NTX-000005', status: 'Cancelled' };
    mockUndo.mockResolvedValue(undone);
    const element = await createModal();
    const close = listenForClose(element);

    changeValue(get(element, 'reason'), '  Recorded on the wrong producer ');
    click(get(element, 'undo-confirm'));
    await flushPromises();

    expect(mockUndo).toHaveBeenCalledWith({ transactionId: 't5', reason: 'Recorded on the wrong producer' });
    expect(close).toHaveBeenCalledWith(undone);
  });

  it("shows the server's refusal in the dialog and stays open", async () => {
    mockUndo.mockRejectedValue({
      body: {
        message:
          'NTX-000005 cannot be undone: its appointment has later activity (NTX-000009, Draft). Cancel that first.'
      }
    });
    const element = await createModal();
    const close = listenForClose(element);

    changeValue(get(element, 'reason'), 'Mistake');
    click(get(element, 'undo-confirm'));
    await flushPromises();

    expect(close).not.toHaveBeenCalled();
    expect(text(getShownError(element, 'undo-error'))).toContain('its appointment has later activity');
    expect(get(element, 'undo-confirm').disabled).toBe(false);
    expect(element.shadowRoot?.activeElement).toBe(get(element, 'error'));
  });

  it('closes with no value on Cancel', async () => {
    const element = await createModal();
    const close = listenForClose(element);

    click(get(element, 'undo-cancel'));

    expect(close).toHaveBeenCalledWith(null);
  });

  it('opens small, labelled with the transaction', async () => {
    const open = jest.fn().mockResolvedValue(undefined);
    NiprUndoRecord.open = open;

    await expect(askUndo(RECORDED)).resolves.toBeUndefined();
    expect(open).toHaveBeenCalledWith({ size: 'small', label: 'Undo record NTX-000005', transaction: RECORDED });
  });

  it('is accessible, also with an error shown', async () => {
    mockUndo.mockRejectedValue({ body: { message: 'Refused.' } });
    const element = await createModal();
    await expect(element).toBeAccessible();

    changeValue(get(element, 'reason'), 'Mistake');
    click(get(element, 'undo-confirm'));
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});
