// What the Undo record dialog shows, in one place.
import { formatDate } from 'c/offboardingCore';

/** Undo_Reason: the most characters the reason takes (the server refuses more). */
export const REASON_MAX_LENGTH = 1000;

export const labels = {
  title: (name: string) => (name ? `Undo record ${name}` : 'Undo record'),
  intro: (stateName: string, companyName: string, filedOn: string | null) =>
    `Undo the record of the ${stateName} termination (${companyName})${
      filedOn ? `, filed outside NIPR on ${formatDate(filedOn)}` : ''
    }? Undo it only if it was recorded by mistake: the transaction is Cancelled and the appointment is Active again. Nothing changes where the termination was filed.`,
  reason: 'Why is the record undone?',
  reasonHelp: 'Kept in the audit of this transaction.',
  reasonMissing: 'Enter why the record is undone.',
  counter: (used: number) =>
    `${used.toLocaleString('en-US')} of ${REASON_MAX_LENGTH.toLocaleString('en-US')} characters`,
  cancel: 'Cancel',
  confirm: 'Undo record',
  undoing: 'Undoing the record',
  undoFailed: 'The record was not undone. Try again.'
} as const;
