// The termination rules: state reasons, filing routes, date windows, validation, grouping and fees.
// Re-exported by offboardingCore.ts (the entry components import); other core files import from here, not from
// the entry, so the bundle has no import cycles.
import { MAX_NOTE_LENGTH, MAX_REFERENCE_LENGTH, PROBLEM_FIELDS, TERMINATION_REASONS, reasonName } from './codes';
import { addDays, isCalendarDate, requireCalendarDate } from './dates';
import { messages } from './messages';
import { toCents } from './money';
import type {
  Appointment,
  ComplianceRule,
  DateWindow,
  FeeEstimate,
  FeeItem,
  FilingChannel,
  OffboardingSetting,
  Problem,
  ProblemCode,
  ReasonCode,
  StateGroup,
  TerminationReason,
  TerminationRequest,
  Warning
} from './types';

/** Rules keyed by USPS code. */
export function rulesByState(rules: readonly ComplianceRule[]): ReadonlyMap<string, ComplianceRule> {
  return new Map(rules.map((rule) => [rule.state, rule]));
}

// ---------------------------------------------------------------------------------------------------------------
// State rules

/**
 * The reason codes the state accepts, in display order (`allReasons` order; codes it does not list come last).
 * An empty list means the state takes no reason code.
 *
 * `acceptedReasons: null` means "no reason code needed, or the list is not known" (data/compliance/README.md).
 * We read it by `reasonRequired`:
 * - `false`: the state takes no reason code → `[]` (DC, ME, MI, NH, ND, WA). Sending one is a problem.
 * - `null`: the list is not known (MA; and NV, NY, MT, NE, WV, which are not filed through NIPR) → every code.
 *   A reason is optional there; any listed code may be sent.
 * - `true` (no record today): a reason is needed but the list is not known → every code, and one is required.
 */
export function reasonsAccepted(
  rule: ComplianceRule,
  allReasons: readonly TerminationReason[] = TERMINATION_REASONS
): readonly ReasonCode[] {
  const all = allReasons.map((reason) => reason.code);
  const listed = rule.acceptedReasons;
  if (listed === null) {
    return rule.reasonRequired === false ? [] : all;
  }
  return [...all.filter((code) => listed.includes(code)), ...listed.filter((code) => !all.includes(code))];
}

/** True when a reason must be sent (`reasonRequired: true`); `null` (not known) makes it optional. */
export function reasonIsRequired(rule: ComplianceRule): boolean {
  return rule.reasonRequired === true;
}

// --- defaultReason (issue 12: preselect a state's only reason) ---
/**
 * The reason to preselect for a state filed through NIPR: its only accepted reason when the rule lists exactly one
 * (NC, TX, OH, MN), else null (the user chooses; a state that takes none, or whose list is not known, gets none).
 */
export function defaultReason(
  rule: ComplianceRule,
  allReasons: readonly TerminationReason[] = TERMINATION_REASONS
): ReasonCode | null {
  if (!isFiledThroughNipr(rule) || rule.acceptedReasons === null) {
    return null;
  }
  const accepted = reasonsAccepted(rule, allReasons);
  return accepted.length === 1 ? (accepted[0] ?? null) : null;
}
// --- end defaultReason ---

export function isFiledThroughNipr(rule: ComplianceRule): boolean {
  return rule.filing === 'nipr';
}

/** State portals, recognized in the rule's notes (NY: "file online with DFS"; NV: "filed through Sircon"). */
const STATE_PORTALS: readonly { readonly pattern: RegExp; readonly portal: string }[] = [
  { pattern: /\bSircon\b/, portal: messages.portals.sircon },
  { pattern: /\bDFS\b/, portal: messages.portals.dfs }
];

function fileInstead(rule: ComplianceRule, reasons: readonly TerminationReason[]): string {
  switch (rule.filing) {
    case 'registry':
      return messages.fileInRegistry(
        rule.name,
        (rule.acceptedReasons ?? []).map((code) => reasonName(code, reasons))
      );
    case 'state-portal': {
      const known = STATE_PORTALS.find(({ pattern }) => pattern.test(rule.notes));
      return known
        ? messages.fileOnStatePortal(rule.name, known.portal)
        : messages.fileOnStateSystem(rule.name, rule.notes);
    }
    default:
      return messages.confirmWithState(rule.name);
  }
}

