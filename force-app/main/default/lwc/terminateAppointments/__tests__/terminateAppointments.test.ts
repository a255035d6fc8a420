import * as navigation from 'lightning/navigation';
import getTerminationContext from '@salesforce/apex/TerminationController.getTerminationContext';
import createTerminations from '@salesforce/apex/TerminationController.createTerminations';
import { parseComplianceRules } from 'c/offboardingCore';
import TerminateAppointments from 'c/terminateAppointments';
import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import reasonsJson from '../../../../../../data/compliance/termination-reasons.json';
import {
  changeChecked,
  changeValue,
  click,
  exactText,
  flushPromises,
  query,
  queryAll,
  renderElement,
  resetDom,
  select,
  selectAll,
  shadow,
  shownError,
  type FieldStub
} from 'test-utils';

jest.mock('@salesforce/apex/TerminationController.getTerminationContext', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/TerminationController.createTerminations', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: true }), { virtual: true });

interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}

const mockGetContext = jest.mocked(getTerminationContext);
const mockCreate = jest.mocked(createTerminations);
const navigationMock = navigation as unknown as NavigationMock;

// ----------------------------------------------------------------------------------------------------------------
// Fixtures: the real rules of data/compliance/state-termination-rules.json.
// FL: reason Vol/Death/RRR, date required, 33 days back. TX: reason Canc only, date ignored, for cause offline.
// NY: filed on the state portal (DFS). NC: reason Vol, 15 days back, $10 per line. DC: no reason, date ignored.

const PRODUCER_ID = '003000000000001AAA';
const TODAY = '2024-03-05';
const RULES = parseComplianceRules(rulesJson);

/** The rule as Apex sends it: null fields are left out. */
function apexRule(state: string): Apex.ComplianceRule {
  const rule = RULES.find((candidate) => candidate.state === state);
  if (!rule) {
    throw new Error(`No rule for ${state}`);
  }
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== null));
}

function appointment(id: string, state: string, companyName: string, licenseClass: string, lines: string) {
  return { id, producerId: PRODUCER_ID, state, companyName, licenseClass, linesOfAuthority: lines, status: 'Active' };
}

const APPOINTMENTS: Apex.AppointmentInfo[] = [
  appointment('a0FL2', 'FL', 'Beta Insurance', 'Life', 'Life'),
  appointment('a0FL1', 'FL', 'Acme Life', 'Health', 'Accident & Health'),
  appointment('a0TX1', 'TX', 'Acme Life', 'Life', 'Life'),
  appointment('a0NY1', 'NY', 'Acme Life', 'Life', 'Life'),
  appointment('a0NC1', 'NC', 'Acme Life', 'Life', 'Life;Accident & Health'),
  appointment('a0DC1', 'DC', 'Acme Life', 'Life', 'Life')
];

function context(overrides: Partial<Apex.TerminationContext> = {}): Apex.TerminationContext {
  return {
    producer: {
      id: PRODUCER_ID,
      name: 'Pat Producer',
      kind: 'individual',
      objectApiName: 'Contact',
      npn: '1234567',
      niprTracking: 'Active'
    },
    canTerminate: true,
    trackingActive: true,
    appointments: APPOINTMENTS,
    rules: ['FL', 'TX', 'NY', 'NC', 'DC'].map(apexRule),
    reasons: reasonsJson,
    setting: { niprFeePerTransaction: 1.53, gatewayMode: 'Simulated' },
    today: TODAY,
    ...overrides
  };
}

// ----------------------------------------------------------------------------------------------------------------
// Helpers

/** Opens the action on the producer and lets the context load (as the mocked getTerminationContext answers). */
function openAction(): Promise<HTMLElement> {
  return renderElement('c-terminate-appointments', TerminateAppointments, { recordId: PRODUCER_ID });
}

function createComponent(result: Apex.TerminationContext = context()): Promise<HTMLElement> {
  mockGetContext.mockResolvedValue(result);
  return openAction();
}

