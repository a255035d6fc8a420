// The NIPR transactions as the table shows them: the core's transaction, its explanation and the text of each cell.
import {
  calendarDayOf,
  describeNiprCode,
  explainTransaction,
  filedElsewhereDetail,
  formatDate,
  formatMoney,
  reasonName,
  type FiledElsewhereDetail,
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
  /** The code's plain-language text ('—' without a code; an unknown code as itself). */
  readonly codeText: string;
  /** The raw code as secondary text, for support; '' when the text is the code itself or there is none. */
  readonly niprCode: string;
  readonly niprDetail: string;
  /** Filed outside NIPR: where, the day filed, the state's reference and the note; null for a NIPR filing. */
  readonly filedElsewhere: FiledElsewhereDetail | null;
  readonly canCorrect: boolean;
  readonly canCancel: boolean;
  /** A stuck Submitting row the user may send again (Offboarding_Submit_NIPR). */
  readonly canResend: boolean;
  /** A termination recorded as filed outside NIPR, undone (Offboarding_Terminate). */
  readonly canUndo: boolean;
  /** Any action on the row (the Actions cell is empty otherwise). */
  readonly hasActions: boolean;
}

/**
 * What the user may do here: correct, cancel and undo a record (Offboarding_Terminate), resend
 * (Offboarding_Submit_NIPR). The rows' next steps follow them: a step the user cannot take says who can.
 */
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
  const explained = explainTransaction(tx, undefined, submitTimeoutMinutes, { canManage, canSubmit: canResend });
  const submitted = calendarDayOf(tx.submittedOn, timeZone);
  const code = describeNiprCode(tx.niprCode);
  const canCorrect = canManage && explained.correctable;
  const canCancel = canManage && explained.cancellable;
  const canUndo = canManage && explained.undoable;
  const canResendRow = canResend && explained.resendable;
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
    codeText: code?.text ?? labels.none,
    niprCode: code?.known ? code.code : '',
    filedElsewhere: filedElsewhereDetail(tx, formatDate),
    niprDetail: [
      tx.niprReference ? labels.niprReference(tx.niprReference) : '',
      submitted ? labels.submittedOn(formatDate(submitted)) : ''
    ]
      .filter((part) => part !== '')
      .join(' · '),
    canCorrect,
    canCancel,
    canResend: canResendRow,
    canUndo,
    hasActions: canCorrect || canCancel || canUndo || canResendRow
  };
}
