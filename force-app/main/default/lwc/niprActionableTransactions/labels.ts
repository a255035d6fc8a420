// What the Actionable Transactions section shows, in one place.
import { formatMoney, plural, transactionMessages } from 'c/offboardingCore';

export const labels = {
  title: 'Actionable Transactions',
  intro: 'Transactions NIPR will take as they stand (Ready to Submit). Select the ones to file.',
  none: 'No transaction is ready to submit. Transactions become Ready to Submit when NIPR confirms them (Recheck).',
  /** Without Offboarding_Terminate there is no Recheck button to point to. */
  noneViewer:
    'No transaction is ready to submit. Transactions become Ready to Submit when a licensing specialist with the Offboarding User permission set rechecks them with NIPR.',
  selectAll: (available: number) => `Select all ${available} ready to submit`,
  /** `producerName` null: the page lists one producer's transactions (its name is said above the list). */
  item: (name: string, producerName: string | null, stateName: string, companyName: string, fee: number | null) =>
    [name, producerName, stateName, companyName, fee === null ? 'fee not known' : formatMoney(fee)]
      .filter((part) => part !== null && part !== '')
      .join(' · '),
  /** What the submission did, where the focus goes after the confirmation closes. */
  result: (title: string, detail: string) => `${title}. ${detail}`,
  submitCancelled: 'Nothing was submitted.',
  feeUnknown: 'The fee of at least one selected transaction is not known; the confirmation shows the full cost.',
  submit: 'Submit Transactions',
  submitting: 'Submitting NIPR transactions',
  selectFirst: 'Select at least one transaction to submit.',
  noPermission:
    'You can review these transactions but not submit them: submitting to NIPR needs the Offboarding Submit NIPR permission (Offboarding Admin permission set). Ask your Salesforce administrator.',
  submitFailed: 'The transactions were not submitted. Nothing was charged for them; try again.',
  queuedTitle: (queued: number, failed: number) => {
    const filing = `${plural(queued, 'transaction is', 'transactions are')} being filed with NIPR`;
    return failed > 0 ? `${filing}, ${failed} not sent` : filing;
  },
  queuedDetail: (total: number, alreadySubmitted: number, simulated: boolean) =>
    [
      'This page updates when NIPR answers.',
      `Confirmed total: ${formatMoney(total)}.`,
      alreadySubmitted > 0
        ? `${plural(alreadySubmitted, 'transaction was', 'transactions were')} already submitted and not filed again.`
        : '',
      simulated ? `${transactionMessages.gateway.simulated}.` : ''
    ]
      .filter((part) => part !== '')
      .join(' ')
} as const;
