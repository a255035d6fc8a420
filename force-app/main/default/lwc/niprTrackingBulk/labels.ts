// What the bulk NIPR tracking page shows a user, in one place. Server errors come from c/offboardingCore's
// errorText; the reasons of skipped and failed producers come from the server.
import { plural } from 'c/offboardingCore';

const OBJECT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  Contact: ['producer (Contact)', 'producers (Contacts)'],
  Account: ['producer firm (Account)', 'producer firms (Accounts)']
};

function producers(count: number, objectApiName: string): string {
  const [one, many] = OBJECT_NAMES[objectApiName] ?? ['record', 'records'];
  return plural(count, one, many);
}

export const labels = {
  title: 'Set NIPR Tracking Inactive',
  noPermission:
    'You do not have permission to change NIPR tracking. Ask your Salesforce administrator for the Offboarding Admin permission set.',
  selectionTitle: 'Selected producers',
  selected: (count: number, objectApiName: string) => `${producers(count, objectApiName)} selected`,
  noSelection:
    'No producers selected. Select producers in a Contact or Account list view and choose Set NIPR Tracking Inactive there, or deactivate every eligible producer below.',
  tooMany: (count: number, max: number) =>
    `${count} records are selected; at most ${max} can be set Inactive at once. Select fewer, or deactivate every eligible producer below.`,
  guards:
    'Each producer is checked as on its record page, before anything runs: refused while a NIPR transaction is open, a confirmation while appointments are still active (they stay on file with the states), otherwise set Inactive. Monitoring and billing stop; the data is kept for audit.',
  previewing: 'Checking what each producer will get',
  previewFailed: 'What each producer will get could not be checked. Reload the page to try again.',
  previewTitle: 'What each producer will get',
  previewColumns: { name: 'Producer', outcome: 'What happens' },
  previewSummary: (allowed: number, confirm: number, refused: number, skipped: number) =>
    `${allowed} will be set Inactive, ${confirm} ${confirm === 1 ? 'needs' : 'need'} your confirmation, ${refused} refused, ${skipped} skipped.`,
  confirmSelection: (count: number) =>
    `Also set NIPR tracking Inactive for the ${plural(count, 'producer', 'producers')} with active appointments: NIPR monitoring and billing stop, but their appointments stay on file with the states until they are terminated.`,
  deactivateSelection: (count: number) => {
    return count > 0 ? `Set NIPR Tracking Inactive (${count})` : 'Set NIPR Tracking Inactive';
  },
  deactivating: 'Setting NIPR tracking Inactive',
  selectionFailed: 'NIPR tracking could not be changed. Try again.',
  resultTitle: 'Result',
  summary: (done: number, skipped: number, failed: number) =>
    `${done} set Inactive, ${skipped} skipped, ${failed} failed.`,
  allTitle: 'All eligible producers',
  objectLabel: 'Producers',
  objectOptions: [
    { label: 'Producers (Contacts)', value: 'Contact' },
    { label: 'Producer firms (Accounts)', value: 'Account' }
  ],
  allDetail:
    'Sets NIPR tracking Inactive for every producer with tracking Active and no open NIPR transaction (those are refused and listed). Producers with active appointments are included only if you confirm it. It runs in the background in chunks of 200.',
  confirmAllActive:
    'Include producers with active appointments: their NIPR monitoring and billing stop, but the appointments stay on file with the states until they are terminated.',
  deactivateAll: 'Deactivate all eligible producers',
  confirmAll: (objectApiName: string) =>
    `Set NIPR tracking Inactive for every eligible ${objectApiName === 'Account' ? 'producer firm (Account)' : 'producer (Contact)'}? NIPR monitoring and billing stop for each of them; producers with open NIPR transactions are refused and listed.`,
  cancel: 'Cancel',
  start: 'Start',
  starting: 'Starting the job',
  startFailed: 'The job could not be started. Try again.',
  progressLabel: 'Progress of the bulk deactivation',
  progress: (status: string, processed: number, total: number) => {
    return total > 0 ? `${status}: ${processed} of ${plural(total, 'chunk', 'chunks')} processed.` : `${status}…`;
  },
  jobFailed: (status: string, detail: string) => `The job ended ${status}${detail ? `: ${detail}` : '.'}`,
  stillRunning: 'The job is still running in the background. Check again later.',
  checkAgain: 'Check again',
  pollFailed: 'The progress of the job could not be checked. It goes on in the background.',
  moreItems: (shown: number) => `The first ${shown} skipped or failed producers are listed.`,
  columns: { name: 'Producer', outcome: 'Result', reason: 'Reason' },
  outcomes: { done: 'Set Inactive', skipped: 'Skipped', failed: 'Failed' }
} as const;
