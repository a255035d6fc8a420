// Recording a termination filed outside NIPR: the shared vectors (data/compliance/vectors.json `record`, also run by
// TerminationRulesTest in Apex) and the sentences.
import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import vectorsJson from '../../../../../../data/compliance/vectors.json';
import {
  PROBLEM_CODES,
  TERMINATION_REASONS,
  parseComplianceRules,
  recordChannels,
  recordDateWindow,
  recordReasons,
  recordedEffectiveDate,
  rulesByState,
  unconfirmedRuleWarning,
  validateRecordedSelection,
  type ComplianceRule,
  type TerminationRequest
} from '../offboardingCore';

interface RecordSelection {
  readonly channel: string | null;
  readonly filedOn: string | null;
  readonly effectiveDate: string | null;
  readonly reasonCode: string | null;
  readonly reference: string | null;
  readonly note: string | null;
  readonly appointmentIds: readonly string[];
}

interface RecordVector {
  readonly name: string;
  readonly state: string;
  readonly today?: string;
  readonly referenceLength?: number;
  readonly noteLength?: number;
  readonly selection: RecordSelection;
  readonly expect: readonly string[];
}

interface RecordVectors {
  readonly today: string;
  readonly record: {
    readonly channels: readonly { readonly state: string; readonly expect: readonly string[] }[];
    readonly validate: readonly RecordVector[];
  };
}

const vectors: RecordVectors = vectorsJson;
const byState = rulesByState(parseComplianceRules(rulesJson));
const TODAY = '2025-06-16';

function rule(state: string): ComplianceRule {
  const found = byState.get(state);
  if (!found) {
    throw new Error(`No rule for ${state}`);
  }
  return found;
}

function toRequest(state: string, c: RecordVector): TerminationRequest {
  return {
    state,
    ...c.selection,
    reference: c.referenceLength === undefined ? c.selection.reference : 'x'.repeat(c.referenceLength),
    note: c.noteLength === undefined ? c.selection.note : 'x'.repeat(c.noteLength)
  };
}

function selection(state: string, overrides: Partial<TerminationRequest> = {}): TerminationRequest {
  return {
    state,
    channel: 'Company Register',
    filedOn: '2025-06-01',
    effectiveDate: '2025-06-01',
    reasonCode: 'Canc',
    appointmentIds: ['a1'],
    ...overrides
  };
}

function messagesFor(state: string, overrides: Partial<TerminationRequest>): string[] {
  return validateRecordedSelection(byState.get(state), selection(state, overrides), TODAY).map((p) => p.message);
}

describe('vectors.json record', () => {
  it('covers every record problem code and the four filing routes', () => {
    const used = new Set(vectors.record.validate.flatMap((c) => c.expect));
    for (const code of [
      'RECORD_FILED_THROUGH_NIPR',
      'CHANNEL_REQUIRED',
      'CHANNEL_NOT_ALLOWED',
      'FILED_ON_REQUIRED',
      'FILED_ON_INVALID',
      'FILED_ON_IN_FUTURE',
      'REFERENCE_TOO_LONG',
      'NOTE_TOO_LONG',
      'DATE_IGNORED',
      'DATE_TOO_OLD',
      'DATE_IN_FUTURE'
    ]) {
      expect(used).toContain(code);
      expect(PROBLEM_CODES).toContain(code);
    }
    const routes = new Set(vectors.record.validate.map((c) => byState.get(c.state)?.filing).filter(Boolean));
    expect(routes).toEqual(new Set(['nipr', 'registry', 'state-portal', 'unknown']));
  });

  it.each(vectors.record.channels)('channels of $state', (c) => {
    expect(recordChannels(rule(c.state))).toEqual(c.expect);
  });

  it.each(vectors.record.validate)('$name', (c) => {
    const stateRule = byState.get(c.state);
    const problems = validateRecordedSelection(stateRule, toRequest(c.state, c), c.today ?? vectors.today);
    expect(problems.map((p) => p.code)).toEqual(c.expect);
    for (const p of problems) {
      expect(p.message).toContain(stateRule?.name ?? c.state);
      expect(p.field).toBeTruthy();
    }
  });
});

