// Types shared by every offboarding component and mirrored by the Apex services.
// Names follow docs/design.md; field meanings follow data/compliance/README.md.
import type { WorkflowStatus } from './workflow';

/** How a state takes an appointment termination (`Filing__c`). */
export type FilingRoute = 'nipr' | 'registry' | 'state-portal' | 'unknown';

/** What a state does with the effective date (`Effective_Date_Usage__c`). */
export type EffectiveDateUsage = 'required' | 'used' | 'ignored' | 'unknown';

/** How the state fee is counted (`Fee_Basis__c`). */
export type FeeBasis = 'per-termination' | 'per-line';

/** The 15 NIPR termination reason codes, as listed in data/compliance/README.md. */
export type ReasonCode =
  | 'Vol'
  | 'InadProd'
  | 'GA'
  | 'Death'
  | 'Defunct'
  | 'Indebt'
  | 'PoorSvc'
  | 'Moved'
  | 'Err'
  | 'Canc'
  | 'CfC'
  | 'Merger'
  | 'Rev'
  | 'Susp'
  | 'RRR';

/** One record of data/compliance/state-termination-rules.json (one `Compliance_Rule__mdt`). */
export interface ComplianceRule {
  readonly state: string;
  readonly name: string;
  readonly filing: FilingRoute;
  readonly acceptedReasons: readonly ReasonCode[] | null;
  readonly reasonRequired: boolean | null;
  readonly effectiveDate: EffectiveDateUsage;
  readonly maxBackdateDays: number | null;
  readonly futureDateAllowed: boolean | null;
  readonly stateFee: number | null;
  readonly feeBasis: FeeBasis | null;
  readonly forCauseOffline: boolean;
  readonly renewalBlackout: string | null;
  readonly notes: string;
  readonly sources: readonly string[];
  readonly verified: boolean;
}

/** One `Termination_Reason__mdt` (data/compliance/termination-reasons.json), in display order. */
export interface TerminationReason {
  readonly code: ReasonCode;
  readonly name: string;
}

/** The `Default` record of `Offboarding_Setting__mdt` (data/compliance/settings.json). */
export interface OffboardingSetting {
  /** USD per submitted NIPR Gateway transaction. */
  readonly niprFeePerTransaction: number;
  readonly gatewayMode: 'Simulated' | 'Live';
}

/** A Contact (individual) or Account (firm) that holds appointments. */
export interface Producer {
  readonly id: string;
  readonly name: string;
  readonly kind: 'individual' | 'firm';
  readonly npn: string | null;
  readonly niprTracking: 'Active' | 'Inactive';
}

export type AppointmentStatus = 'Active' | 'Pending Termination' | 'Terminated';

/** One `Appointment__c`. Dates are `YYYY-MM-DD`. */
export interface Appointment {
  readonly id: string;
  readonly producerId: string;
  /** USPS code, e.g. `NC`. */
  readonly state: string;
  readonly companyName: string;
  readonly companyNaic: string | null;
  readonly licenseClass: string;
  /** `Line_of_Authority__c`: one or more lines separated by `;` (see `linesOf`). */
  readonly linesOfAuthority: string;
  readonly status: AppointmentStatus;
  readonly appointedOn: string | null;
  readonly terminatedOn: string | null;
}

/** Where a termination filed outside NIPR was filed (`NIPR_Transaction__c.Filing_Channel__c`). */
export type FilingChannel = 'State Portal' | 'Paper Form' | 'Company Register';

/** What the user asks for in one state: the same reason and date for all selected appointments there. */
export interface TerminationRequest {
  readonly state: string;
  readonly reasonCode: string | null;
  /** `YYYY-MM-DD`, or null when not given. */
  readonly effectiveDate: string | null;
  readonly appointmentIds: readonly string[];
  /**
   * A termination filed outside NIPR, recorded here: where it was filed (`recordChannels`). Absent or null: the
   * appointments are filed through NIPR, and the three fields below are not used.
   */
  readonly channel?: string | null;
  /** Recorded termination: the day it was filed (`YYYY-MM-DD`, not after today). */
  readonly filedOn?: string | null;
  /** Recorded termination: the state's confirmation number (at most 80 characters). */
  readonly reference?: string | null;
  /** Recorded termination: the specialist's note (at most 2,000 characters). */
  readonly note?: string | null;
}

