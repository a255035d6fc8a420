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
  openContact: 'Open the producer Contact',
  dismiss: 'Dismiss'
} as const;
