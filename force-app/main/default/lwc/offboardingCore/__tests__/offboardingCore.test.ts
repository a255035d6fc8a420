import rulesJson from '../../../../../../data/compliance/state-termination-rules.json';
import reasonsJson from '../../../../../../data/compliance/termination-reasons.json';
import vectorsJson from '../../../../../../data/compliance/vectors.json';
import {
  EFFECTIVE_DATE_USAGES,
  FILING_ROUTES,
  PROBLEM_CODES,
  TERMINATION_REASONS,
  addDays,
  complianceRuleProblems,
  dateWindow,
  errorMessages,
  errorText,
  feeFor,
  formatDate,
  fromApexAppointment,
  fromApexReasons,
  fromApexRule,
  fromApexSetting,
  groupByState,
  isCalendarDate,
  isComplianceRule,
  isFiledThroughNipr,
  isReasonCode,
  linesOf,
  listOf,
  messages,
  parseComplianceRules,
  reasonIsRequired,
  reasonName,
  reasonsAccepted,
  rulesByState,
  todayIn,
  userToday,
  validateTermination,
  whereToFileInstead
} from '../offboardingCore';
import type {
  Appointment,
  ComplianceRule,
  OffboardingSetting,
  Problem,
  ProblemCode,
  TerminationRequest
} from '../offboardingCore';

// ----------------------------------------------------------------------------------------------------------------
// Fixtures

interface ValidateVector {
  readonly name: string;
  readonly state: string;
  readonly today?: string;
  readonly request: {
    readonly reasonCode: string | null;
    readonly effectiveDate: string | null;
    readonly appointmentIds: readonly string[];
  };
  readonly expect: readonly string[];
}

interface DateWindowVector {
  readonly name: string;
  readonly state: string;
  readonly today: string;
  readonly expect: { usesDate: boolean; required: boolean; min: string | null; max: string | null };
}

interface FeeVector {
  readonly name: string;
  readonly setting: { readonly niprFeePerTransaction: number; readonly gatewayMode: string };
  readonly items: readonly { readonly state: string; readonly lines: number }[];
  readonly expect: {
    readonly niprTotal: number;
    readonly stateTotal: number;
    readonly total: number;
    readonly statesWithUnknownFee: readonly string[];
  };
}

interface Vectors {
  readonly today: string;
  readonly validate: readonly ValidateVector[];
  readonly dateWindow: readonly DateWindowVector[];
  readonly fees: readonly FeeVector[];
  readonly record: { readonly validate: readonly { readonly expect: readonly string[] }[] };
}

const vectors: Vectors = vectorsJson;
const rules = parseComplianceRules(rulesJson);
const byState = rulesByState(rules);
const TODAY = '2025-06-16';

function rule(state: string): ComplianceRule {
  const found = byState.get(state);
  if (!found) {
    throw new Error(`No rule for ${state} in state-termination-rules.json`);
  }
  return found;
}

function appointment(id: string, state: string, overrides: Partial<Appointment> = {}): Appointment {
  return {
    id,
    producerId: 'p1',
    state,
    companyName: 'Acme Life',
    companyNaic: '12345',
    licenseClass: 'Life',
    linesOfAuthority: 'Life',
    status: 'Active',
    appointedOn: '2020-01-01',
    terminatedOn: null,
    ...overrides
  };
}

function request(state: string, overrides: Partial<TerminationRequest> = {}): TerminationRequest {
  return { state, reasonCode: null, effectiveDate: null, appointmentIds: ['a1'], ...overrides };
}

function problemsFor(state: string, overrides: Partial<TerminationRequest>, today = TODAY): Problem[] {
  return validateTermination(byState.get(state), request(state, overrides), today);
}

function onlyProblem(state: string, overrides: Partial<TerminationRequest>, today = TODAY): Problem {
  const problems = problemsFor(state, overrides, today);
  expect(problems).toHaveLength(1);
  const [first] = problems;
  if (!first) {
    throw new Error('expected one problem');
  }
  return first;
}

function toSetting(setting: FeeVector['setting']): OffboardingSetting {
  const { niprFeePerTransaction, gatewayMode } = setting;
  if (gatewayMode !== 'Simulated' && gatewayMode !== 'Live') {
    throw new Error(`Unknown gatewayMode ${gatewayMode}`);
  }
  return { niprFeePerTransaction, gatewayMode };
}

const SETTING: OffboardingSetting = { niprFeePerTransaction: 1.53, gatewayMode: 'Simulated' };

// ----------------------------------------------------------------------------------------------------------------
// Shared vectors (data/compliance/vectors.json): the same cases run against the Apex services.

