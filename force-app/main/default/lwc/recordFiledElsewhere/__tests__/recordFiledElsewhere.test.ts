import { TERMINATION_REASONS, parseComplianceRules, type ComplianceRule, type Problem } from 'c/offboardingCore';
import RecordFiledElsewhere, { type RecordChange, type RecordedFields } from 'c/recordFiledElsewhere';
import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import {
  changeValue,
  exactText,
  flushPromises,
  listen,
  query,
  renderElement,
  resetDom,
  type FieldStub
} from 'test-utils';

interface RecordElement extends HTMLElement {
  rule: ComplianceRule;
  today: string;
  reasons: typeof TERMINATION_REASONS;
  disabled: boolean;
  appointmentIds: readonly string[];
  value: Partial<RecordedFields> | undefined;
  readonly selection: RecordedFields;
  reportProblems(problems: readonly Problem[]): boolean;
  focusFirstInvalid(): boolean;
}

const RULES = parseComplianceRules(rulesJson);
const TODAY = '2025-06-16';

function rule(state: string): ComplianceRule {
  const found = RULES.find((candidate) => candidate.state === state);
  if (!found) {
    throw new Error(`No rule for ${state}`);
  }
  return found;
}

function createComponent(state: string, value?: Partial<RecordedFields>): Promise<RecordElement> {
  return renderElement<RecordElement>('c-record-filed-elsewhere', RecordFiledElsewhere, {
    rule: rule(state),
    today: TODAY,
    reasons: TERMINATION_REASONS,
    appointmentIds: ['a1'],
    value
  });
}

function field(element: HTMLElement, dataId: string): FieldStub {
  const found = query(element, dataId);
  if (!found) {
    throw new Error(`No field ${dataId}`);
  }
  return found;
}

async function enter(element: HTMLElement, dataId: string, value: string | null): Promise<void> {
  changeValue(field(element, dataId), value);
  await flushPromises();
}

