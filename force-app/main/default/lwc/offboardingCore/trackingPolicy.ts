// The NIPR tracking policy: may a producer's NIPR tracking be set Inactive? One decision for the editor, the bulk
// page, the Batch job and the trigger guard. Its Apex twin is TrackingPolicy.cls; both are held together by the shared
// vectors of data/workflow/tracking-policy-vectors.json (same inputs, same decision, same message, character for
// character).
// - refused while any transaction of the producer is open (the `open` statuses of the transition table), naming
//   them with, for each status, what can really be done about it (derived from the transition table);
// - needsConfirmation while appointments are still Active and nothing is open: the user confirms that billing and
//   monitoring stop while the appointments stay on file with the states;
// - allowed when nothing is open and no appointment is Active.
import { plural } from './stepMessages';
import { OPEN_STATUSES, actionsFrom, type WorkflowAction } from './workflow';

export type TrackingDecision = 'refused' | 'needsConfirmation' | 'allowed';

/** An open transaction as the policy names it: `state` is the state's display name (or its code). */
export interface PolicyTransaction {
  readonly name: string;
  readonly state: string;
  readonly status: string;
}

/** An Active appointment as the policy lists it: `state` is the state's display name (or its code). */
export interface PolicyAppointment {
  readonly state: string;
  readonly company: string;
}

export interface TrackingPolicyInput {
  /** The producer's name; null when the caller has none (the trigger guard). */
  readonly recordName: string | null;
  readonly openTransactions: readonly PolicyTransaction[];
  readonly activeAppointments: readonly PolicyAppointment[];
}

export interface TrackingPolicyResult {
  readonly decision: TrackingDecision;
  /** Why refused, what to confirm, or what setting Inactive means. */
  readonly message: string;
}

/** Transactions and appointments named in a message; the rest are counted. */
export const POLICY_NAMED = 5;

/** What a user can do about a transaction in that status, from the transition table's actions out of it. */
export function openStatusAction(status: string): string {
  const actions: readonly WorkflowAction[] = actionsFrom(status);
  const has = (action: WorkflowAction): boolean => actions.includes(action);
  if (has('deliver') || has('refresh')) {
    // Waiting for NIPR: its answer moves the transaction on.
    const then = [has('resend') ? ', or Resend it if it is stuck' : '', has('refresh') ? '; Refresh status' : ''].join(
      ''
    );
    return `wait for NIPR's answer${then}`;
  }
  const verbs: string[] = [];
  // A row ready to submit is submitted or cancelled; rechecking it does not finish it.
  if (has('checkEligibility') && !has('submit')) verbs.push('recheck');
  if (has('correct')) verbs.push('correct');
  if (has('submit')) verbs.push('submit');
  if (has('cancel')) verbs.push('cancel');
  if (verbs.length === 0) {
    return 'open it on the NIPR Transactions page';
  }
  const last = verbs.pop() ?? '';
  return `${verbs.length === 0 ? last : `${verbs.join(', ')} or ${last}`} it`;
}

/** Whether a status keeps NIPR tracking Active (an `open` status of the transition table). */
export function isOpenStatus(status: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** `NTX-000012 (Florida) is Submitted: wait for NIPR's answer; Refresh status.` for each, the first five. */
export function describeOpenTransactions(transactions: readonly PolicyTransaction[]): string {
  const named = transactions
    .slice(0, POLICY_NAMED)
    .map((t) => `${t.name} (${t.state || 'no state'}) is ${t.status}: ${openStatusAction(t.status)}.`);
  const rest = transactions.length - named.length;
  return named.join(' ') + (rest > 0 ? ` ${plural(rest, 'more is', 'more are')} open.` : '');
}

/** `Florida (Acme Life), Texas (Acme Life) and 2 more`. */
export function describeAppointments(appointments: readonly PolicyAppointment[]): string {
  const named = appointments
    .slice(0, POLICY_NAMED)
    .map((a) => `${a.state || 'no state'} (${a.company || 'no company'})`);
  const rest = appointments.length - named.length;
  if (rest > 0) {
    return `${named.join(', ')} and ${rest} more`;
  }
  const last = named.pop();
  return last === undefined ? '' : named.length === 0 ? last : `${named.join(', ')} and ${last}`;
}

export const trackingPolicyMessages = {
  refused: (recordName: string | null, transactions: readonly PolicyTransaction[]) =>
    `NIPR tracking${recordName ? ` of ${recordName}` : ''} cannot be set Inactive while NIPR transactions are open. ${describeOpenTransactions(
      transactions
    )} Follow ${transactions.length === 1 ? 'it' : 'them'} on the NIPR Transactions page first.`,
  needsConfirmation: (recordName: string | null, appointments: readonly PolicyAppointment[]) =>
    `${recordName ?? 'The producer'} still has ${plural(appointments.length, 'active appointment', 'active appointments')}: ${describeAppointments(
      appointments
    )}. Setting NIPR tracking Inactive stops NIPR monitoring and billing, but ${appointments.length === 1 ? 'the appointment stays on file with the state: the producer remains appointed until it is terminated' : 'the appointments stay on file with the states: the producer remains appointed until they are terminated'}. Confirm to set it Inactive anyway.`,
  confirmationNeeded: (recordName: string | null, appointments: readonly PolicyAppointment[]) =>
    `Confirmation needed: ${trackingPolicyMessages.needsConfirmation(recordName, appointments)}`,
  allowed: (recordName: string | null) =>
    `Setting NIPR tracking Inactive stops NIPR monitoring and billing${recordName ? ` for ${recordName}` : ''}. The data is kept for audit.`,
  /** The bulk page's one-line summary of a decision. */
  summary: (result: TrackingPolicyResult, appointments: readonly PolicyAppointment[]) => {
    if (result.decision === 'allowed') return 'Set Inactive';
    if (result.decision === 'needsConfirmation') {
      return `Needs confirmation: ${plural(appointments.length, 'active appointment', 'active appointments')} (${describeAppointments(appointments)})`;
    }
    return `Refused: ${result.message}`;
  }
} as const;

/** The policy: refused while anything is open; needs a confirmation while appointments are Active; else allowed. */
export function trackingPolicy(input: TrackingPolicyInput): TrackingPolicyResult {
  const open = input.openTransactions.filter((t) => isOpenStatus(t.status));
  if (open.length > 0) {
    return { decision: 'refused', message: trackingPolicyMessages.refused(input.recordName, open) };
  }
  if (input.activeAppointments.length > 0) {
    return {
      decision: 'needsConfirmation',
      message: trackingPolicyMessages.needsConfirmation(input.recordName, input.activeAppointments)
    };
  }
  return { decision: 'allowed', message: trackingPolicyMessages.allowed(input.recordName) };
}

/** Whether tracking may be set Inactive now: allowed, or needing a confirmation that was given. */
export function mayDeactivate(decision: TrackingDecision, confirmed: boolean): boolean {
  return decision === 'allowed' || (decision === 'needsConfirmation' && confirmed);
}
