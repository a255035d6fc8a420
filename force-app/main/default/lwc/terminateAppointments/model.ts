// The Terminate modal's data: the server's context in core types, the user's choices per state, and what the core
// says about them (problems, fees). Pure functions; the rules themselves live in c/offboardingCore.
import {
  defaultReason,
  feeFor,
  fromApexAppointment,
  fromApexReasons,
  fromApexRule,
  fromApexSetting,
  groupByState,
  linesOf,
  OPEN_STATUSES,
  rulesByState,
  userToday,
  validateRecordedSelection,
  validateTermination,
  type Appointment,
  type ComplianceRule,
  type OffboardingSetting,
  type Problem,
  type StateGroup,
  type TerminationReason,
  type TerminationRequest
} from 'c/offboardingCore';
import { labels } from './labels';

export interface TerminationModel {
  readonly producerName: string;
  readonly canTerminate: boolean;
  readonly trackingActive: boolean;
  readonly appointments: readonly Appointment[];
  readonly rules: readonly ComplianceRule[];
  readonly reasons: readonly TerminationReason[];
  readonly setting: OffboardingSetting;
  /** The user's calendar date as the server computed it: every date window is relative to it. */
  readonly today: string;
  readonly groups: readonly StateGroup[];
  /** Appointments kept out by a transaction (open, or already filed): listed, never selectable. */
  readonly unavailable: readonly UnavailableAppointment[];
}

/** An appointment that cannot be terminated from here, with the transaction that keeps it out. */
export interface UnavailableAppointment {
  readonly id: string;
  /** "Ohio: Acme Life, Life (Life)". */
  readonly label: string;
  /** "In progress — NTX-000002 (Draft)" or "Filed — NTX-000009 (Accepted)". */
  readonly detail: string;
  readonly transactionId: string | null;
}

/** The user's choice per state (USPS code → request). */
export type Choices = Readonly<Record<string, TerminationRequest>>;

export interface StateProblem extends Problem {
  /** USPS code; empty for a problem of the whole request. */
  readonly state: string;
  readonly key: string;
}

export interface FeeLines {
  readonly nipr: string;
  readonly state: string;
  readonly total: string;
  readonly unknown: string | null;
}

