// Codes, names and enumerations of the offboarding domain (data/compliance/README.md, docs/design.md).
import type {
  EffectiveDateUsage,
  FeeBasis,
  FilingChannel,
  FilingRoute,
  Problem,
  ProblemCode,
  ReasonCode,
  TerminationReason
} from './types';

const REASON_NAMES: Readonly<Record<ReasonCode, string>> = {
  Vol: 'Voluntary termination',
  InadProd: 'Inadequate production',
  GA: 'Cancelled by general agent',
  Death: 'Death',
  Defunct: 'Company defunct or liquidation',
  Indebt: 'Company indebtedness',
  PoorSvc: 'Poor policyholder service',
  Moved: 'Agent moved',
  Err: 'Appointed in error',
  Canc: 'Cancelled',
  CfC: 'Cancelled for cause',
  Merger: 'Company merger',
  Rev: 'License revoked',
  Susp: 'Suspended (for compliance)',
  RRR: 'Request regulatory review'
};

/**
 * The 15 NIPR reason codes in display order (data/compliance/README.md). The org's `Termination_Reason__mdt`
 * records (generated from data/compliance/termination-reasons.json) are passed in where available; this is the default.
 */
export const TERMINATION_REASONS: readonly TerminationReason[] = (Object.keys(REASON_NAMES) as ReasonCode[]).map(
  (code) => ({ code, name: REASON_NAMES[code] })
);

/** The field each problem belongs to; its keys are every `ProblemCode`. */
export const PROBLEM_FIELDS: Readonly<Record<ProblemCode, Problem['field']>> = {
  UNKNOWN_STATE: 'state',
  NOT_FILED_THROUGH_NIPR: 'state',
  NO_APPOINTMENTS: 'appointmentIds',
  REASON_REQUIRED: 'reasonCode',
  REASON_NOT_ACCEPTED: 'reasonCode',
  REASON_NOT_TAKEN: 'reasonCode',
  DATE_REQUIRED: 'effectiveDate',
  DATE_INVALID: 'effectiveDate',
  DATE_IN_FUTURE: 'effectiveDate',
  DATE_TOO_OLD: 'effectiveDate',
  DATE_IGNORED: 'effectiveDate',
  RECORD_FILED_THROUGH_NIPR: 'state',
  CHANNEL_REQUIRED: 'channel',
  CHANNEL_NOT_ALLOWED: 'channel',
  FILED_ON_REQUIRED: 'filedOn',
  FILED_ON_INVALID: 'filedOn',
  FILED_ON_IN_FUTURE: 'filedOn',
  REFERENCE_TOO_LONG: 'reference',
  NOTE_TOO_LONG: 'note'
};

/** Every `ProblemCode`, in the order `validateTermination` (then `validateRecordedSelection`) reports them. */
export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(PROBLEM_FIELDS) as ProblemCode[];

export const FILING_ROUTES: readonly FilingRoute[] = ['nipr', 'registry', 'state-portal', 'unknown'];
export const EFFECTIVE_DATE_USAGES: readonly EffectiveDateUsage[] = ['required', 'used', 'ignored', 'unknown'];
export const FEE_BASES: readonly FeeBasis[] = ['per-termination', 'per-line'];
/** Where a termination filed outside NIPR can have been filed, in display order. */
export const FILING_CHANNELS: readonly FilingChannel[] = ['State Portal', 'Paper Form', 'Company Register'];
/** `External_Reference__c` is Text(80); `Filing_Note__c` is a LongTextArea(2000). */
export const MAX_REFERENCE_LENGTH = 80;
export const MAX_NOTE_LENGTH = 2000;

export function isReasonCode(value: string): value is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_NAMES, value);
}

/** The display name of a reason code, from `reasons` first; an unknown code is returned as is. */
export function reasonName(code: string, reasons: readonly TerminationReason[] = TERMINATION_REASONS): string {
  const listed = reasons.find((reason) => reason.code === code);
  if (listed) {
    return listed.name;
  }
  return isReasonCode(code) ? REASON_NAMES[code] : code;
}
