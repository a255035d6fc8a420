// Every text the NIPR transactions table shows, in one place. Status explanations come from c/offboardingCore's
// explainTransaction; server errors from its errorText.
import { plural, transactionMessages } from 'c/offboardingCore';

export const labels = {
  tableLabel: 'NIPR transactions, newest first',
  columns: {
    transaction: 'Transaction',
    producer: 'Producer',
    appointment: 'State and appointment',
    reason: 'Reason and effective date',
    fee: 'Fee',
    status: 'Status',
    niprDetail: 'Filing detail',
    actions: 'Actions'
  },
  correct: 'Correct',
  cancel: 'Cancel',
  resend: 'Resend',
  undo: 'Undo record',
  undoing: 'Undoing the record',
  undone: (name: string, stateName: string) => `Record undone: ${name} (${stateName})`,
  undoneDetail: 'The appointment is Active again.',
  undoFailed: 'The record was not undone. Try again.',
  nextStep: 'Next step:',
  notSet: 'Not set',
  none: '—',
  linesOfAuthority: (lines: number) => plural(lines, 'line', 'lines'),
  niprReference: (reference: string) => `Reference ${reference}`,
  /** The badge of a row submitted to the simulated NIPR gateway (NiprTransactionInfo.gatewayMode), and its tooltip. */
  simulated: 'Simulated',
  simulatedTitle: 'Submitted to the simulated NIPR gateway: nothing was filed with NIPR.',
  submittedOn: (day: string) => `Submitted ${day}`,
  cancelling: 'Cancelling the transaction',
  correcting: 'Correcting the transaction',
  cancelFailed: 'The transaction was not cancelled. Try again.',
  correctFailed: 'The transaction was not corrected. Try again.',
  cancelTitle: 'Cancel NIPR transaction',
  cancelConfirm: (name: string, stateName: string, companyName: string) =>
    `Cancel ${name} (${stateName}, ${companyName})? Nothing is filed with NIPR, and the appointment goes back to Active.`,
  cancelled: (name: string) => `${name} cancelled`,
  cancelledDetail: 'Nothing was filed. The appointment is Active again.',
  resending: 'Sending the transaction to NIPR again',
  resendFailed: 'The transaction was not sent again. Try again.',
  resendTitle: 'Resend to NIPR',
  resendConfirm: (name: string, stateName: string, minutes: number) =>
    `Send ${name} (${stateName}) to NIPR again? NIPR has not answered for more than ${plural(minutes, 'minute', 'minutes')}. It is sent with the same key, and NIPR files each key once: it is not filed twice. If the first try never reached NIPR, the NIPR fee is charged now.`,
  resent: (name: string) => `${name} is being filed with NIPR again`,
  resentDetail: (simulated: boolean) => {
    const updates = 'This page updates when NIPR answers.';
    return simulated ? `${updates} ${transactionMessages.gateway.simulated}.` : updates;
  },
  corrected: (name: string) => `${name} corrected`,
  correctedDetail: 'It is checked with NIPR again; see its status.'
} as const;