function toUnavailable(
  infos: readonly Apex.AppointmentInfo[],
  rules: readonly ComplianceRule[]
): UnavailableAppointment[] {
  const byState = rulesByState(rules);
  return infos
    .map((info) => {
      const appointment = fromApexAppointment(info);
      const stateName = byState.get(appointment.state)?.name ?? appointment.state;
      const name = info.openTransactionName ?? '';
      const status = info.openTransactionStatus ?? '';
      const open = OPEN_STATUSES.some((candidate) => candidate === status);
      return {
        id: appointment.id,
        label: labels.unavailableAppointment(
          stateName,
          appointment.companyName,
          appointment.licenseClass,
          linesOf(appointment)
        ),
        detail: open ? labels.inProgress(name, status) : labels.filed(name, status),
        transactionId: info.openTransactionId ?? null
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function toModel(context: Apex.TerminationContext): TerminationModel {
  const appointments = (context.appointments ?? []).map(fromApexAppointment);
  const rules = (context.rules ?? []).map(fromApexRule);
  const reasons = fromApexReasons(context.reasons);
  return {
    producerName: context.producer?.name ?? '',
    canTerminate: context.canTerminate === true,
    trackingActive: context.trackingActive === true,
    appointments,
    rules,
    reasons,
    setting: fromApexSetting(context.setting),
    today: context.today ?? userToday(),
    groups: groupByState(appointments, rules, reasons),
    unavailable: toUnavailable(context.unavailable ?? [], rules)
  };
}

// --- record filed elsewhere (issue 12)
/** A state with a rule that is not filed through NIPR: its appointments are recorded as filed elsewhere. */
export function isRecordable(group: StateGroup): boolean {
  return group.rule !== undefined && !group.filedThroughNipr;
}

/** Its appointments can be selected: filed through NIPR, or recorded as filed elsewhere. */
export function isSelectable(group: StateGroup): boolean {
  return group.filedThroughNipr || isRecordable(group);
}
// --- end record filed elsewhere

/** Ids of the appointments that can be terminated from here (filed through NIPR or recorded as filed elsewhere). */
export function selectableIds(model: TerminationModel): string[] {
  return model.groups.filter(isSelectable).flatMap((group) => group.appointments.map((appointment) => appointment.id));
}

/**
 * The choices before the user picks anything: per state filed through NIPR nothing selected, its only accepted
 * reason preselected (the core's `defaultReason`), no date.
 */
export function initialChoices(model: TerminationModel): Choices {
  const choices: Record<string, TerminationRequest> = {};
  for (const group of model.groups) {
    if (group.filedThroughNipr && group.rule) {
      choices[group.state] = {
        state: group.state,
        reasonCode: defaultReason(group.rule, model.reasons),
        effectiveDate: null,
        appointmentIds: []
      };
    }
  }
  return choices;
}

/** The requests of the states with at least one selected appointment, in the order of the groups. */
export function selectedRequests(model: TerminationModel, choices: Choices): TerminationRequest[] {
  return model.groups.flatMap((group) => {
    const choice = choices[group.state];
    return isSelectable(group) && choice && choice.appointmentIds.length > 0 ? [choice] : [];
  });
}

/** Every problem of the requests (the core's `validateTermination`), or the lack of any selection. */
export function problemsOf(model: TerminationModel, requests: readonly TerminationRequest[]): StateProblem[] {
  if (requests.length === 0) {
    return [{ state: '', key: 'none', field: 'appointmentIds', code: 'NO_APPOINTMENTS', message: labels.noSelection }];
  }
  const byState = rulesByState(model.rules);
  const recordable = new Set(model.groups.filter(isRecordable).map((group) => group.state));
  const validate = (request: TerminationRequest): Problem[] => {
    const rule = byState.get(request.state);
    return recordable.has(request.state)
      ? validateRecordedSelection(rule, request, model.today, model.reasons)
      : validateTermination(rule, request, model.today, model.reasons);
  };
  return requests.flatMap((request) =>
    validate(request).map((problem, index) => ({
      ...problem,
      state: request.state,
      key: `${request.state}-${index}`
    }))
  );
}

/** The fee estimate of the requests as text (null when nothing is selected). */
export function feeLines(model: TerminationModel, requests: readonly TerminationRequest[]): FeeLines | null {
  if (requests.length === 0) {
    return null;
  }
  const estimate = feeFor(model.rules, model.setting, requests, model.appointments);
  const byState = rulesByState(model.rules);
  const unknown = estimate.statesWithUnknownFee.map((state) => byState.get(state)?.name ?? state);
  return {
    nipr: labels.niprFee(estimate.niprTotal, estimate.items.length, model.setting.niprFeePerTransaction),
    state: labels.stateFees(estimate.stateTotal),
    total: labels.total(estimate.total),
    unknown: unknown.length > 0 ? labels.unknownFees(unknown) : null
  };
}

/**
 * The requests as `Apex.StateSelection`s (an empty reason or date is left out: null on the server). A recorded
 * termination also carries its channel, date filed, reference and note (a selection without a channel is filed
 * through NIPR).
 */
export function toSelections(requests: readonly TerminationRequest[]): Apex.StateSelection[] {
  return requests.map((request) => ({
    state: request.state,
    appointmentIds: [...request.appointmentIds],
    ...(request.reasonCode ? { reasonCode: request.reasonCode } : {}),
    ...(request.effectiveDate ? { effectiveDate: request.effectiveDate } : {}),
    ...(request.channel ? { channel: request.channel } : {}),
    ...(request.channel && request.filedOn ? { filedOn: request.filedOn } : {}),
    ...(request.channel && request.reference ? { reference: request.reference } : {}),
    ...(request.channel && request.note ? { note: request.note } : {})
  }));
}