/** `NIPR_Transaction__c.Status__c`: the statuses of the generated transition table (workflow.ts). */
export type NiprTransactionStatus = WorkflowStatus;

/** One `NIPR_Transaction__c`. Dates are `YYYY-MM-DD`; `submittedOn` is an ISO 8601 date-time. */
export interface NiprTransaction {
  readonly id: string;
  readonly name: string;
  readonly appointmentId: string;
  readonly producerId: string;
  readonly type: 'Appointment Termination';
  readonly state: string;
  readonly reasonCode: string | null;
  readonly effectiveDate: string | null;
  readonly status: NiprTransactionStatus;
  readonly statusDetail: string | null;
  readonly fee: number | null;
  readonly niprReference: string | null;
  readonly idempotencyKey: string;
  readonly submissionBatchId: string | null;
  readonly submittedBy: string | null;
  readonly submittedOn: string | null;
}

/** Codes of `Problem`; shared with the Apex services and data/compliance/vectors.json. */
export type ProblemCode =
  | 'UNKNOWN_STATE'
  | 'NOT_FILED_THROUGH_NIPR'
  | 'NO_APPOINTMENTS'
  | 'REASON_REQUIRED'
  | 'REASON_NOT_ACCEPTED'
  | 'REASON_NOT_TAKEN'
  | 'DATE_REQUIRED'
  | 'DATE_INVALID'
  | 'DATE_IN_FUTURE'
  | 'DATE_TOO_OLD'
  | 'DATE_IGNORED'
  | 'RECORD_FILED_THROUGH_NIPR'
  | 'CHANNEL_REQUIRED'
  | 'CHANNEL_NOT_ALLOWED'
  | 'FILED_ON_REQUIRED'
  | 'FILED_ON_INVALID'
  | 'FILED_ON_IN_FUTURE'
  | 'REFERENCE_TOO_LONG'
  | 'NOTE_TOO_LONG';

/** One reason a termination request cannot be sent as it stands. */
export interface Problem {
  readonly field:
    'state' | 'reasonCode' | 'effectiveDate' | 'appointmentIds' | 'channel' | 'filedOn' | 'reference' | 'note';
  readonly code: ProblemCode;
  readonly message: string;
}

/** The dates a user may enter for one state (`YYYY-MM-DD`; null = no bound). */
export interface DateWindow {
  readonly usesDate: boolean;
  readonly required: boolean;
  readonly min: string | null;
  readonly max: string | null;
}

export type WarningCode = 'UNKNOWN_STATE' | 'RENEWAL_BLACKOUT' | 'FOR_CAUSE_OFFLINE' | 'UNVERIFIED_RULE';

/** Something the user should know about a state before filing; it does not block the request. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
}

/** Appointments of one state, with the state's rule and what to watch for. */
export interface StateGroup {
  readonly state: string;
  /** The jurisdiction's name, or the code when there is no rule. */
  readonly stateName: string;
  readonly rule: ComplianceRule | undefined;
  readonly appointments: readonly Appointment[];
  readonly filedThroughNipr: boolean;
  /** Where to file when not through NIPR (null when filed through NIPR). */
  readonly fileInstead: string | null;
  readonly warnings: readonly Warning[];
}

/** Cost of one appointment's NIPR termination, in dollars. */
export interface FeeItem {
  readonly appointmentId: string;
  readonly state: string;
  readonly niprFee: number;
  /** Null when the state fee is not known (not counted in the totals). */
  readonly stateFee: number | null;
  readonly lines: number;
  readonly basis: FeeBasis | null;
}

/** The totals of an itemized cost, in dollars rounded to cents. */
export interface FeeTotals {
  readonly niprTotal: number;
  /** Sum of the known state fees. */
  readonly stateTotal: number;
  readonly total: number;
  /** USPS codes, sorted, of states whose fee is unknown (not counted in the totals). */
  readonly statesWithUnknownFee: readonly string[];
}

/** Itemized cost of a set of termination requests, in dollars rounded to cents. */
export interface FeeEstimate extends FeeTotals {
  readonly items: readonly FeeItem[];
}