/**
 * Where the termination goes when the state is not filed through NIPR (null when it is):
 * registry: the company's internal register only; state-portal: the state's own system (NY DFS, NV Sircon);
 * unknown: confirm with the state.
 */
export function whereToFileInstead(
  rule: ComplianceRule,
  reasons: readonly TerminationReason[] = TERMINATION_REASONS
): string | null {
  return isFiledThroughNipr(rule) ? null : fileInstead(rule, reasons);
}

/**
 * The effective dates the state takes, relative to `today` (`YYYY-MM-DD` in the user's time zone).
 *
 * "N days back" (docs/design.md): the earliest date is `today − N` calendar days, inclusive, so with N = 33 and
 * today 2024-03-05 the date 2024-02-01 is accepted and 2024-01-31 is not; `0` means today only. Counted on the
 * calendar, not in 24-hour periods, so the time of day and DST never matter.
 * - `min`: `today − maxBackdateDays`; null when no limit is known.
 * - `max`: today, unless `futureDateAllowed === true` (then null). `null` ("not stated") is read as not allowed.
 * - `ignored`: the state records its own processing date: `usesDate: false`, no bounds (the date must be left empty).
 * - `unknown`: the date is optional (`required: false`) and the record's limits still apply.
 */
export function dateWindow(rule: ComplianceRule, today: string): DateWindow {
  requireCalendarDate(today);
  if (rule.effectiveDate === 'ignored') {
    return { usesDate: false, required: false, min: null, max: null };
  }
  return {
    usesDate: true,
    required: rule.effectiveDate === 'required',
    min: rule.maxBackdateDays === null ? null : addDays(today, -rule.maxBackdateDays),
    max: rule.futureDateAllowed === true ? null : today
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

function problem(code: ProblemCode, message: string): Problem {
  return { field: PROBLEM_FIELDS[code], code, message };
}

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function reasonProblems(rule: ComplianceRule, given: string | null, reasons: readonly TerminationReason[]): Problem[] {
  const accepted = reasonsAccepted(rule, reasons);
  const acceptedNames = accepted.map((code) => reasonName(code, reasons));
  if (given === null) {
    return reasonIsRequired(rule)
      ? [problem('REASON_REQUIRED', messages.reasonRequired(rule.name, acceptedNames))]
      : [];
  }
  if (accepted.length === 0) {
    return [problem('REASON_NOT_TAKEN', messages.reasonNotTaken(rule.name))];
  }
  if (!accepted.some((code) => code === given)) {
    const givenName = reasonName(given, reasons);
    return [problem('REASON_NOT_ACCEPTED', messages.reasonNotAccepted(rule.name, givenName, acceptedNames))];
  }
  return [];
}

function dateProblems(
  rule: ComplianceRule | undefined,
  stateName: string,
  given: string | null,
  today: string
): Problem[] {
  if (given === null) {
    if (rule?.effectiveDate !== 'required') {
      return [];
    }
    const window = dateWindow(rule, today);
    return [problem('DATE_REQUIRED', messages.dateRequired(rule.name, window.min, window.max))];
  }
  if (rule?.effectiveDate === 'ignored') {
    return [problem('DATE_IGNORED', messages.dateIgnored(rule.name))];
  }
  if (!isCalendarDate(given)) {
    return [problem('DATE_INVALID', messages.dateInvalid(stateName, given))];
  }
  if (!rule) {
    return [];
  }
  const window = dateWindow(rule, today);
  const found: Problem[] = [];
  if (window.max !== null && given > window.max) {
    found.push(problem('DATE_IN_FUTURE', messages.dateInFuture(rule.name, today)));
  }
  if (window.min !== null && given < window.min) {
    found.push(problem('DATE_TOO_OLD', messages.dateTooOld(rule.name, rule.maxBackdateDays ?? 0, window.min)));
  }
  return found;
}

/**
 * Every problem with a termination request for one state (empty: it can be sent), in `PROBLEM_CODES` order.
 * All checks run independently, so a request can have a state problem and field problems at once:
 * state (unknown, or not filed through NIPR), appointments (none selected), reason, effective date.
 * With no rule (unknown state) only the appointments and the date format can be checked.
 * `today` is the user's calendar date (`userToday()`); `reasons` supplies display names and order.
 */
export function validateTermination(
  rule: ComplianceRule | undefined,
  request: TerminationRequest,
  today: string,
  reasons: readonly TerminationReason[] = TERMINATION_REASONS
): Problem[] {
  requireCalendarDate(today);
  const stateName = rule?.name ?? request.state;
  const problems: Problem[] = [];
  if (!rule) {
    problems.push(problem('UNKNOWN_STATE', messages.unknownState(request.state)));
  } else if (!isFiledThroughNipr(rule)) {
    const instead = fileInstead(rule, reasons);
    const message = rule.filing === 'unknown' ? instead : messages.notFiledThroughNipr(rule.name, instead);
    problems.push(problem('NOT_FILED_THROUGH_NIPR', message));
  }
  if (request.appointmentIds.length === 0) {
    problems.push(problem('NO_APPOINTMENTS', messages.noAppointments(stateName)));
  }
  if (rule) {
    problems.push(...reasonProblems(rule, blankToNull(request.reasonCode), reasons));
  }
  problems.push(...dateProblems(rule, stateName, blankToNull(request.effectiveDate), today));
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Recording a termination filed outside NIPR (TerminationRules.cls is the Apex twin; vectors.json `record`)

const CHANNELS_BY_FILING: Readonly<Record<ComplianceRule['filing'], readonly FilingChannel[]>> = {
  nipr: [],
  registry: ['Company Register'],
  'state-portal': ['State Portal', 'Paper Form'],
  unknown: ['State Portal', 'Paper Form', 'Company Register']
};

/**
 * Where a termination of this state can have been filed outside NIPR, in display order: registry → the company's
 * register; state-portal → the state's portal or a paper form; unknown → any of the three; nipr → none (a state
 * filed through NIPR is never recorded as filed elsewhere).
 */
export function recordChannels(rule: ComplianceRule): readonly FilingChannel[] {
  return CHANNELS_BY_FILING[rule.filing];
}

/**
 * The reasons a recorded termination may carry: the state's `acceptedReasons` when it lists them, else every NIPR
 * reason (`allReasons` order). A record always carries one (for the audit), even where NIPR would take none.
 */
export function recordReasons(
  rule: ComplianceRule,
  allReasons: readonly TerminationReason[] = TERMINATION_REASONS
): readonly string[] {
  const all = allReasons.map((reason) => reason.code);
  const listed = rule.acceptedReasons;
  if (listed === null || listed.length === 0) {
    return all;
  }
  return [
    ...all.filter((code) => listed.includes(code as ReasonCode)),
    ...listed.filter((code) => !all.includes(code))
  ];
}

/** The warning shown where the state's filing route is not known (`filing: 'unknown'`); null elsewhere. */
export function unconfirmedRuleWarning(rule: ComplianceRule): string | null {
  return rule.filing === 'unknown' ? messages.unconfirmedRule(rule.name) : null;
}

/**
 * The effective dates a recorded termination may carry, relative to the day it was filed (not today): at most
 * `maxBackdateDays` before `filedOn` (when known) and not after `filedOn` when `futureDateAllowed === false`.
 * `ignored`: no date is entered; the effective date is the date filed.
 */
export function recordDateWindow(rule: ComplianceRule, filedOn: string): DateWindow {
  requireCalendarDate(filedOn);
  if (rule.effectiveDate === 'ignored') {
    return { usesDate: false, required: false, min: null, max: null };
  }
  return {
    usesDate: true,
    required: true,
    min: rule.maxBackdateDays === null ? null : addDays(filedOn, -rule.maxBackdateDays),
    max: rule.futureDateAllowed === false ? filedOn : null
  };
}

/**
 * The effective date saved for a recorded termination: the date filed where the state ignores dates, else the
 * date given (trimmed; null when blank).
 */
export function recordedEffectiveDate(rule: ComplianceRule, selection: TerminationRequest): string | null {
  return rule.effectiveDate === 'ignored'
    ? blankToNull(selection.filedOn ?? null)
    : blankToNull(selection.effectiveDate);
}

function recordDateProblems(rule: ComplianceRule, selection: TerminationRequest, filedOn: string | null): Problem[] {
  const given = blankToNull(selection.effectiveDate);
  if (rule.effectiveDate === 'ignored') {
    return given !== null && given !== filedOn ? [problem('DATE_IGNORED', messages.recordDateIgnored(rule.name))] : [];
  }
  const window = filedOn === null ? null : recordDateWindow(rule, filedOn);
  if (given === null) {
    return [problem('DATE_REQUIRED', messages.recordDateRequired(rule.name, window?.min ?? null, window?.max ?? null))];
  }
  if (!isCalendarDate(given)) {
    return [problem('DATE_INVALID', messages.dateInvalid(rule.name, given))];
  }
  const found: Problem[] = [];
  if (window?.max != null && filedOn !== null && given > window.max) {
    found.push(problem('DATE_IN_FUTURE', messages.recordDateAfterFiled(rule.name, filedOn)));
  }
  if (window?.min != null && given < window.min) {
    found.push(problem('DATE_TOO_OLD', messages.recordDateTooOld(rule.name, rule.maxBackdateDays ?? 0, window.min)));
  }
  return found;
}

/**
 * Every problem with recording a termination filed outside NIPR for one state (empty: it can be recorded), in
 * `PROBLEM_CODES` order: state (unknown, or filed through NIPR: nothing else is checked then), appointments,
 * channel (`recordChannels`), reason (always required; `recordReasons`), date filed (a calendar date, not after
 * `today`), effective date (see `recordDateWindow`: relative to the date filed; where the state ignores dates it is
 * the date filed and is left empty), reference (≤ 80 characters), note (≤ 2,000). Blank strings count as missing.
 */
export function validateRecordedSelection(
  rule: ComplianceRule | undefined,
  selection: TerminationRequest,
  today: string,
  reasons: readonly TerminationReason[] = TERMINATION_REASONS
): Problem[] {
  requireCalendarDate(today);
  const stateName = rule?.name ?? selection.state;
  const problems: Problem[] = [];
  if (!rule) {
    problems.push(problem('UNKNOWN_STATE', messages.unknownState(selection.state)));
  } else if (isFiledThroughNipr(rule)) {
    problems.push(problem('RECORD_FILED_THROUGH_NIPR', messages.recordFiledThroughNipr(rule.name)));
  }
  if (selection.appointmentIds.length === 0) {
    problems.push(problem('NO_APPOINTMENTS', messages.noAppointments(stateName)));
  }
  if (!rule || isFiledThroughNipr(rule)) {
    return problems;
  }
  const allowed = recordChannels(rule);
  const channel = blankToNull(selection.channel ?? null);
  if (channel === null) {
    problems.push(problem('CHANNEL_REQUIRED', messages.channelRequired(rule.name, allowed)));
  } else if (!allowed.some((candidate) => candidate === channel)) {
    problems.push(problem('CHANNEL_NOT_ALLOWED', messages.channelNotAllowed(rule.name, channel, allowed)));
  }
  const accepted = recordReasons(rule, reasons);
  const acceptedNames = accepted.map((code) => reasonName(code, reasons));
  const reason = blankToNull(selection.reasonCode);
  if (reason === null) {
    problems.push(problem('REASON_REQUIRED', messages.recordReasonRequired(rule.name, acceptedNames)));
  } else if (!accepted.includes(reason)) {
    problems.push(
      problem('REASON_NOT_ACCEPTED', messages.reasonNotAccepted(rule.name, reasonName(reason, reasons), acceptedNames))
    );
  }
  const filedText = blankToNull(selection.filedOn ?? null);
  const filedOn = filedText !== null && isCalendarDate(filedText) ? filedText : null;
  if (filedText === null) {
    problems.push(problem('FILED_ON_REQUIRED', messages.filedOnRequired(rule.name)));
  } else if (filedOn === null) {
    problems.push(problem('FILED_ON_INVALID', messages.filedOnInvalid(rule.name, filedText)));
  } else if (filedOn > today) {
    problems.push(problem('FILED_ON_IN_FUTURE', messages.filedOnInFuture(rule.name, today)));
  }
  problems.push(...recordDateProblems(rule, selection, filedOn));
  const reference = blankToNull(selection.reference ?? null);
  if (reference !== null && reference.length > MAX_REFERENCE_LENGTH) {
    problems.push(problem('REFERENCE_TOO_LONG', messages.referenceTooLong(rule.name, reference.length)));
  }
  const note = blankToNull(selection.note ?? null);
  if (note !== null && note.length > MAX_NOTE_LENGTH) {
    problems.push(problem('NOTE_TOO_LONG', messages.noteTooLong(rule.name, note.length)));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Grouping

/** One collator for every comparison: localeCompare with options builds a new one per call (see npm run bench). */
const TEXT_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Case-insensitive, numbers in numeric order ('NTX-9' before 'NTX-10'): the order of every sorted list. */
export function compareText(a: string, b: string): number {
  return TEXT_ORDER.compare(a, b);
}

/** The sentence after `UNVERIFIED:` in the notes, or null. */
function unverifiedDetail(notes: string): string | null {
  const marker = 'UNVERIFIED:';
  const at = notes.indexOf(marker);
  if (at < 0) {
    return null;
  }
  const rest = notes.slice(at + marker.length).trim();
  const end = rest.search(/\.(\s|$)/);
  return end < 0 ? `${rest}.` : rest.slice(0, end + 1);
}

/**
 * What to watch for in a state: its renewal blackout (skipped when the text starts with "None", i.e. no renewal),
 * for-cause paperwork outside NIPR, and rules a source does not confirm (`verified: false`, or `UNVERIFIED:` notes).
 */
function warningsFor(state: string, rule: ComplianceRule | undefined): Warning[] {
  if (!rule) {
    return [{ code: 'UNKNOWN_STATE', message: messages.unknownState(state) }];
  }
  const warnings: Warning[] = [];
  if (rule.renewalBlackout !== null && !/^none\b/i.test(rule.renewalBlackout.trim())) {
    warnings.push({ code: 'RENEWAL_BLACKOUT', message: messages.renewalBlackout(rule.name, rule.renewalBlackout) });
  }
  if (rule.forCauseOffline) {
    warnings.push({ code: 'FOR_CAUSE_OFFLINE', message: messages.forCauseOffline(rule.name) });
  }
  const detail = unverifiedDetail(rule.notes);
  if (!rule.verified) {
    warnings.push({ code: 'UNVERIFIED_RULE', message: messages.ruleUnverified(rule.name) });
  } else if (detail !== null) {
    warnings.push({ code: 'UNVERIFIED_RULE', message: messages.rulePartlyUnverified(rule.name, detail) });
  }
  return warnings;
}

/**
 * Appointments grouped by state: states in alphabetical order of their names (states without a rule last, by code),
 * appointments by company name, then license class, then id.
 */
export function groupByState(
  appointments: readonly Appointment[],
  rules: readonly ComplianceRule[],
  reasons: readonly TerminationReason[] = TERMINATION_REASONS
): StateGroup[] {
  const byState = rulesByState(rules);
  const buckets = new Map<string, Appointment[]>();
  for (const appointment of appointments) {
    const bucket = buckets.get(appointment.state);
    if (bucket) bucket.push(appointment);
    else buckets.set(appointment.state, [appointment]);
  }
  const groups = [...buckets].map(([state, members]): StateGroup => {
    const rule = byState.get(state);
    return {
      state,
      stateName: rule?.name ?? state,
      rule,
      appointments: [...members].sort(
        (a, b) =>
          compareText(a.companyName, b.companyName) ||
          compareText(a.licenseClass, b.licenseClass) ||
          compareText(a.id, b.id)
      ),
      filedThroughNipr: rule ? isFiledThroughNipr(rule) : false,
      fileInstead: rule ? whereToFileInstead(rule, reasons) : null,
      warnings: warningsFor(state, rule)
    };
  });
  return groups.sort(
    (a, b) => Number(a.rule === undefined) - Number(b.rule === undefined) || compareText(a.stateName, b.stateName)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Fees

/** The lines of authority of an appointment (`;`-separated, trimmed, blanks dropped); at least one. */
export function linesOf(appointment: Appointment): string[] {
  const lines = appointment.linesOfAuthority
    .split(';')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? lines : [appointment.licenseClass.trim() || messages.unspecifiedLine];
}

function toDollars(cents: number): number {
  return cents / 100;
}

function stateFeeCents(rule: ComplianceRule, lines: number): number | null {
  return rule.stateFee === null ? null : toCents(rule.stateFee) * (rule.feeBasis === 'per-line' ? lines : 1);
}

/**
 * The state's fee for terminating one appointment, in dollars: per-termination (or no basis stated) once, per-line ×
 * `linesOf(appointment)`; null when the state fee is unknown (TerminationRules.stateFeeFor). A recorded termination
 * (filed outside NIPR) carries this fee alone.
 */
export function stateFeeFor(rule: ComplianceRule, appointment: Appointment): number | null {
  const cents = stateFeeCents(rule, linesOf(appointment).length);
  return cents === null ? null : toDollars(cents);
}

/**
 * Itemized cost of terminating the requested appointments: one NIPR transaction per appointment
 * (`setting.niprFeePerTransaction`) plus the state fee (per-termination: once; per-line: × `linesOf`).
 * Only states filed through NIPR are priced (nothing is submitted for the others, nor for unknown states);
 * an appointment listed twice is counted once; an appointment id not in `appointments` counts as one line.
 * A null state fee is unknown: the item's `stateFee` is null, it adds nothing to the totals, and the state is
 * listed in `statesWithUnknownFee`. Sums are kept in integer cents and returned in dollars.
 */
export function feeFor(
  rules: readonly ComplianceRule[],
  setting: OffboardingSetting,
  requests: readonly TerminationRequest[],
  appointments: readonly Appointment[]
): FeeEstimate {
  const byState = rulesByState(rules);
  const byId = new Map(appointments.map((appointment) => [appointment.id, appointment]));
  const niprCents = toCents(setting.niprFeePerTransaction);
  const seen = new Set<string>();
  const unknownFee = new Set<string>();
  const items: FeeItem[] = [];
  let niprTotal = 0;
  let stateTotal = 0;
  for (const request of requests) {
    const rule = byState.get(request.state);
    if (!rule || !isFiledThroughNipr(rule)) {
      continue;
    }
    for (const appointmentId of request.appointmentIds) {
      if (seen.has(appointmentId)) {
        continue;
      }
      seen.add(appointmentId);
      const appointment = byId.get(appointmentId);
      const lines = appointment ? linesOf(appointment).length : 1;
      const stateCents = stateFeeCents(rule, lines);
      if (stateCents === null) {
        unknownFee.add(rule.state);
      } else {
        stateTotal += stateCents;
      }
      niprTotal += niprCents;
      items.push({
        appointmentId,
        state: rule.state,
        niprFee: toDollars(niprCents),
        stateFee: stateCents === null ? null : toDollars(stateCents),
        lines,
        basis: rule.feeBasis
      });
    }
  }
  return {
    items,
    niprTotal: toDollars(niprTotal),
    stateTotal: toDollars(stateTotal),
    total: toDollars(niprTotal + stateTotal),
    statesWithUnknownFee: [...unknownFee].sort()
  };
}
