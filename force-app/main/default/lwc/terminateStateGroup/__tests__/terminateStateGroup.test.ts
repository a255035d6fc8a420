import {
  TERMINATION_REASONS,
  groupByState,
  parseComplianceRules,
  validateTermination,
  type Appointment,
  type Problem,
  type StateGroup,
  type TerminationRequest
} from 'c/offboardingCore';
import TerminateStateGroup, { type ChoiceChange } from 'c/terminateStateGroup';
import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import {
  changeChecked,
  changeValue,
  flushPromises,
  listen,
  query,
  queryAll,
  renderElement,
  resetDom,
  type FieldStub
} from 'test-utils';

interface GroupElement extends HTMLElement {
  group: StateGroup;
  choice: TerminationRequest | undefined;
  today: string;
  reasons: typeof TERMINATION_REASONS;
  disabled: boolean;
  reportProblems(problems: readonly Problem[]): boolean;
  focusFirstInvalid(): boolean;
}

const RULES = parseComplianceRules(rulesJson);
const TODAY = '2024-03-05';

function appointment(id: string, state: string, companyName: string): Appointment {
  return {
    id,
    producerId: 'p1',
    state,
    companyName,
    companyNaic: null,
    licenseClass: 'Life',
    linesOfAuthority: 'Life',
    status: 'Active',
    appointedOn: null,
    terminatedOn: null
  };
}

function groupOf(state: string): StateGroup {
  const [found] = groupByState(
    [appointment(`${state}2`, state, 'Beta'), appointment(`${state}1`, state, 'Acme')],
    RULES
  );
  if (!found) {
    throw new Error(`No group for ${state}`);
  }
  return found;
}

function choice(state: string, appointmentIds: string[], reasonCode: string | null = null): TerminationRequest {
  return { state, reasonCode, effectiveDate: null, appointmentIds };
}

function createComponent(group: StateGroup, current?: TerminationRequest): Promise<GroupElement> {
  return renderElement<GroupElement>('c-terminate-state-group', TerminateStateGroup, {
    group,
    choice: current,
    today: TODAY,
    reasons: TERMINATION_REASONS
  });
}

function checkboxes(element: HTMLElement): FieldStub[] {
  return queryAll(element, 'appointment');
}