function group(element: HTMLElement, state: string): HTMLElement {
  const found = select<HTMLElement>(element, `c-terminate-state-group[data-state="${state}"]`);
  if (!found) {
    throw new Error(`No group for ${state}`);
  }
  return found;
}

function inGroup(element: HTMLElement, state: string, dataId: string): FieldStub | null {
  return query(group(element, state), dataId);
}

function checkboxes(element: HTMLElement, state: string): FieldStub[] {
  return queryAll(group(element, state), 'appointment');
}

async function check(element: HTMLElement, state: string, index = 0, checked = true): Promise<void> {
  const box = checkboxes(element, state)[index];
  if (!box) {
    throw new Error(`No checkbox ${index} in ${state}`);
  }
  changeChecked(box, checked);
  await flushPromises();
}

async function enter(element: HTMLElement, state: string, dataId: string, value: string): Promise<void> {
  changeValue(inGroup(element, state, dataId), value);
  await flushPromises();
}

/** Clicks a button and lets the re-render run. */
async function press(button: Element | null): Promise<void> {
  click(button);
  await flushPromises();
}

/** FL (Acme Life) with Voluntary, March 1; TX with Cancelled: a valid request. */
async function chooseValid(element: HTMLElement): Promise<void> {
  await check(element, 'FL');
  await enter(element, 'FL', 'reason', 'Vol');
  await enter(element, 'FL', 'effective-date', '2024-03-01');
  await check(element, 'TX');
  await enter(element, 'TX', 'reason', 'Canc');
}

const VALID_REQUEST: Apex.TerminationRequest = {
  producerId: PRODUCER_ID,
  requestId: 'request-1',
  selections: [
    { state: 'FL', appointmentIds: ['a0FL1'], reasonCode: 'Vol', effectiveDate: '2024-03-01' },
    { state: 'TX', appointmentIds: ['a0TX1'], reasonCode: 'Canc' }
  ]
};

