// What the NIPR Tracking editor shows a user, in one place. The explanation, refusals, warnings and reminder of a
// change come from c/offboardingCore (trackingChangeGuard); server errors from its errorText.
export const labels = {
  title: 'NIPR Tracking',
  field: 'NIPR Tracking',
  edit: 'Edit NIPR Tracking',
  loading: 'Loading NIPR tracking',
  saving: 'Saving NIPR tracking',
  loadFailed: 'NIPR tracking could not be loaded. Reload the page to try again.',
  saveFailed: 'NIPR tracking could not be saved. Try again.',
  notSet: 'Not set',
  active: 'Active',
  inactive: 'Inactive',
  cancel: 'Cancel',
  save: 'Save',
  infoIcon: 'Information',
  warningIcon: 'Warning',
  errorIcon: 'Error',
  saved: (value: string) => `NIPR tracking set ${value}`,
  savedDetail: (recordName: string, value: string) => `NIPR tracking of ${recordName} is now ${value}.`,
  previewing: 'Checking what setting NIPR tracking Inactive would do',
  previewFailed: 'What setting NIPR tracking Inactive would do could not be checked. Try again.',
  confirmTitle: 'Confirm: appointments are still active',
  appointmentsLabel: 'Active appointments',
  appointment: (state: string, company: string) => `${state || 'No state'}: ${company || 'no company'}`,
  confirm: (count: number) =>
    `I confirm: set NIPR tracking Inactive although ${count === 1 ? 'this appointment stays' : `these ${count} appointments stay`} on file with the states (the producer remains appointed until terminated).`,
  openContact: 'Open the producer Contact',
  dismiss: 'Dismiss'
} as const;