describe('c-record-filed-elsewhere', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('offers the channels of the state and preselects a single one (Alaska: the company register)', async () => {
    const element = await createComponent('AK');

    expect(field(element, 'channel').options).toEqual([{ label: 'Company Register', value: 'Company Register' }]);
    expect(field(element, 'channel').value).toBe('Company Register');
    expect(field(element, 'reason').options).toEqual([
      { label: 'Cancelled', value: 'Canc' },
      { label: 'Cancelled for cause', value: 'CfC' }
    ]);
    expect(field(element, 'reason').value).toBe('');
    expect(element.selection.channel).toBe('Company Register');
  });

  it('asks for the date filed (at most today) and the effective date where the state uses one', async () => {
    const element = await createComponent('AK');

    expect(field(element, 'filed-on').label).toBe('Alaska: date filed');
    expect(field(element, 'filed-on').max).toBe(TODAY);
    expect(field(element, 'filed-on').required).toBe(true);
    expect(field(element, 'effective-date').label).toBe('Alaska: effective date');
    expect(query(element, 'effective-date-ignored')).toBeNull();
    expect(field(element, 'reference').label).toBe('Alaska: reference number (optional)');
    expect(field(element, 'note').label).toBe('Alaska: note (optional)');
  });

  it('hides the effective date where the state records its own and says why (New York)', async () => {
    const element = await createComponent('NY');

    expect(query(element, 'effective-date')).toBeNull();
    expect(exactText(query(element, 'effective-date-ignored'))).toBe(
      'New York records its own processing date: the effective date is the date filed.'
    );
    expect(field(element, 'channel').options.map((option) => option.value)).toEqual(['State Portal', 'Paper Form']);
    expect(field(element, 'channel').value).toBe('');
  });

  it('warns where the rule is not confirmed (Montana), and only there', async () => {
    const montana = await createComponent('MT');
    expect(exactText(query(montana, 'unconfirmed-warning'))).toContain(
      'confirm with the Montana Department of Insurance how terminations are filed'
    );
    expect(field(montana, 'channel').options).toHaveLength(3);
    resetDom();

    const alaska = await createComponent('AK');
    expect(query(alaska, 'unconfirmed-warning')).toBeNull();
  });

  it('reports every change to its parent with the whole selection', async () => {
    const element = await createComponent('AK');
    const changes = listen<CustomEvent<RecordChange>>(element, 'change');

    await enter(element, 'filed-on', '2025-06-10');
    await enter(element, 'reason', 'Canc');
    await enter(element, 'reference', '  ');

    expect(changes.mock.calls.map(([event]) => event.detail.field)).toEqual(['filedOn', 'reasonCode', 'reference']);
    expect(changes.mock.calls[2]?.[0].detail.selection).toEqual({
      channel: 'Company Register',
      filedOn: '2025-06-10',
      effectiveDate: null,
      reasonCode: 'Canc',
      reference: null,
      note: null
    });
  });

  it('validates a field on change with the core rules, without waiting for Submit', async () => {
    const element = await createComponent('CO');
    const effective = field(element, 'effective-date');
    const validity = jest.spyOn(effective, 'setCustomValidity');
    const filedValidity = jest.spyOn(field(element, 'filed-on'), 'setCustomValidity');

    await enter(element, 'filed-on', '2025-06-01');
    expect(filedValidity).toHaveBeenLastCalledWith('');
    // The effective date is not touched yet: no message under it.
    expect(validity).toHaveBeenLastCalledWith('');

    await enter(element, 'effective-date', '2025-06-02');
    expect(validity).toHaveBeenLastCalledWith(
      'Colorado does not accept an effective date after the date filed. Enter a date on or before June 1, 2025 (the date filed).'
    );

    await enter(element, 'effective-date', '2025-06-01');
    expect(validity).toHaveBeenLastCalledWith('');
  });

  it('validates on blur: a date filed in the future', async () => {
    const element = await createComponent('AK');
    const filed = field(element, 'filed-on');
    const validity = jest.spyOn(filed, 'setCustomValidity');

    await enter(element, 'filed-on', '2025-06-17');
    filed.dispatchEvent(new CustomEvent('blur'));

    expect(validity).toHaveBeenLastCalledWith(
      'The Alaska termination cannot have been filed in the future. Enter a date on or before June 16, 2025 (today).'
    );
  });

  it('shows the problems the parent reports on Submit and focuses the first field', async () => {
    const element = await createComponent('NY');
    const channel = field(element, 'channel');
    const channelValidity = jest.spyOn(channel, 'setCustomValidity');
    const focus = jest.spyOn(channel, 'focus');

    expect(
      element.reportProblems([
        { field: 'channel', code: 'CHANNEL_REQUIRED', message: 'Choose where it was filed.' },
        { field: 'filedOn', code: 'FILED_ON_REQUIRED', message: 'Enter the date filed.' }
      ])
    ).toBe(true);
    expect(channelValidity).toHaveBeenLastCalledWith('Choose where it was filed.');
    expect(element.focusFirstInvalid()).toBe(true);
    expect(focus).toHaveBeenCalledTimes(1);

    expect(element.reportProblems([])).toBe(false);
    expect(element.focusFirstInvalid()).toBe(false);
  });

  it('keeps the parent values it is given', async () => {
    const element = await createComponent('NY', {
      channel: 'Paper Form',
      filedOn: '2025-06-01',
      reasonCode: 'Vol',
      note: 'Mailed'
    });

    expect(field(element, 'channel').value).toBe('Paper Form');
    expect(field(element, 'filed-on').value).toBe('2025-06-01');
    expect(field(element, 'note').value).toBe('Mailed');
    expect(element.selection.reasonCode).toBe('Vol');
  });

  it('disables every field while the parent submits', async () => {
    const element = await createComponent('AK');
    element.disabled = true;
    await flushPromises();

    for (const dataId of ['channel', 'filed-on', 'effective-date', 'reason', 'reference', 'note']) {
      expect(field(element, dataId).disabled).toBe(true);
    }
  });

  it('is accessible', async () => {
    const element = await createComponent('MT');

    await expect(element).toBeAccessible();
  });
});
