// What the Terminate modal shows a user, in one place. Rule sentences (warnings, problems, where to file) come
// from c/offboardingCore's messages; server errors from its errorText.
import { formatMoney, listOf, plural } from 'c/offboardingCore';

const TITLE = 'Terminate appointments';

export const labels = {
  header: (producerName: string) => {
    return producerName ? `${TITLE} — ${producerName}` : TITLE;
  },
  loading: 'Loading appointments',
  submitting: 'Creating NIPR transactions',
  cancel: 'Cancel',
  submit: 'Submit',
  loadFailed: 'The appointments could not be loaded. Close this window and try again.',
  submitFailed: 'The NIPR transactions could not be created. Try again.',
  errorIcon: 'Error',
  noPermission:
    'You do not have permission to terminate appointments. Ask your Salesforce administrator for the Offboarding User permission set.',
  trackingInactive: (producerName: string) =>
    `NIPR tracking for ${producerName} is Inactive. Set it to Active before terminating appointments, then open Terminate again.`,
  empty: 'No appointments to terminate',
  emptyDetail: (producerName: string) => `${producerName} has no active appointment without an open NIPR transaction.`,
  heading: 'Choose the appointments to terminate',
  unavailableTitle: 'Already in progress',
  unavailableIntro: 'These appointments cannot be selected: each already has a termination.',
  unavailableAppointment: (stateName: string, companyName: string, licenseClass: string, lines: readonly string[]) =>
    `${stateName}: ${companyName}, ${licenseClass} (${lines.join(', ')})`,
  inProgress: (name: string, status: string) => {
    return name ? `In progress — ${name} (${status})` : 'In progress — an open NIPR transaction';
  },
  filed: (name: string, status: string) => {
    return name ? `Filed — ${name} (${status})` : 'Filed';
  },
  intro:
    'Select the appointments to terminate. Each state takes one reason and one effective date for all its selected appointments.',
  selectAll: 'Select all',
  selectNone: 'Select none',
  selectedCount: (selected: number, selectable: number) =>
    `${selected} of ${plural(selectable, 'appointment', 'appointments')} selected`,
  summaryTitle: 'Fix these before submitting:',
  noSelection: 'Select at least one appointment to terminate.',
  feeTitle: 'Estimated fees',
  feeNone: 'Select appointments to see the estimated fees.',
  niprFee: (total: number, count: number, each: number) =>
    `NIPR fees: ${formatMoney(total)} (${plural(count, 'transaction', 'transactions')} at ${formatMoney(each)})`,
  stateFees: (total: number) => `State fees: ${formatMoney(total)}`,
  total: (total: number) => `Estimated total: ${formatMoney(total)}`,
  unknownFees: (stateNames: readonly string[]) =>
    `State fee not known for ${listOf(stateNames)}: not included in the total.`,
  created: (count: number) => `${plural(count, 'NIPR transaction', 'NIPR transactions')} created`,
  createdDetail: (producerName: string) =>
    `Review and submit the terminations of ${producerName} on the NIPR Transactions page.`
} as const;