describe('c-terminate-appointments', () => {
  let randomUUID: jest.Mock<string, []>;

  beforeEach(() => {
    randomUUID = jest.fn(() => 'request-1');
    Object.defineProperty(window.crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
  });

  afterEach(() => {
    resetDom();
    navigationMock.resetNavigation();
    jest.restoreAllMocks();
    jest.clearAllMocks();
  });

  it('shows a spinner while the context loads', async () => {
    mockGetContext.mockReturnValue(new Promise(() => undefined));
    const element = await openAction();

    expect(mockGetContext).toHaveBeenCalledWith({ producerId: PRODUCER_ID });
    expect(query(element, 'loading')).not.toBeNull();
    expect(select(element, 'c-terminate-state-group')).toBeNull();
    expect(query(element, 'submit')).toBeNull();
  });

  it('lists the eligible appointments by state, with a labelled checkbox each', async () => {
    const element = await createComponent();

    expect(mockGetContext).toHaveBeenCalledTimes(1);
    expect(select(element, 'lightning-quick-action-panel')).toHaveProperty(
      'header',
      'Terminate appointments — Pat Producer'
    );
    expect(query(element, 'loading')).toBeNull();
    const states = selectAll<HTMLElement>(element, 'c-terminate-state-group');
    expect(states.map((node) => exactText(query(node, 'legend')))).toEqual([
      'District of Columbia',
      'Florida',
      'New York',
      'North Carolina',
      'Texas'
    ]);
    expect(checkboxes(element, 'FL').map((box) => box.label)).toEqual([
      'Florida: Acme Life, Health (Accident & Health)',
      'Florida: Beta Insurance, Life (Life)'
    ]);
    expect(checkboxes(element, 'NC').map((box) => box.label)).toEqual([
      'North Carolina: Acme Life, Life (Life, Accident & Health)'
    ]);
    expect(checkboxes(element, 'FL').every((box) => !box.checked && !box.disabled)).toBe(true);
    expect(exactText(query(element, 'selected-count'))).toBe('0 of 6 appointments selected');
    expect(queryAll(group(element, 'TX'), 'warning').map(exactText)).toEqual([
      expect.stringMatching(/^If this is a termination for cause, Texas also needs its own form/),
      expect.stringMatching(/^Part of the Texas rule is not confirmed by a source/)
    ]);
    // The renewal text is a quiet note, never a warning (issue 12).
    expect(exactText(inGroup(element, 'FL', 'warnings'))).not.toContain('renewal');
    expect(exactText(inGroup(element, 'FL', 'renewal-note'))).toMatch(
      /^Renewal note \(from the Compliance Library\): Renewal every 24 months/
    );
    expect(query(element, 'submit')).not.toBeNull();
  });

  it('says so when the server reports no permission', async () => {
    const element = await createComponent(context({ canTerminate: false }));

    expect(exactText(query(element, 'no-permission'))).toContain(
      'You do not have permission to terminate appointments.'
    );
    expect(select(element, 'c-terminate-state-group')).toBeNull();
    expect(query(element, 'submit')).toBeNull();
    expect(query(element, 'cancel')).not.toBeNull();
  });

  it('asks to activate NIPR tracking first when it is inactive', async () => {
    const element = await createComponent(context({ trackingActive: false }));

    expect(exactText(query(element, 'tracking-inactive'))).toMatch(
      /^NIPR tracking for Pat Producer is Inactive\. Set it to Active before terminating appointments/
    );
    expect(select(element, 'c-terminate-state-group')).toBeNull();
    expect(query(element, 'submit')).toBeNull();
  });

  it('shows an empty state when no appointment is eligible', async () => {
    const element = await createComponent(context({ appointments: [] }));

    expect(exactText(query(element, 'empty'))).toContain('No appointments to terminate');
    expect(exactText(query(element, 'empty'))).toContain('Pat Producer has no active appointment');
    expect(query(element, 'submit')).toBeNull();
  });

  it('shows the server message when the context cannot be loaded', async () => {
    mockGetContext.mockRejectedValue({ body: { message: 'You do not have access to this Contact.' } });
    const element = await openAction();

    expect(exactText(shownError(element, 'load-error'))).toBe('You do not have access to this Contact.');
    expect(query(element, 'loading')).toBeNull();
    expect(query(element, 'submit')).toBeNull();
  });

  it('lets the appointments of a state not filed through NIPR be recorded, and says where to file', async () => {
    const element = await createComponent();

    expect(checkboxes(element, 'NY').map((box) => box.disabled)).toEqual([false]);
    expect(inGroup(element, 'NY', 'select-all')?.disabled).toBe(false);
    expect(inGroup(element, 'NY', 'record-filed-elsewhere')).toBeNull();
    expect(exactText(inGroup(element, 'NY', 'file-instead'))).toContain(
      'File the New York termination directly on the Department of Financial Services (DFS) website'
    );
    expect(inGroup(element, 'FL', 'file-instead')).toBeNull();
  });

  it('offers each state its accepted reasons once an appointment is selected', async () => {
    const element = await createComponent();
    expect(inGroup(element, 'FL', 'reason')).toBeNull();

    await check(element, 'FL');
    await check(element, 'TX');
    await check(element, 'NC');
    await check(element, 'DC');

    const florida = inGroup(element, 'FL', 'reason');
    expect(florida?.label).toBe('Florida termination reason');
    expect(florida?.required).toBe(true);
    expect(florida?.options).toEqual([
      { label: 'Voluntary termination', value: 'Vol' },
      { label: 'Death', value: 'Death' },
      { label: 'Request regulatory review', value: 'RRR' }
    ]);
    expect(inGroup(element, 'TX', 'reason')?.options).toEqual([{ label: 'Cancelled', value: 'Canc' }]);
    expect(inGroup(element, 'NC', 'reason')?.options).toEqual([{ label: 'Voluntary termination', value: 'Vol' }]);
    expect(inGroup(element, 'DC', 'reason')).toBeNull();
    expect(exactText(inGroup(element, 'DC', 'no-reason'))).toBe(
      'District of Columbia takes no termination reason: none is sent.'
    );
  });

  it('asks for an effective date only where the state uses it, within its window', async () => {
    const element = await createComponent();
    await check(element, 'FL');
    await check(element, 'NC');
    await check(element, 'TX');

    const florida = inGroup(element, 'FL', 'effective-date');
    expect(florida?.label).toBe('Florida effective date');
    expect([florida?.min, florida?.max, florida?.required]).toEqual(['2024-02-01', '2024-03-05', true]);
    expect(florida?.fieldLevelHelp).toBe(
      'Florida accepts an effective date from February 1, 2024 to March 5, 2024. Source: https://agentsync.io/compliance-library/jurisdictions/florida'
    );
    const carolina = inGroup(element, 'NC', 'effective-date');
    expect([carolina?.min, carolina?.max]).toEqual(['2024-02-19', '2024-03-05']);
    expect(inGroup(element, 'TX', 'effective-date')).toBeNull();
    expect(exactText(inGroup(element, 'TX', 'date-ignored'))).toBe(
      'Texas records its own processing date as the effective date: no date is sent.'
    );
  });

  it('selects all or none, per state and overall', async () => {
    const element = await createComponent();

    await press(inGroup(element, 'FL', 'select-all'));
    expect(checkboxes(element, 'FL').map((box) => box.checked)).toEqual([true, true]);
    expect(exactText(inGroup(element, 'FL', 'state-count'))).toBe('2 of 2 selected');
    expect(exactText(query(element, 'selected-count'))).toBe('2 of 6 appointments selected');

    await press(inGroup(element, 'FL', 'select-none'));
    expect(checkboxes(element, 'FL').map((box) => box.checked)).toEqual([false, false]);

    await press(query(element, 'select-all'));
    expect(exactText(query(element, 'selected-count'))).toBe('6 of 6 appointments selected');
    expect(checkboxes(element, 'NY').map((box) => box.checked)).toEqual([true]);

    await check(element, 'FL', 1, false);
    expect(checkboxes(element, 'FL').map((box) => box.checked)).toEqual([true, false]);
    expect(exactText(query(element, 'selected-count'))).toBe('5 of 6 appointments selected');

    await press(query(element, 'select-none'));
    expect(exactText(query(element, 'selected-count'))).toBe('0 of 6 appointments selected');
  });

  it('shows every problem at the top and on its field, and moves focus to the first one', async () => {
    const element = await createComponent();
    await check(element, 'FL');
    await enter(element, 'FL', 'effective-date', '2024-01-31');
    const reason = inGroup(element, 'FL', 'reason');
    const date = inGroup(element, 'FL', 'effective-date');
    if (!reason || !date) {
      throw new Error('Florida fields missing');
    }
    const reasonValidity = jest.spyOn(reason, 'setCustomValidity');
    const dateValidity = jest.spyOn(date, 'setCustomValidity');
    const reasonReport = jest.spyOn(reason, 'reportValidity');
    const reasonFocus = jest.spyOn(reason, 'focus');

    await press(query(element, 'submit'));

    expect(mockCreate).not.toHaveBeenCalled();
    expect(query(element, 'problem-summary')?.closest('[role="alert"]')).not.toBeNull();
    expect(queryAll(element, 'problem').map(exactText)).toEqual([
      'Florida requires a termination reason. Choose Voluntary termination, Death or Request regulatory review.',
      'Florida accepts an effective date at most 33 days back. Enter February 1, 2024 or later.'
    ]);
    expect(reasonValidity).toHaveBeenLastCalledWith(
      'Florida requires a termination reason. Choose Voluntary termination, Death or Request regulatory review.'
    );
    expect(reasonReport).toHaveBeenCalled();
    expect(dateValidity).toHaveBeenLastCalledWith(
      'Florida accepts an effective date at most 33 days back. Enter February 1, 2024 or later.'
    );
    expect(reasonFocus).toHaveBeenCalledTimes(1);

    await enter(element, 'FL', 'reason', 'Vol');
    expect(reasonValidity).toHaveBeenLastCalledWith('');
    expect(queryAll(element, 'problem').map(exactText)).toEqual([
      'Florida accepts an effective date at most 33 days back. Enter February 1, 2024 or later.'
    ]);
  });

  it('asks for a selection when nothing is selected, focusing the summary', async () => {
    const element = await createComponent();

    await press(query(element, 'submit'));

    expect(mockCreate).not.toHaveBeenCalled();
    expect(queryAll(element, 'problem').map(exactText)).toEqual(['Select at least one appointment to terminate.']);
    expect(shadow(element).activeElement).toBe(query(element, 'problem-summary'));

    await check(element, 'FL');
    expect(query(element, 'problem-summary')).toBeNull();
  });

  it('sends the request once, even on a double click, and shows progress meanwhile', async () => {
    let resolve: (result: Apex.TerminationResult) => void = () => undefined;
    mockCreate.mockReturnValue(new Promise((done) => (resolve = done)));
    const element = await createComponent();
    await chooseValid(element);

    const submit = query(element, 'submit');
    click(submit);
    click(submit);
    await flushPromises();

    expect(mockCreate).toHaveBeenCalledTimes(1);
    expect(mockCreate).toHaveBeenCalledWith({ request: VALID_REQUEST });
    expect(query(element, 'problem-summary')).toBeNull();
    expect(query(element, 'submit')?.disabled).toBe(true);
    expect(query(element, 'submitting')).not.toBeNull();

    resolve({ transactionIds: ['t1', 't2'], created: 2, alreadyExisted: 0 });
    await flushPromises();
    await press(query(element, 'submit'));
    expect(mockCreate).toHaveBeenCalledTimes(1);
  });

  it('on success shows a toast, refreshes the record page, closes the action and opens the NIPR transactions of the producer', async () => {
    mockCreate.mockResolvedValue({ transactionIds: ['t1', 't2'], created: 2, alreadyExisted: 0 });
    const element = await createComponent();
    const toast = jest.fn();
    const close = jest.fn();
    const refresh = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    element.addEventListener('lightning__actionsclosescreen', close);
    element.addEventListener('lightning__refresh', refresh);
    await chooseValid(element);

    await press(query(element, 'submit'));

    expect(refresh).toHaveBeenCalledTimes(1);
    expect(toast).toHaveBeenCalledTimes(1);
    expect(toast.mock.calls[0]?.[0].detail).toEqual({
      title: '2 NIPR transactions created',
      message: 'Review and submit the terminations of Pat Producer on the NIPR Transactions page.',
      variant: 'success'
    });
    expect(close).toHaveBeenCalledTimes(1);
    expect(navigationMock.getNavigateCalledWith().pageReference).toEqual({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: PRODUCER_ID }
    });
  });

  it('counts one transaction in the singular', async () => {
    mockCreate.mockResolvedValue({ created: 0, alreadyExisted: 1 });
    const element = await createComponent();
    const toast = jest.fn();
    element.addEventListener('lightning__showtoast', toast);
    await check(element, 'TX');
    await enter(element, 'TX', 'reason', 'Canc');

    await press(query(element, 'submit'));

    expect(toast.mock.calls[0]?.[0].detail.title).toBe('1 NIPR transaction created');
  });

  it('shows a server error in the modal, keeps the selection and retries with the same request id', async () => {
    mockCreate.mockRejectedValueOnce({
      body: { message: 'Florida: APT-000001 already has an open NIPR transaction. Refresh and try again.' }
    });
    const element = await createComponent();
    const close = jest.fn();
    element.addEventListener('lightning__actionsclosescreen', close);
    await chooseValid(element);

    await press(query(element, 'submit'));

    expect(exactText(shownError(element, 'submit-error'))).toBe(
      'Florida: APT-000001 already has an open NIPR transaction. Refresh and try again.'
    );
    expect(shownError(element, 'submit-error')?.parentElement?.getAttribute('role')).toBe('alert');
    expect(close).not.toHaveBeenCalled();
    expect(checkboxes(element, 'FL').map((box) => box.checked)).toEqual([true, false]);
    expect(inGroup(element, 'FL', 'reason')?.value).toBe('Vol');
    expect(query(element, 'submit')?.disabled).toBe(false);
    expect(query(element, 'submitting')).toBeNull();

    mockCreate.mockResolvedValueOnce({ transactionIds: ['t1', 't2'], created: 2, alreadyExisted: 0 });
    await press(query(element, 'submit'));

    expect(mockCreate).toHaveBeenCalledTimes(2);
    expect(mockCreate).toHaveBeenLastCalledWith({ request: VALID_REQUEST });
    expect(randomUUID).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('closes on Cancel', async () => {
    const element = await createComponent();
    const close = jest.fn();
    element.addEventListener('lightning__actionsclosescreen', close);

    await press(query(element, 'cancel'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(mockCreate).not.toHaveBeenCalled();
  });

  it('estimates the fees of the selection', async () => {
    const element = await createComponent();
    expect(exactText(query(element, 'fee-none'))).toBe('Select appointments to see the estimated fees.');
    expect(query(element, 'fees')?.getAttribute('aria-live')).toBe('polite');

    await check(element, 'NC');
    await check(element, 'FL');

    expect(exactText(query(element, 'fee-nipr'))).toBe('NIPR fees: $3.06 (2 transactions at $1.53)');
    expect(exactText(query(element, 'fee-state'))).toBe('State fees: $20.00');
    expect(exactText(query(element, 'fee-total'))).toBe('Estimated total: $23.06');
    expect(query(element, 'fee-unknown')).toBeNull();
  });

  it('names the states whose fee is not known', async () => {
    const element = await createComponent(
      context({
        appointments: [...APPOINTMENTS, appointment('a0IA1', 'IA', 'Acme Life', 'Life', 'Life')],
        rules: ['FL', 'TX', 'NY', 'NC', 'DC', 'IA'].map(apexRule)
      })
    );

    await check(element, 'IA');

    expect(exactText(query(element, 'fee-nipr'))).toBe('NIPR fees: $1.53 (1 transaction at $1.53)');
    expect(exactText(query(element, 'fee-total'))).toBe('Estimated total: $1.53');
    expect(exactText(query(element, 'fee-unknown'))).toBe('State fee not known for Iowa: not included in the total.');
  });

  it('preselects the only reason of a NIPR state, so NC and TX submit without choosing one', async () => {
    mockCreate.mockResolvedValue({ transactionIds: ['t1', 't2'], created: 2, alreadyExisted: 0 });
    const element = await createComponent();

    await check(element, 'NC');
    await check(element, 'TX');
    await check(element, 'FL');

    expect(inGroup(element, 'NC', 'reason')?.value).toBe('Vol');
    expect(inGroup(element, 'TX', 'reason')?.value).toBe('Canc');
    expect(inGroup(element, 'FL', 'reason')?.value).toBe('');
    await check(element, 'FL', 0, false);
    await enter(element, 'NC', 'effective-date', '2024-03-01');
    await press(query(element, 'submit'));

    expect(queryAll(element, 'problem')).toEqual([]);
    expect(mockCreate).toHaveBeenCalledWith({
      request: {
        producerId: PRODUCER_ID,
        requestId: 'request-1',
        selections: [
          { state: 'NC', appointmentIds: ['a0NC1'], reasonCode: 'Vol', effectiveDate: '2024-03-01' },
          { state: 'TX', appointmentIds: ['a0TX1'], reasonCode: 'Canc' }
        ]
      }
    });
  });

  it('keeps the preselected reason through Select all and Select none', async () => {
    const element = await createComponent();

    await press(query(element, 'select-all'));
    await press(query(element, 'select-none'));
    await press(inGroup(element, 'TX', 'select-all'));

    expect(inGroup(element, 'TX', 'reason')?.value).toBe('Canc');
  });

  it('moves focus to its heading once the appointments are loaded', async () => {
    const element = await createComponent();

    const heading = query<HTMLElement>(element, 'heading');
    expect(exactText(heading)).toBe('Choose the appointments to terminate');
    expect(heading?.tagName).toBe('H2');
    expect(heading?.getAttribute('tabindex')).toBe('-1');
    expect(shadow(element).activeElement).toBe(heading);
  });

  it('moves focus to the empty state heading when nothing can be terminated', async () => {
    const element = await createComponent(context({ appointments: [] }));

    expect(shadow(element).activeElement).toBe(query(element, 'heading'));
    expect(exactText(query(element, 'heading'))).toBe('No appointments to terminate');
  });

  it('moves focus to Cancel when the context cannot be loaded', async () => {
    mockGetContext.mockRejectedValue({ body: { message: 'You do not have access to this Contact.' } });
    // lightning-button's focus() moves focus to its inner button (a stub here): the call is what is checked.
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const element = await openAction();

    expect(focus.mock.contexts).toEqual([query(element, 'cancel')]);
  });

  it('lists the appointments already in progress or filed, with their transaction, as not selectable', async () => {
    const element = await createComponent(
      context({
        unavailable: [
          {
            ...appointment('a0OH1', 'OH', 'Heartland Mutual', 'Life', 'Life'),
            status: 'Pending Termination',
            openTransactionId: 'a0B000000000002AAA',
            openTransactionName: 'NTX-000002',
            openTransactionStatus: 'Draft'
          },
          {
            ...appointment('a0FL9', 'FL', 'Gamma Life', 'Life', 'Life'),
            openTransactionId: 'a0B000000000009AAA',
            openTransactionName: 'NTX-000009',
            openTransactionStatus: 'Accepted'
          }
        ],
        rules: ['FL', 'TX', 'NY', 'NC', 'DC', 'OH'].map(apexRule)
      })
    );

    const section = query(element, 'unavailable');
    expect(exactText(section)).toContain('Already in progress');
    expect(queryAll(element, 'unavailable-appointment').map(exactText)).toEqual([
      'Florida: Gamma Life, Life (Life) — Filed — NTX-000009 (Accepted)',
      'Ohio: Heartland Mutual, Life (Life) — In progress — NTX-000002 (Draft)'
    ]);
    expect(select(element, 'c-terminate-state-group[data-state="OH"]')).toBeNull();
    expect(checkboxes(element, 'FL')).toHaveLength(2);
    expect(exactText(query(element, 'selected-count'))).toBe('0 of 6 appointments selected');
    await expect(element).toBeAccessible();
  });

  it('lists them under the empty state when nothing else is left', async () => {
    const element = await createComponent(
      context({
        appointments: [],
        unavailable: [
          {
            ...appointment('a0PA1', 'PA', 'Lakeshore Indemnity', 'Personal Lines', 'Personal Lines'),
            status: 'Pending Termination',
            openTransactionName: 'NTX-000005',
            openTransactionStatus: 'Submitted'
          }
        ]
      })
    );

    expect(query(element, 'empty')).not.toBeNull();
    expect(queryAll(element, 'unavailable-appointment').map(exactText)).toEqual([
      'PA: Lakeshore Indemnity, Personal Lines (Personal Lines) — In progress — NTX-000005 (Submitted)'
    ]);
    await expect(element).toBeAccessible();
  });

  it('is accessible', async () => {
    const element = await createComponent();
    await check(element, 'FL');
    await press(query(element, 'submit'));

    await expect(element).toBeAccessible();
  });
});

// --- record filed elsewhere (issue 12): New York is filed on the DFS portal, not through NIPR.
describe('c-terminate-appointments: recording a termination filed outside NIPR', () => {
  beforeEach(() => {
    Object.defineProperty(window.crypto, 'randomUUID', {
      value: jest.fn(() => 'request-1'),
      configurable: true,
      writable: true
    });
  });

  afterEach(() => {
    resetDom();
    navigationMock.resetNavigation();
    jest.clearAllMocks();
  });

  function inRecord(element: HTMLElement, dataId: string): FieldStub | null {
    const form = inGroup(element, 'NY', 'record-filed-elsewhere');
    return form ? query(form, dataId) : null;
  }

  async function enterRecord(element: HTMLElement, dataId: string, value: string): Promise<void> {
    changeValue(inRecord(element, dataId), value);
    await flushPromises();
  }

  it('shows the record form once an appointment is selected, and submits its channel, date filed and reason', async () => {
    mockCreate.mockResolvedValue({ transactionIds: ['t1'], created: 1, alreadyExisted: 0 });
    const element = await createComponent();
    await check(element, 'NY');

    expect(inRecord(element, 'channel')?.options).toEqual([
      { label: 'State Portal', value: 'State Portal' },
      { label: 'Paper Form', value: 'Paper Form' }
    ]);
    expect(inRecord(element, 'effective-date')).toBeNull();
    expect(exactText(inRecord(element, 'effective-date-ignored'))).toBe(
      'New York records its own processing date: the effective date is the date filed.'
    );
    expect(inRecord(element, 'unconfirmed-warning')).toBeNull();
    expect(inGroup(element, 'NY', 'reason')).toBeNull();

    await enterRecord(element, 'channel', 'State Portal');
    await enterRecord(element, 'filed-on', '2024-03-01');
    await enterRecord(element, 'reason', 'Vol');
    await enterRecord(element, 'reference', 'DFS-1');
    await press(query(element, 'submit'));

    expect(queryAll(element, 'problem')).toEqual([]);
    expect(mockCreate).toHaveBeenCalledWith({
      request: {
        producerId: PRODUCER_ID,
        requestId: 'request-1',
        selections: [
          {
            state: 'NY',
            appointmentIds: ['a0NY1'],
            reasonCode: 'Vol',
            channel: 'State Portal',
            filedOn: '2024-03-01',
            reference: 'DFS-1'
          }
        ]
      }
    });
  });

  it('lists what the record is missing on Submit, and sends nothing', async () => {
    const element = await createComponent();
    await check(element, 'NY');

    await press(query(element, 'submit'));

    expect(mockCreate).not.toHaveBeenCalled();
    expect(queryAll(element, 'problem').map(exactText)).toEqual([
      'Choose where the New York termination was filed: State Portal or Paper Form.',
      expect.stringMatching(/^Choose the reason the New York termination was filed with \(it is kept for the audit\)/),
      'Enter the date the New York termination was filed.'
    ]);
  });

  it('sends NIPR and recorded states in one request', async () => {
    mockCreate.mockResolvedValue({ transactionIds: ['t1', 't2'], created: 2, alreadyExisted: 0 });
    const element = await createComponent();
    await check(element, 'TX');
    await enter(element, 'TX', 'reason', 'Canc');
    await check(element, 'NY');
    await enterRecord(element, 'channel', 'Paper Form');
    await enterRecord(element, 'filed-on', '2024-03-04');
    await enterRecord(element, 'reason', 'Moved');

    await press(query(element, 'submit'));

    expect(mockCreate.mock.calls[0]?.[0].request.selections).toEqual([
      { state: 'NY', appointmentIds: ['a0NY1'], reasonCode: 'Moved', channel: 'Paper Form', filedOn: '2024-03-04' },
      { state: 'TX', appointmentIds: ['a0TX1'], reasonCode: 'Canc' }
    ]);
  });
});
// --- end record filed elsewhere
