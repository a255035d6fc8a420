// The NIPR transactions as the table shows them: the core's transaction, its explanation and the text of each cell.
import {
  calendarDayOf,
  explainTransaction,
  formatDate,
  formatMoney,
  reasonName,
  type TransactionRecord,
  type TransactionTone
} from 'c/offboardingCore';
import { labels } from './labels';

/** A row as the table takes it: the core's transaction, with the gateway it was submitted to when known. */
export type TableTransaction = TransactionRecord & { readonly gatewayMode?: string | null };

/** One table row. */
export interface TransactionView {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly producerName: string;
  readonly stateName: string;
  readonly state: string;
  readonly companyName: string;
  readonly appointmentDetail: string;
  readonly reason: string;
  readonly effectiveDate: string;
  readonly fee: string;
  readonly statusLabel: string;
  readonly badgeClass: string;
  /** Submitted to the simulated gateway: the row shows a "Simulated" badge (text, not colour only). */
  readonly simulated: boolean;
  readonly explanation: string;
  readonly nextStep: string;
  readonly niprCode: string;
  readonly niprDetail: string;
  readonly canCorrect: boolean;
  readonly canCancel: boolean;
  /** A stuck Submitting row the user may send again (Offboarding_Submit_NIPR). */
  readonly canResend: boolean;
}

/** What the user may do here: correct and cancel (Offboarding_Terminate), resend (Offboarding_Submit_NIPR). */
export interface ViewPermissions {
  readonly canManage: boolean;
  readonly canResend: boolean;
  /** Minutes after which a Submitting row is stuck (the org's setting), for its explanation. */
  readonly submitTimeoutMinutes?: number;
}

const BADGES: Readonly<Record<TransactionTone, string>> = {
  success: 'slds-badge slds-theme_success',
  warning: 'slds-badge slds-theme_warning',
  error: 'slds-badge slds-theme_error',
  info: 'slds-badge slds-badge_inverse',
  neutral: 'slds-badge'
};

function linesText(tx: TransactionRecord): string {
  const lines = tx.linesOfAuthority
    .split(';')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? lines.join(', ') : labels.linesOfAuthority(tx.lines);
}

export function toView(tx: TableTransaction, timeZone: string, permissions: ViewPermissions): TransactionView {
  const { canManage, canResend, submitTimeoutMinutes } = permissions;
  const explained = explainTransaction(tx, undefined, submitTimeoutMinutes);
  const submitted = calendarDayOf(tx.submittedOn, timeZone);
  return {
    id: tx.id,
    url: tx.id ? `/${tx.id}` : '',
    name: tx.name,
    producerName: tx.producerName,
    stateName: tx.stateName,
    state: tx.state,
    companyName: tx.companyName,
    appointmentDetail: [tx.licenseClass, linesText(tx)].filter((part) => part !== '').join(' · '),
    reason: tx.reasonCode ? reasonName(tx.reasonCode) : labels.none,
    effectiveDate: tx.effectiveDate ? formatDate(tx.effectiveDate) : labels.notSet,
    fee: tx.fee === null ? labels.none : formatMoney(tx.fee),
    statusLabel: explained.label,
    badgeClass: BADGES[explained.tone],
    simulated: tx.gatewayMode === 'Simulated',
    explanation: explained.explanation,
    nextStep: explained.nextStep,
    niprCode: tx.niprCode ?? labels.none,
    niprDetail: [
      tx.niprReference ? labels.niprReference(tx.niprReference) : '',
      submitted ? labels.submittedOn(formatDate(submitted)) : ''
    ]
      .filter((part) => part !== '')
      .join(' · '),
    canCorrect: canManage && explained.correctable,
    canCancel: canManage && explained.cancellable,
    canResend: canResend && explained.resendable
  };
}
