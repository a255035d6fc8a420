// Records as the Apex DTOs send them (types/apex/*.d.ts, every field optional) mapped to the core's types.
// A field the server leaves out (or sends as null) becomes the core's "not known" value: null, `unknown`, false, [].
import { EFFECTIVE_DATE_USAGES, FEE_BASES, FILING_ROUTES, TERMINATION_REASONS, isReasonCode } from './codes';
import type {
  Appointment,
  AppointmentStatus,
  ComplianceRule,
  OffboardingSetting,
  ReasonCode,
  TerminationReason
} from './types';

const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['Active', 'Pending Termination', 'Terminated'];

/** `value` when it is one of `allowed`, else null (the other Apex record mappers read their picklists with it too). */
export function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | null {
  return allowed.find((item) => item === value) ?? null;
}

/** `value`, or null when it is absent or blank. */
export function textOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value;
}

/** The codes of the list that are NIPR reason codes; an absent or empty list is null ("none needed or not known"). */
function reasonCodes(codes: readonly string[] | null | undefined): readonly ReasonCode[] | null {
  const known = (codes ?? []).filter(isReasonCode);
  return known.length > 0 ? known : null;
}

/** One `Apex.ComplianceRule` as a `ComplianceRule`; an unknown filing or date usage reads as `unknown`. */
export function fromApexRule(rule: Apex.ComplianceRule): ComplianceRule {
  const state = rule.state ?? '';
  return {
    state,
    name: textOrNull(rule.name) ?? state,
    filing: oneOf(rule.filing, FILING_ROUTES) ?? 'unknown',
    acceptedReasons: reasonCodes(rule.acceptedReasons),
    reasonRequired: rule.reasonRequired ?? null,
    effectiveDate: oneOf(rule.effectiveDate, EFFECTIVE_DATE_USAGES) ?? 'unknown',
    maxBackdateDays: rule.maxBackdateDays ?? null,
    futureDateAllowed: rule.futureDateAllowed ?? null,
    stateFee: rule.stateFee ?? null,
    feeBasis: oneOf(rule.feeBasis, FEE_BASES),
    forCauseOffline: rule.forCauseOffline ?? false,
    renewalBlackout: textOrNull(rule.renewalBlackout),
    notes: rule.notes ?? '',
    sources: rule.sources ?? [],
    verified: rule.verified ?? false
  };
}

/** One `Apex.AppointmentInfo` as an `Appointment` (an unknown status reads as `Active`: the server sends eligible ones). */
export function fromApexAppointment(appointment: Apex.AppointmentInfo): Appointment {
  return {
    id: appointment.id ?? '',
    producerId: appointment.producerId ?? '',
    state: appointment.state ?? '',
    companyName: appointment.companyName ?? '',
    companyNaic: textOrNull(appointment.companyNaic),
    licenseClass: appointment.licenseClass ?? '',
    linesOfAuthority: appointment.linesOfAuthority ?? '',
    status: oneOf(appointment.status, APPOINTMENT_STATUSES) ?? 'Active',
    appointedOn: textOrNull(appointment.appointedOn),
    terminatedOn: null
  };
}

/** The org's reasons (`Termination_Reason__mdt`) in their order, NIPR codes only; none at all → `TERMINATION_REASONS`. */
export function fromApexReasons(reasons: readonly Apex.ReasonInfo[] | null | undefined): readonly TerminationReason[] {
  const known = (reasons ?? []).flatMap((reason): TerminationReason[] => {
    const code = reason.code ?? '';
    return isReasonCode(code) ? [{ code, name: textOrNull(reason.name) ?? code }] : [];
  });
  return known.length > 0 ? known : TERMINATION_REASONS;
}

/** `Apex.SettingInfo` as an `OffboardingSetting` (absent fee: 0; any mode but `Live` is `Simulated`). */
export function fromApexSetting(setting: Apex.SettingInfo | null | undefined): OffboardingSetting {
  return {
    niprFeePerTransaction: setting?.niprFeePerTransaction ?? 0,
    gatewayMode: setting?.gatewayMode === 'Live' ? 'Live' : 'Simulated'
  };
}