describe('vectors.json', () => {
  it('has at least 40 validate cases and, with the record cases, covers every problem code', () => {
    expect(vectors.validate.length).toBeGreaterThanOrEqual(40);
    const used = new Set([
      ...vectors.validate.flatMap((c) => c.expect),
      ...vectors.record.validate.flatMap((c) => c.expect)
    ]);
    expect([...used].sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('covers every filing route and every effective-date usage', () => {
    const validated = vectors.validate.map((c) => byState.get(c.state)).filter((r) => r !== undefined);
    expect(new Set(validated.map((r) => r.filing))).toEqual(new Set(FILING_ROUTES));
    expect(new Set(validated.map((r) => r.effectiveDate))).toEqual(new Set(EFFECTIVE_DATE_USAGES));
    const windows = vectors.dateWindow.map((c) => rule(c.state).effectiveDate);
    expect(new Set(windows)).toEqual(new Set(EFFECTIVE_DATE_USAGES));
  });

  it('names only states of the rules file, except where an unknown state is expected', () => {
    for (const c of vectors.validate) {
      expect(byState.has(c.state)).toBe(!c.expect.includes('UNKNOWN_STATE'));
    }
    for (const c of vectors.fees) {
      expect(c.items.every((item) => byState.has(item.state) || item.state === 'ZZ')).toBe(true);
    }
  });

  describe('validate', () => {
    it.each(vectors.validate)('$name', (c) => {
      const stateRule = byState.get(c.state);
      const problems = validateTermination(stateRule, { state: c.state, ...c.request }, c.today ?? vectors.today);
      expect(problems.map((p) => p.code)).toEqual(c.expect);
      for (const p of problems) {
        expect(p.message).toContain(stateRule?.name ?? c.state);
      }
    });
  });

  describe('dateWindow', () => {
    it.each(vectors.dateWindow)('$name', (c) => {
      expect(dateWindow(rule(c.state), c.today)).toEqual(c.expect);
    });
  });

  describe('fees', () => {
    it.each(vectors.fees)('$name', (c) => {
      const appointments = c.items.map((item, index) =>
        appointment(`apt-${index}`, item.state, {
          linesOfAuthority: Array.from({ length: item.lines }, (_, line) => `Line ${line + 1}`).join(';')
        })
      );
      const states = [...new Set(c.items.map((item) => item.state))];
      const requests = states.map((state) =>
        request(state, { appointmentIds: appointments.filter((a) => a.state === state).map((a) => a.id) })
      );
      const estimate = feeFor(rules, toSetting(c.setting), requests, appointments);
      expect({
        niprTotal: estimate.niprTotal,
        stateTotal: estimate.stateTotal,
        total: estimate.total,
        statesWithUnknownFee: estimate.statesWithUnknownFee
      }).toEqual(c.expect);
    });
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Reasons and filing

describe('reasons', () => {
  it('lists the accepted codes in display order', () => {
    expect(reasonsAccepted(rule('FL'))).toEqual(['Vol', 'Death', 'RRR']);
    expect(reasonsAccepted({ ...rule('FL'), acceptedReasons: ['RRR', 'Vol'] })).toEqual(['Vol', 'RRR']);
  });

  it('reads a null list by reasonRequired: none when false, every code when unknown or true', () => {
    const all = TERMINATION_REASONS.map((r) => r.code);
    expect(reasonsAccepted(rule('DC'))).toEqual([]);
    expect(reasonsAccepted(rule('MA'))).toEqual(all);
    expect(reasonsAccepted({ ...rule('MA'), reasonRequired: true })).toEqual(all);
    expect(all).toHaveLength(15);
  });

  it('follows the order of the reasons passed in and keeps codes they do not list', () => {
    const reasons = [
      { code: 'Canc', name: 'Cancelled' },
      { code: 'Vol', name: 'Voluntary' }
    ] as const;
    expect(reasonsAccepted(rule('OK'), reasons)).toEqual(['Vol', 'CfC']);
    expect(reasonsAccepted(rule('SD'), reasons)).toEqual(['Canc', 'Vol', 'Death', 'Err', 'CfC']);
    expect(reasonsAccepted(rule('MA'), reasons)).toEqual(['Canc', 'Vol']);
  });

  it('requires a reason only when reasonRequired is true', () => {
    expect(reasonIsRequired(rule('FL'))).toBe(true);
    expect(reasonIsRequired(rule('MA'))).toBe(false);
    expect(reasonIsRequired(rule('DC'))).toBe(false);
  });

  it('names reason codes, preferring the names passed in', () => {
    expect(reasonName('GA')).toBe('Cancelled by general agent');
    expect(reasonName('GA', [{ code: 'GA', name: 'General agent' }])).toBe('General agent');
    expect(reasonName('Vol', [{ code: 'GA', name: 'General agent' }])).toBe('Voluntary termination');
    expect(reasonName('Retired')).toBe('Retired');
    expect(isReasonCode('CfC')).toBe(true);
    expect(isReasonCode('toString')).toBe(false);
  });
});

describe('filing', () => {
  it('files NIPR states through NIPR', () => {
    expect(isFiledThroughNipr(rule('FL'))).toBe(true);
    expect(whereToFileInstead(rule('FL'))).toBeNull();
  });

  it('sends registry states to the internal register', () => {
    expect(isFiledThroughNipr(rule('AK'))).toBe(false);
    expect(whereToFileInstead(rule('AK'))).toBe(
      "Alaska keeps no appointment records, so nothing is filed with the state: record the termination in the company's own appointment register (reason: Cancelled or Cancelled for cause)."
    );
    expect(whereToFileInstead({ ...rule('AK'), acceptedReasons: null })).toMatch(/own appointment register\.$/);
  });

  it('sends state-portal states to the portal named in the notes', () => {
    expect(whereToFileInstead(rule('NY'))).toContain('New York');
    expect(whereToFileInstead(rule('NY'))).toContain('Department of Financial Services (DFS)');
    expect(whereToFileInstead(rule('NV'))).toContain('Nevada');
    expect(whereToFileInstead(rule('NV'))).toContain('Sircon');
    const other = whereToFileInstead({ ...rule('NV'), name: 'Atlantis', notes: 'File on the Atlantis e-filing site.' });
    expect(other).toContain("Atlantis termination on the state's own system");
    expect(other).toContain('File on the Atlantis e-filing site.');
  });

  it('asks to confirm with the state when the filing route is unknown', () => {
    expect(whereToFileInstead(rule('MT'))).toContain('Confirm with the Montana insurance department');
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Dates

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-6-1', false],
    ['2025-06-16T00:00', false],
    ['', false],
    ['0099-01-01', true]
  ])('isCalendarDate(%s) is %s', (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });

  it.each([
    ['2024-03-01', -1, '2024-02-29'],
    ['2023-03-01', -1, '2023-02-28'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-03-09', 1, '2025-03-10'],
    ['2025-11-02', -1, '2025-11-01'],
    ['2025-06-16', -365, '2024-06-16'],
    ['2024-06-16', -366, '2023-06-16'],
    ['0099-01-01', 0, '0099-01-01']
  ])('addDays(%s, %d) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a malformed date', () => {
    expect(() => addDays('16/06/2025', 1)).toThrow(RangeError);
    expect(() => dateWindow(rule('FL'), '2025-02-30')).toThrow(RangeError);
    expect(() => validateTermination(rule('FL'), request('FL'), 'today')).toThrow(RangeError);
  });

  it('leaves the maximum open when future dates are allowed', () => {
    expect(dateWindow({ ...rule('FL'), futureDateAllowed: true }, TODAY)).toEqual({
      usesDate: true,
      required: true,
      min: '2025-05-14',
      max: null
    });
    expect(problemsFor('FL', { reasonCode: 'Vol', effectiveDate: '2025-06-16' })).toEqual([]);
    const futureOk = validateTermination(
      { ...rule('FL'), futureDateAllowed: true },
      request('FL', { reasonCode: 'Vol', effectiveDate: '2026-01-01' }),
      TODAY
    );
    expect(futureOk).toEqual([]);
  });

  it('treats 0 days back as today only', () => {
    const todayOnly: ComplianceRule = { ...rule('FL'), maxBackdateDays: 0 };
    expect(dateWindow(todayOnly, TODAY)).toMatchObject({ min: TODAY, max: TODAY });
    const yesterday = validateTermination(
      todayOnly,
      request('FL', { reasonCode: 'Vol', effectiveDate: '2025-06-15' }),
      TODAY
    );
    expect(yesterday.map((p) => p.code)).toEqual(['DATE_TOO_OLD']);
    expect(yesterday[0]?.message).toBe(
      "Florida does not accept a backdated effective date. Enter today's date (June 16, 2025)."
    );
  });
});

describe('todayIn', () => {
  // 03:30 UTC on March 15 is still the evening of March 14 in Los Angeles (PDT, UTC-7).
  const lateEveningInCalifornia = new Date('2025-03-15T03:30:00Z');

  it('gives the calendar date in the time zone passed in', () => {
    expect(todayIn('UTC', lateEveningInCalifornia)).toBe('2025-03-15');
    expect(todayIn('America/Los_Angeles', lateEveningInCalifornia)).toBe('2025-03-14');
    expect(todayIn('Pacific/Auckland', new Date('2025-03-14T12:00:00Z'))).toBe('2025-03-15');
    expect(todayIn('America/New_York', new Date('2025-01-01T04:59:59Z'))).toBe('2024-12-31');
    expect(todayIn('America/New_York', new Date('2025-01-01T05:00:00Z'))).toBe('2025-01-01');
  });

  it('reads the user time zone (America/Los_Angeles in Jest)', () => {
    expect(userToday(lateEveningInCalifornia)).toBe('2025-03-14');
    expect(userToday()).toBe(todayIn('America/Los_Angeles'));
    expect(isCalendarDate(userToday())).toBe(true);
  });

  it('rejects an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Validation messages: each names the state and says what to do.

describe('problem messages', () => {
  it('unknown state: names the code and who can add it', () => {
    const p = onlyProblem('ZZ', { reasonCode: 'Vol' });
    expect(p).toMatchObject({ field: 'state', code: 'UNKNOWN_STATE' });
    expect(p.message).toBe(
      'There are no termination rules for the state "ZZ". Check the state on the appointment, or ask your Salesforce administrator to add it to the Compliance Library before terminating.'
    );
  });

  it('not filed through NIPR: says where to file instead', () => {
    const ak = onlyProblem('AK', { reasonCode: 'Canc' });
    expect(ak).toMatchObject({ field: 'state', code: 'NOT_FILED_THROUGH_NIPR' });
    expect(ak.message).toMatch(/^Alaska terminations can't be sent through NIPR\. Alaska keeps no appointment records/);
    expect(onlyProblem('NY', {}).message).toBe(
      "New York terminations can't be sent through NIPR. File the New York termination directly on the Department of Financial Services (DFS) website, then record it here."
    );
    expect(onlyProblem('NV', {}).message).toContain('File the Nevada termination directly on Sircon');
    expect(onlyProblem('NE', {}).message).toBe(messages.confirmWithState('Nebraska'));
    expect(onlyProblem('NE', {}).message).toContain('Confirm with the Nebraska insurance department how to file');
  });

  it('no appointments: asks to select one', () => {
    const p = onlyProblem('FL', { reasonCode: 'Vol', effectiveDate: TODAY, appointmentIds: [] });
    expect(p).toMatchObject({ field: 'appointmentIds', code: 'NO_APPOINTMENTS' });
    expect(p.message).toBe('Select at least one Florida appointment to terminate.');
    expect(onlyProblem('ZZ', {}).field).toBe('state');
  });

  it('reason required: lists the accepted reasons by name', () => {
    const p = onlyProblem('FL', { effectiveDate: TODAY });
    expect(p).toMatchObject({ field: 'reasonCode', code: 'REASON_REQUIRED' });
    expect(p.message).toBe(
      'Florida requires a termination reason. Choose Voluntary termination, Death or Request regulatory review.'
    );
  });

  it('reason not accepted: names the reason given and the accepted ones', () => {
    const p = onlyProblem('NC', { reasonCode: 'GA', effectiveDate: TODAY });
    expect(p).toMatchObject({ field: 'reasonCode', code: 'REASON_NOT_ACCEPTED' });
    expect(p.message).toBe(
      'North Carolina does not accept the reason "Cancelled by general agent". Choose Voluntary termination.'
    );
    expect(onlyProblem('OK', { reasonCode: 'Xyz' }).message).toBe(
      'Oklahoma does not accept the reason "Xyz". Choose Voluntary termination or Cancelled for cause.'
    );
  });

  it('uses the reason names passed in', () => {
    const reasons = [
      { code: 'Vol', name: 'Voluntary' },
      { code: 'CfC', name: 'For cause' }
    ] as const;
    const [p] = validateTermination(rule('OK'), request('OK', { reasonCode: 'GA' }), TODAY, reasons);
    expect(p?.message).toBe(
      'Oklahoma does not accept the reason "Cancelled by general agent". Choose Voluntary or For cause.'
    );
  });

  it('reason not taken: asks to leave it empty', () => {
    const p = onlyProblem('WA', { reasonCode: 'Vol', effectiveDate: TODAY });
    expect(p).toMatchObject({ field: 'reasonCode', code: 'REASON_NOT_TAKEN' });
    expect(p.message).toBe('Washington does not take a termination reason. Leave the reason empty.');
  });

  it('date required: gives the range the state accepts', () => {
    const fl = onlyProblem('FL', { reasonCode: 'Vol' });
    expect(fl).toMatchObject({ field: 'effectiveDate', code: 'DATE_REQUIRED' });
    expect(fl.message).toBe(
      'Florida requires an effective date. Enter the date the appointment ends, from May 14, 2025 to June 16, 2025.'
    );
    expect(onlyProblem('CA', { reasonCode: 'Vol' }).message).toBe(
      'California requires an effective date. Enter the date the appointment ends, on or before June 16, 2025.'
    );
    const open = { ...rule('CA'), futureDateAllowed: true };
    expect(validateTermination(open, request('CA', { reasonCode: 'Vol' }), TODAY)[0]?.message).toBe(
      'California requires an effective date. Enter the date the appointment ends.'
    );
    const fromOnly = { ...rule('FL'), futureDateAllowed: true };
    expect(validateTermination(fromOnly, request('FL', { reasonCode: 'Vol' }), TODAY)[0]?.message).toBe(
      'Florida requires an effective date. Enter the date the appointment ends, on or after May 14, 2025.'
    );
  });

  it('invalid date: shows the value and the format', () => {
    const p = onlyProblem('NJ', { reasonCode: 'Vol', effectiveDate: '2025-02-30' });
    expect(p).toMatchObject({ field: 'effectiveDate', code: 'DATE_INVALID' });
    expect(p.message).toBe(
      '"2025-02-30" is not a valid date. Enter the New Jersey effective date as a calendar date (YYYY-MM-DD).'
    );
    const unknown = problemsFor('ZZ', { effectiveDate: 'tomorrow' });
    expect(unknown[1]?.message).toContain('Enter the ZZ effective date');
  });

  it('future date: asks for today or earlier', () => {
    const p = onlyProblem('TN', { reasonCode: 'Vol', effectiveDate: '2025-06-17' });
    expect(p).toMatchObject({ field: 'effectiveDate', code: 'DATE_IN_FUTURE' });
    expect(p.message).toBe(
      'Tennessee does not accept an effective date in the future. Enter a date on or before June 16, 2025 (today).'
    );
  });

  it('too old: gives the limit in days and the earliest date', () => {
    const p = onlyProblem('FL', { reasonCode: 'Vol', effectiveDate: '2025-05-13' });
    expect(p).toMatchObject({ field: 'effectiveDate', code: 'DATE_TOO_OLD' });
    expect(p.message).toBe('Florida accepts an effective date at most 33 days back. Enter May 14, 2025 or later.');
    expect(onlyProblem('NJ', { reasonCode: 'Vol', effectiveDate: '2025-01-01' }).message).toContain(
      'New Jersey accepts an effective date at most 60 days back. Enter April 17, 2025 or later.'
    );
  });

  it('ignored date: asks to leave it empty', () => {
    const p = onlyProblem('TX', { reasonCode: 'Canc', effectiveDate: TODAY });
    expect(p).toMatchObject({ field: 'effectiveDate', code: 'DATE_IGNORED' });
    expect(p.message).toBe(
      'Texas records its own processing date as the effective date. Leave the effective date empty.'
    );
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsFor('ME', { reasonCode: 'Vol', effectiveDate: '2025-07-01', appointmentIds: [] });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['appointmentIds', 'NO_APPOINTMENTS'],
      ['reasonCode', 'REASON_NOT_TAKEN'],
      ['effectiveDate', 'DATE_IN_FUTURE']
    ]);
  });

  it('reports problems in PROBLEM_CODES order', () => {
    const order = (codes: readonly ProblemCode[]) => codes.map((code) => PROBLEM_CODES.indexOf(code));
    for (const c of vectors.validate) {
      const positions = order(c.expect.filter((code): code is ProblemCode => PROBLEM_CODES.some((k) => k === code)));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('message helpers', () => {
  it('formats dates for people', () => {
    expect(formatDate('2025-01-05')).toBe('January 5, 2025');
    expect(formatDate('2024-12-31')).toBe('December 31, 2024');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('soon')).toBe('soon');
  });

  it('joins lists with "or"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B'])).toBe('A or B');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B or C');
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Grouping

describe('groupByState', () => {
  const appointments: Appointment[] = [
    appointment('n2', 'NC', { companyName: 'Zenith Mutual', licenseClass: 'Life' }),
    appointment('n1', 'NC', { companyName: 'acme life', licenseClass: 'Property' }),
    appointment('n3', 'NC', { companyName: 'Acme Life', licenseClass: 'Casualty' }),
    appointment('n4', 'NC', { companyName: 'Acme Life', licenseClass: 'Casualty' }),
    appointment('z1', 'ZZ'),
    appointment('t1', 'TX'),
    appointment('k1', 'AK'),
    appointment('y1', 'NY'),
    appointment('m1', 'MT'),
    appointment('j1', 'NJ'),
    appointment('i1', 'IA'),
    appointment('c1', 'CA')
  ];
  const groups = groupByState(appointments, rules);
  const group = (state: string) => {
    const found = groups.find((g) => g.state === state);
    if (!found) {
      throw new Error(`no group ${state}`);
    }
    return found;
  };
  const codes = (state: string) => group(state).warnings.map((w) => w.code);

  it('orders states by name, states without a rule last', () => {
    expect(groups.map((g) => g.stateName)).toEqual([
      'Alaska',
      'California',
      'Iowa',
      'Montana',
      'New Jersey',
      'New York',
      'North Carolina',
      'Texas',
      'ZZ'
    ]);
  });

  it('orders appointments by company, then license class, then id', () => {
    expect(group('NC').appointments.map((a) => a.id)).toEqual(['n3', 'n4', 'n1', 'n2']);
  });

  it('attaches the rule and the filing route', () => {
    expect(group('NC').rule).toBe(rule('NC'));
    expect(group('NC').filedThroughNipr).toBe(true);
    expect(group('NC').fileInstead).toBeNull();
    expect(group('AK').filedThroughNipr).toBe(false);
    expect(group('AK').fileInstead).toContain('appointment register');
    expect(group('NY').fileInstead).toContain('DFS');
  });

  it('warns about renewal blackouts, but not "None" ones', () => {
    expect(codes('NC')).toEqual(['RENEWAL_BLACKOUT']);
    expect(group('NC').warnings[0]?.message).toBe('North Carolina renewal: Renewal Feb 3 - Mar 31 (2024) via NIPR.');
    expect(codes('CA')).toEqual([]);
    expect(codes('AK')).toEqual([]);
  });

  it('warns about for-cause paperwork outside NIPR and unconfirmed rules', () => {
    expect(codes('TX')).toEqual(['FOR_CAUSE_OFFLINE', 'UNVERIFIED_RULE']);
    const [forCause, unverified] = group('TX').warnings;
    expect(forCause?.message).toContain('Texas also needs its own form, documentation or notice');
    expect(unverified?.message).toBe(
      'Part of the Texas rule is not confirmed by a source: requirement to file for-cause terminations in writing outside NIPR is from earlier research, not confirmed in a source. Check it with the state before relying on it.'
    );
    expect(group('IA').warnings.find((w) => w.code === 'UNVERIFIED_RULE')?.message).toContain(
      'the termination rule text was cut off in the source. Check it'
    );
    // NJ's unverified item is in its renewal text, which the blackout warning shows as is
    expect(codes('NJ')).toEqual(['RENEWAL_BLACKOUT']);
    expect(group('NJ').warnings[0]?.message).toContain('UNVERIFIED: mid-March to Apr 1 blackout');
    expect(codes('MT')).toEqual(['UNVERIFIED_RULE']);
    expect(group('MT').warnings[0]?.message).toBe(messages.ruleUnverified('Montana'));
  });

  it('keeps the whole unverified note when it has no full stop', () => {
    const [g] = groupByState(
      [appointment('x', 'FL')],
      [{ ...rule('FL'), notes: 'Fine. UNVERIFIED: fee', renewalBlackout: null }]
    );
    expect(g?.warnings.map((w) => w.message)).toEqual([messages.rulePartlyUnverified('Florida', 'fee.')]);
  });

  it('flags a state without a rule', () => {
    expect(group('ZZ')).toMatchObject({ stateName: 'ZZ', rule: undefined, filedThroughNipr: false, fileInstead: null });
    expect(codes('ZZ')).toEqual(['UNKNOWN_STATE']);
  });

  it('returns no groups for no appointments', () => {
    expect(groupByState([], rules)).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Fees

describe('linesOf', () => {
  it('splits the ; list, trimmed, without blanks', () => {
    expect(linesOf(appointment('a', 'NC', { linesOfAuthority: ' Life; Accident & Health ;;  ' }))).toEqual([
      'Life',
      'Accident & Health'
    ]);
  });

  it('always gives at least one line', () => {
    expect(linesOf(appointment('a', 'NC', { linesOfAuthority: ' ; ', licenseClass: 'Property' }))).toEqual([
      'Property'
    ]);
    expect(linesOf(appointment('a', 'NC', { linesOfAuthority: '', licenseClass: ' ' }))).toEqual([
      messages.unspecifiedLine
    ]);
  });
});

describe('feeFor', () => {
  const appointments = [
    appointment('nc1', 'NC', { linesOfAuthority: 'Life;Health' }),
    appointment('ma1', 'MA'),
    appointment('ca1', 'CA')
  ];

  it('itemizes one NIPR transaction and the state fee per appointment', () => {
    const estimate = feeFor(
      rules,
      SETTING,
      [request('NC', { appointmentIds: ['nc1'] }), request('MA', { appointmentIds: ['ma1'] })],
      appointments
    );
    expect(estimate).toEqual({
      items: [
        { appointmentId: 'nc1', state: 'NC', niprFee: 1.53, stateFee: 20, lines: 2, basis: 'per-line' },
        { appointmentId: 'ma1', state: 'MA', niprFee: 1.53, stateFee: null, lines: 1, basis: null }
      ],
      niprTotal: 3.06,
      stateTotal: 20,
      total: 23.06,
      statesWithUnknownFee: ['MA']
    });
  });

  it('counts an appointment once and an unknown appointment as one line', () => {
    const estimate = feeFor(
      rules,
      SETTING,
      [request('NC', { appointmentIds: ['nc1', 'gone', 'nc1'] }), request('NC', { appointmentIds: ['nc1'] })],
      appointments
    );
    expect(estimate.items.map((i) => [i.appointmentId, i.stateFee])).toEqual([
      ['nc1', 20],
      ['gone', 10]
    ]);
    expect(estimate.total).toBe(33.06);
  });

  it('adds cents exactly', () => {
    const ids = ['f1', 'f2', 'f3'];
    const fl = ids.map((id) => appointment(id, 'FL'));
    const three = (fee: number) =>
      feeFor(rules, { ...SETTING, niprFeePerTransaction: fee }, [request('FL', { appointmentIds: ids })], fl);
    expect(three(1.53).total).toBe(4.59);
    expect(three(0.07).total).toBe(0.21);
    expect(three(0.1).niprTotal).toBe(0.3);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// The real rules file

describe('state-termination-rules.json', () => {
  it('has one valid record per jurisdiction', () => {
    expect(rules).toHaveLength(52);
    expect(byState.size).toBe(52);
  });

  it.each(rulesJson.map((record) => [record.state, record] as const))(
    '%s has the ComplianceRule shape',
    (_, record) => {
      expect(complianceRuleProblems(record)).toEqual([]);
      expect(isComplianceRule(record)).toBe(true);
    }
  );

  it('is consistent with its README', () => {
    const offending = (bad: (r: ComplianceRule) => boolean) => rules.filter(bad).map((r) => r.state);
    const reasonsOf = (r: ComplianceRule) => r.acceptedReasons ?? [];
    // registry states record Cancelled / Cancelled for cause internally
    expect(
      offending((r) => r.filing === 'registry' && !reasonsOf(r).every((code) => code === 'Canc' || code === 'CfC'))
    ).toEqual([]);
    // a fee basis exactly when there is a fee
    expect(offending((r) => (r.feeBasis !== null) !== (r.stateFee !== null && r.stateFee > 0))).toEqual([]);
    // a state that ignores the date allows no backdating
    expect(offending((r) => r.effectiveDate === 'ignored' && r.maxBackdateDays !== 0)).toEqual([]);
    // "no reason needed" comes without a list
    expect(offending((r) => r.reasonRequired === false && r.acceptedReasons !== null)).toEqual([]);
    expect(offending((r) => new Set(reasonsOf(r)).size !== reasonsOf(r).length)).toEqual([]);
    expect(offending((r) => r.futureDateAllowed === true)).toEqual([]);
    expect(offending((r) => !r.sources.every((url) => /^https?:\/\/\S+$/.test(url)))).toEqual([]);
    expect(offending((r) => r.verified && r.sources.length === 0)).toEqual([]);
    const states = (filing: string) =>
      rules
        .filter((r) => r.filing === filing)
        .map((r) => r.state)
        .sort();
    expect(states('registry')).toEqual(['AK', 'AZ', 'CO', 'IL', 'IN', 'MD', 'MO', 'OR']);
    expect(states('state-portal')).toEqual(['NV', 'NY']);
    expect(states('unknown')).toEqual(['MT', 'NE', 'WV']);
    expect(rules.filter((r) => r.verified)).toHaveLength(48);
  });

  it('uses the reason codes, names and order of termination-reasons.json', () => {
    expect(reasonsJson).toEqual(TERMINATION_REASONS);
  });
});

describe('complianceRuleProblems', () => {
  const good = rule('FL');

  it('rejects what is not a record', () => {
    expect(complianceRuleProblems(null)).toEqual(['not a record']);
    expect(complianceRuleProblems([good])).toEqual(['not a record']);
    expect(complianceRuleProblems('FL')).toEqual(['not a record']);
  });

  it('names every wrong field', () => {
    const bad = {
      state: 'Fla',
      name: ' ',
      filing: 'mail',
      acceptedReasons: ['Vol', 'Retired'],
      reasonRequired: 'yes',
      effectiveDate: 'optional',
      maxBackdateDays: 1.5,
      futureDateAllowed: 0,
      stateFee: -1,
      feeBasis: 'per-year',
      forCauseOffline: null,
      renewalBlackout: 7,
      notes: null,
      sources: 'https://example.com',
      verified: 'true',
      region: 'South'
    };
    expect(complianceRuleProblems(bad).map((p) => p.split(':')[0])).toEqual([...Object.keys(bad)]);
    expect(complianceRuleProblems(bad)).toContain('filing: expected nipr, registry, state-portal, unknown, got "mail"');
    expect(complianceRuleProblems(bad)).toContain('region: unexpected field');
    expect(complianceRuleProblems({ ...good, acceptedReasons: [] })).toEqual([
      'acceptedReasons: expected null or reason codes, got []'
    ]);
    expect(complianceRuleProblems({ ...good, stateFee: Number.POSITIVE_INFINITY })).toHaveLength(1);
    expect(complianceRuleProblems({ ...good, sources: [1] })).toHaveLength(1);
  });

  it('parses a list, or throws naming each bad record', () => {
    expect(parseComplianceRules([good])).toEqual([good]);
    expect(() => parseComplianceRules({ rules: [] })).toThrow('expected a list of records');
    expect(() => parseComplianceRules([good, { ...good, filing: 'mail' }])).toThrow(
      /Compliance rules are not valid:\nrecord 2: filing: expected/
    );
  });
});

describe('Apex records', () => {
  /** The rule as the server sends it: null fields left out (AuraEnabled serialization). */
  function asApex(source: ComplianceRule): Apex.ComplianceRule {
    return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== null));
  }

  it('maps every rule of state-termination-rules.json back to itself', () => {
    for (const source of rules) {
      expect(fromApexRule(asApex(source))).toEqual(source);
    }
  });

  it('reads absent, null and unknown rule fields as not known', () => {
    expect(fromApexRule({ state: 'ZZ' })).toEqual({
      state: 'ZZ',
      name: 'ZZ',
      filing: 'unknown',
      acceptedReasons: null,
      reasonRequired: null,
      effectiveDate: 'unknown',
      maxBackdateDays: null,
      futureDateAllowed: null,
      stateFee: null,
      feeBasis: null,
      forCauseOffline: false,
      renewalBlackout: null,
      notes: '',
      sources: [],
      verified: false
    });
    const odd = fromApexRule({ ...asApex(rule('FL')), filing: 'mail', effectiveDate: 'soon', feeBasis: 'per-year' });
    expect([odd.filing, odd.effectiveDate, odd.feeBasis]).toEqual(['unknown', 'unknown', null]);
    expect(fromApexRule({ ...asApex(rule('FL')), acceptedReasons: [] }).acceptedReasons).toBeNull();
    expect(fromApexRule({ ...asApex(rule('FL')), acceptedReasons: ['Retired', 'Vol'] }).acceptedReasons).toEqual([
      'Vol'
    ]);
    expect(fromApexRule({ ...asApex(rule('FL')), renewalBlackout: '  ' }).renewalBlackout).toBeNull();
    expect(fromApexRule({}).state).toBe('');
  });

  it('maps an appointment, absent fields blank or null', () => {
    const info: Apex.AppointmentInfo = {
      id: 'a1',
      producerId: 'p1',
      state: 'FL',
      companyName: 'Acme Life',
      companyNaic: '12345',
      licenseClass: 'Life',
      linesOfAuthority: 'Life',
      status: 'Active',
      appointedOn: '2020-01-01'
    };
    expect(fromApexAppointment(info)).toEqual(appointment('a1', 'FL'));
    expect(fromApexAppointment({ status: 'Pending Termination' })).toEqual({
      id: '',
      producerId: '',
      state: '',
      companyName: '',
      companyNaic: null,
      licenseClass: '',
      linesOfAuthority: '',
      status: 'Pending Termination',
      appointedOn: null,
      terminatedOn: null
    });
    expect(fromApexAppointment({ status: 'Frozen' }).status).toBe('Active');
  });

  it('keeps the org reasons in their order, NIPR codes only, and falls back to the 15 codes', () => {
    expect(
      fromApexReasons([{ code: 'Death', name: 'Died' }, { code: 'Retired', name: 'Retired' }, { code: 'Vol' }])
    ).toEqual([
      { code: 'Death', name: 'Died' },
      { code: 'Vol', name: 'Vol' }
    ]);
    expect(fromApexReasons([])).toBe(TERMINATION_REASONS);
    expect(fromApexReasons(undefined)).toBe(TERMINATION_REASONS);
  });

  it('maps the setting', () => {
    expect(fromApexSetting({ niprFeePerTransaction: 1.53, gatewayMode: 'Live' })).toEqual({
      niprFeePerTransaction: 1.53,
      gatewayMode: 'Live'
    });
    expect(fromApexSetting({ gatewayMode: 'Other' })).toEqual({ niprFeePerTransaction: 0, gatewayMode: 'Simulated' });
    expect(fromApexSetting(undefined)).toEqual({ niprFeePerTransaction: 0, gatewayMode: 'Simulated' });
  });
});

describe('errorMessages', () => {
  it.each([
    ['an Apex error', { body: { message: 'Florida needs a reason.' } }, ['Florida needs a reason.']],
    ['a list body', { body: [{ message: 'One.' }, { message: 'Two.' }, { nope: 1 }] }, ['One.', 'Two.']],
    [
      'UI API errors',
      {
        body: { message: 'ignored', pageErrors: [{ message: 'Page.' }], fieldErrors: { Name: [{ message: 'Field.' }] } }
      },
      ['Page.', 'Field.']
    ],
    ['a string body', { body: 'Plain.' }, ['Plain.']],
    ['an Error', new Error('Client.'), ['Client.']],
    ['a status text', { body: null, statusText: 'Server Error' }, ['Server Error']],
    ['a string', 'Text.', ['Text.']],
    ['a list of errors', [new Error('A.'), null, { body: { message: ' ' } }, 42], ['A.']],
    ['nothing', undefined, []]
  ])('reads %s', (_name, error, expected) => {
    expect(errorMessages(error)).toEqual(expected);
  });

  it('joins the messages, or gives the fallback', () => {
    expect(errorText([new Error('A.'), new Error('B.')], 'Failed.')).toBe('A. B.');
    expect(errorText({}, 'Failed.')).toBe('Failed.');
  });
});
