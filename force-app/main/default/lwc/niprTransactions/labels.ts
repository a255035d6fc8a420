// Every text the NIPR Transactions page shows, in one place (the table, the Actionable Transactions section and the
// modals have their own). Server errors become text through c/offboardingCore's errorText.
import { plural, transactionMessages } from 'c/offboardingCore';

export const labels = {
  title: 'NIPR Transactions',
  readOnly:
    'You can review these transactions. Checking eligibility, refreshing statuses, correcting and cancelling need the Offboarding Terminate permission (Offboarding User permission set): ask your Salesforce administrator.',
  loading: 'Loading NIPR transactions',
  checking: 'Checking eligibility with NIPR',
  refreshing: 'Refreshing statuses from NIPR',
  loadError:
    'The NIPR transactions could not be loaded. Reload the page; if it keeps failing, ask your Salesforce administrator.',
  checkFailed: 'The eligibility check did not complete. Select Recheck to try again.',
  refreshFailed: 'The statuses could not be refreshed. Select Refresh status to try again.',
  empty: 'There are no NIPR transactions yet. They appear here when appointments are terminated.',
  emptyForProducer: 'This producer has no NIPR transactions yet. They appear here when appointments are terminated.',
  emptyFiltered: 'No NIPR transaction matches these filters.',
  /** The producer filter, named ("Showing the transactions of Pat Jones."); null: no row says whose they are. */
  filtered: (producerName: string | null) => `Showing the transactions of ${producerName ?? 'this producer'}.`,
  showAll: 'Show all producers',
  recheck: 'Recheck',
  refreshStatus: 'Refresh status',
  checked: (checked: number) => `Eligibility checked for ${plural(checked, 'transaction', 'transactions')}.`,
  nothingToCheck: 'No transaction needs an eligibility check.',
  refreshed: 'Statuses refreshed from NIPR.',
  pollingStopped: 'Statuses are no longer refreshed automatically. Select Refresh status to ask NIPR again.',
  simulated: transactionMessages.gateway.simulated,
  simulatedDetail:
    'This org uses the NIPR simulator: submissions get simulated answers, and no termination reaches NIPR.',
  live: transactionMessages.gateway.live,
  notConfiguredTitle: 'NIPR filing is not set up',
  unavailable: 'Submit, Recheck, Refresh status and Resend are unavailable until an administrator sets up NIPR filing.',
  gatewayUnknown: 'Whether transactions are filed with NIPR could not be read. Reload the page.',
  filing: (count: number) => `${plural(count, 'transaction', 'transactions')} waiting for NIPR`,
  filingPollingStopped:
    'NIPR has not answered every transaction yet; the page no longer checks by itself. Reload the page to see their status.'
} as const;