describe('c-terminate-state-group', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('reports a checked appointment with the others, in list order', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL2'], 'Vol'));
    const changes = listen<CustomEvent<ChoiceChange>>(element, 'choicechange');

    changeChecked(checkboxes(element)[0], true);

    expect(changes.mock.calls[0]?.[0].detail).toEqual({
      choice: { state: 'FL', reasonCode: 'Vol', effectiveDate: null, appointmentIds: ['FL1', 'FL2'] },
      field: 'appointmentIds'
    });
  });

  it('reports the reason and the date, empty as null', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1']));
    const changes = listen<CustomEvent<ChoiceChange>>(element, 'choicechange');

    changeValue(query(element, 'reason'), 'Death');
    changeValue(query(element, 'effective-date'), '');

    expect(changes.mock.calls.map(([event]) => [event.detail.field, event.detail.choice.reasonCode])).toEqual([
      ['reasonCode', 'Death'],
      ['effectiveDate', null]
    ]);
    expect(changes.mock.calls[1]?.[0].detail.choice.effectiveDate).toBeNull();
  });

  it('marks the fields of its problems and focuses the first', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1']));
    const date = query(element, 'effective-date');
    if (!date) {
      throw new Error('no date field');
    }
    const validity = jest.spyOn(date, 'setCustomValidity');
    const focus = jest.spyOn(date, 'focus');

    expect(element.reportProblems([{ field: 'effectiveDate', code: 'DATE_REQUIRED', message: 'Enter a date.' }])).toBe(
      true
    );
    expect(validity).toHaveBeenLastCalledWith('Enter a date.');
    expect(element.focusFirstInvalid()).toBe(true);
    expect(focus).toHaveBeenCalledTimes(1);

    expect(element.reportProblems([])).toBe(false);
    expect(validity).toHaveBeenLastCalledWith('');
    expect(element.focusFirstInvalid()).toBe(false);
  });

  it('disables everything while the parent submits', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1']));
    element.disabled = true;
    await flushPromises();

    expect(checkboxes(element).map((box) => box.disabled)).toEqual([true, true]);
    expect(query(element, 'select-all')?.disabled).toBe(true);
    expect(query(element, 'reason')?.disabled).toBe(true);
    expect(query(element, 'effective-date')?.disabled).toBe(true);
  });

  it('warns about a state without rules and offers nothing to select', async () => {
    const [unknown] = groupByState([appointment('ZZ1', 'ZZ', 'Acme')], RULES);
    if (!unknown) {
      throw new Error('no group');
    }
    const element = await createComponent(unknown, choice('ZZ', ['ZZ1']));

    expect(query(element, 'legend')?.textContent).toBe('ZZ');
    expect(query(element, 'warning')?.textContent).toContain('There are no termination rules for the state "ZZ".');
    expect(checkboxes(element).map((box) => box.disabled)).toEqual([true]);
    expect(query(element, 'file-instead')).toBeNull();
    expect(query(element, 'reason')).toBeNull();
    expect(query(element, 'no-reason')).toBeNull();
    expect(query(element, 'effective-date')).toBeNull();
    expect(query(element, 'date-ignored')).toBeNull();
  });

  it('shows the renewal text as a quiet note, never as a warning', async () => {
    const element = await createComponent(groupOf('FL'));

    const note = query(element, 'renewal-note');
    expect(note?.textContent).toMatch(/^Renewal note \(from the Compliance Library\): Renewal every 24 months/);
    expect(note?.classList.contains('slds-text-color_weak')).toBe(true);
    expect(note?.querySelector('lightning-icon')).toBeNull();
    expect(queryAll(element, 'warning').map((warning) => warning.textContent)).not.toContainEqual(
      expect.stringContaining('renewal')
    );
    await expect(element).toBeAccessible();
  });

  it('shows no renewal note where the Compliance Library has none (Texas: "None: appointments are perpetual.")', async () => {
    const element = await createComponent(groupOf('TX'));

    expect(query(element, 'renewal-note')).toBeNull();
  });

  it('reserves the space of a field error, before and after the error shows', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1']));
    const slots = () => queryAll<HTMLElement>(element, 'reason-slot').concat(queryAll(element, 'effective-date-slot'));
    const before = slots();
    expect(before.map((slot) => slot.className.split(' ').includes('field-slot'))).toEqual([true, true]);
    expect(before[0]?.contains(query(element, 'reason'))).toBe(true);
    expect(before[1]?.contains(query(element, 'effective-date'))).toBe(true);

    element.reportProblems([
      { field: 'reasonCode', code: 'REASON_REQUIRED', message: 'Complete this field.' },
      { field: 'effectiveDate', code: 'DATE_TOO_OLD', message: 'Enter February 1, 2024 or later.' }
    ]);
    await flushPromises();

    expect(slots()).toEqual(before);
  });

  it('flags a date the state does not take as soon as it is entered, with the core message', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1'], 'Vol'));
    const date = query(element, 'effective-date');
    if (!date) {
      throw new Error('no date field');
    }
    const validity = jest.spyOn(date, 'setCustomValidity');
    const report = jest.spyOn(date, 'reportValidity');
    const [expected] = validateTermination(
      RULES.find((rule) => rule.state === 'FL'),
      { state: 'FL', reasonCode: 'Vol', effectiveDate: '2024-01-31', appointmentIds: ['FL1'] },
      TODAY
    );

    changeValue(date, '2024-01-31');

    expect(validity).toHaveBeenLastCalledWith(expected?.message);
    expect(expected?.field).toBe('effectiveDate');
    expect(report).toHaveBeenCalled();

    changeValue(date, '2024-03-01');
    expect(validity).toHaveBeenLastCalledWith('');
  });

  it('flags an out-of-window date when the field is left, too', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1'], 'Vol'));
    const date = query(element, 'effective-date');
    if (!date) {
      throw new Error('no date field');
    }
    const validity = jest.spyOn(date, 'setCustomValidity');
    date.value = '2024-03-06';

    date.dispatchEvent(new CustomEvent('blur'));

    const [expected] = validateTermination(
      RULES.find((rule) => rule.state === 'FL'),
      { state: 'FL', reasonCode: 'Vol', effectiveDate: '2024-03-06', appointmentIds: ['FL1'] },
      TODAY
    );
    expect(expected?.code).toBe('DATE_IN_FUTURE');
    expect(validity).toHaveBeenLastCalledWith(expected?.message);
  });

  it('leaves an empty date to Submit when the field is left', async () => {
    const element = await createComponent(groupOf('FL'), choice('FL', ['FL1'], 'Vol'));
    const date = query(element, 'effective-date');
    if (!date) {
      throw new Error('no date field');
    }
    const validity = jest.spyOn(date, 'setCustomValidity');

    date.dispatchEvent(new CustomEvent('blur'));

    expect(validity).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent(groupOf('NC'), choice('NC', ['NC1']));

    await expect(element).toBeAccessible();
  });

  // --- record filed elsewhere (issue 12)
  it('lets the appointments of a state not filed through NIPR be selected, and then asks for the record', async () => {
    const element = await createComponent(groupOf('NY'), choice('NY', []));

    expect(checkboxes(element).map((box) => box.disabled)).toEqual([false, false]);
    expect(query(element, 'record-filed-elsewhere')).toBeNull();
    expect(query(element, 'file-instead')?.textContent).toContain('then record it here');

    element.choice = choice('NY', ['NY1']);
    await flushPromises();

    expect(query(element, 'record-filed-elsewhere')).not.toBeNull();
    expect(query(element, 'reason')).toBeNull();
    expect(query(element, 'effective-date')).toBeNull();
  });

  it('reports the record fields as the state choice, keeping them when the selection changes', async () => {
    const element = await createComponent(groupOf('NY'), choice('NY', ['NY1']));
    const changes = listen<CustomEvent<ChoiceChange>>(element, 'choicechange');
    const form = query<HTMLElement>(element, 'record-filed-elsewhere');

    changeValue(form ? query(form, 'channel') : null, 'Paper Form');

    expect(changes.mock.calls[0]?.[0].detail).toEqual({
      choice: {
        state: 'NY',
        appointmentIds: ['NY1'],
        channel: 'Paper Form',
        filedOn: null,
        effectiveDate: null,
        reasonCode: null,
        reference: null,
        note: null
      },
      field: 'channel'
    });

    element.choice = { ...choice('NY', ['NY1']), channel: 'Paper Form', filedOn: '2024-03-01' };
    await flushPromises();
    changeChecked(checkboxes(element)[1], true);

    expect(changes.mock.calls[1]?.[0].detail.choice).toEqual({
      state: 'NY',
      reasonCode: null,
      effectiveDate: null,
      appointmentIds: ['NY1', 'NY2'],
      channel: 'Paper Form',
      filedOn: '2024-03-01'
    });
  });

  it('hands the problems of a record to the record form', async () => {
    const element = await createComponent(groupOf('NY'), choice('NY', ['NY1']));
    const form = query<HTMLElement>(element, 'record-filed-elsewhere');
    const channel = form ? query(form, 'channel') : null;
    if (!channel) {
      throw new Error('no channel field');
    }
    const validity = jest.spyOn(channel, 'setCustomValidity');
    const focus = jest.spyOn(channel, 'focus');

    expect(
      element.reportProblems([{ field: 'channel', code: 'CHANNEL_REQUIRED', message: 'Choose where it was filed.' }])
    ).toBe(true);
    expect(validity).toHaveBeenLastCalledWith('Choose where it was filed.');
    expect(element.focusFirstInvalid()).toBe(true);
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('is accessible with the record form', async () => {
    const element = await createComponent(groupOf('MT'), choice('MT', ['MT1']));

    await expect(element).toBeAccessible();
  });
  // --- end record filed elsewhere
});