describe('recording rules', () => {
  it('refuses a NIPR state with what to do instead', () => {
    expect(messagesFor('FL', {})).toEqual([
      'Florida is filed through NIPR: select the appointments and submit them; nothing to record.'
    ]);
  });

  it('names the allowed channels and reasons', () => {
    expect(messagesFor('NY', { channel: null, reasonCode: null, effectiveDate: null })).toEqual([
      'Choose where the New York termination was filed: State Portal or Paper Form.',
      expect.stringContaining(
        'Choose the reason the New York termination was filed with (it is kept for the audit): Voluntary termination, '
      )
    ]);
    expect(messagesFor('AK', { reasonCode: 'Vol' })).toEqual([
      'Alaska does not accept the reason "Voluntary termination". Choose Cancelled or Cancelled for cause.'
    ]);
  });

  it('says when a date is not a date, and uses "on or before" / "on or after"', () => {
    expect(messagesFor('AK', { filedOn: 'not a date' })).toEqual([
      '"not a date" is not a valid date. Enter the date the Alaska termination was filed as a calendar date (YYYY-MM-DD).'
    ]);
    expect(messagesFor('AK', { filedOn: '2025-06-20', effectiveDate: '2025-06-20' })).toEqual([
      'The Alaska termination cannot have been filed in the future. Enter a date on or before June 16, 2025 (today).'
    ]);
    expect(messagesFor('CO', { effectiveDate: '2025-06-02' })).toEqual([
      'Colorado does not accept an effective date after the date filed. Enter a date on or before June 1, 2025 (the date filed).'
    ]);
    expect(messagesFor('MD', { filedOn: '2025-05-01', effectiveDate: '2025-04-01' })).toEqual([
      'Maryland accepts an effective date at most 14 days before the date filed. Enter a date on or after April 17, 2025.'
    ]);
    expect(messagesFor('MD', { filedOn: '2025-05-01', effectiveDate: null })).toEqual([
      'Maryland requires an effective date. Enter the date the appointment ends, on or after April 17, 2025.'
    ]);
  });

  it('windows follow the date filed; an ignored date is the date filed', () => {
    expect(recordDateWindow(rule('MD'), '2025-05-01')).toEqual({
      usesDate: true,
      required: true,
      min: '2025-04-17',
      max: null
    });
    expect(recordDateWindow(rule('CO'), '2025-05-01')).toEqual({
      usesDate: true,
      required: true,
      min: null,
      max: '2025-05-01'
    });
    expect(recordDateWindow(rule('NY'), '2025-05-01').usesDate).toBe(false);
    expect(recordedEffectiveDate(rule('NY'), selection('NY', { effectiveDate: null, filedOn: '2025-05-02' }))).toBe(
      '2025-05-02'
    );
    expect(recordedEffectiveDate(rule('AK'), selection('AK', { effectiveDate: ' 2025-05-01 ' }))).toBe('2025-05-01');
  });

  it('offers the listed reasons, else every NIPR reason', () => {
    expect(recordReasons(rule('AK'))).toEqual(['Canc', 'CfC']);
    expect(recordReasons(rule('NY'))).toEqual(TERMINATION_REASONS.map((reason) => reason.code));
  });

  it('warns where the rule is not confirmed, and only there', () => {
    expect(unconfirmedRuleWarning(rule('MT'))).toBe(
      'How Montana takes appointment terminations is not confirmed by a source. Before recording, confirm with the Montana Department of Insurance how terminations are filed, file it the way they say, and keep their confirmation (a reference number or their email).'
    );
    expect(unconfirmedRuleWarning(rule('AK'))).toBeNull();
    expect(unconfirmedRuleWarning(rule('FL'))).toBeNull();
  });

  it('counts trimmed reference and note lengths', () => {
    expect(messagesFor('AK', { reference: ` ${'x'.repeat(80)} `, note: 'y'.repeat(2001) })).toEqual([
      'The Alaska note has 2001 characters; at most 2,000 fit. Shorten it.'
    ]);
  });
});
