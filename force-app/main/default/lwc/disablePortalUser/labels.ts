// What the Disable Customer User modal shows a user, in one place. Availability reasons and order warnings come
// from c/offboardingCore (stepMessages); server errors from its errorText.
const TITLE = 'Disable Customer User';

export const labels = {
  header: (contactName: string) => (contactName ? `${TITLE} — ${contactName}` : TITLE),
  loading: 'Loading the portal user',
  loadFailed: 'The portal user could not be loaded. Close this window and try again.',
  permanentTitle: 'This is permanent',
  staleTitle: 'The last request never finished',
  permanent: (contactName: string) =>
    `Disabling the portal user of ${contactName} ends their portal access for good: the user cannot be re-enabled, a new portal user would be needed.`,
  errorIcon: 'Error',
  warningIcon: 'Warning',
  username: 'Username',
  profile: 'Profile',
  lastLogin: 'Last login',
  neverLoggedIn: 'Never logged in',
  confirm: (contactName: string) => `Type ${contactName} to confirm`,
  confirmHelp: 'Upper or lower case does not matter.',
  lastFailed: (detail: string) =>
    `The last attempt to disable this portal user failed${detail ? ` (${detail})` : ''}. You can try again.`,
  cancel: 'Cancel',
  close: 'Close',
  disable: 'Disable',
  disabling: 'Disabling…',
  disablingDetail: (contactName: string) =>
    `Disabling the portal user of ${contactName}. This runs in the background and takes a few seconds.`,
  disableFailed: 'The portal user could not be disabled. Try again.',
  failed: (detail: string) => `The portal user was not disabled${detail ? `: ${detail}` : '.'}`,
  stillRunning:
    'Disabling takes longer than usual. It goes on in the background: close this window and check the Contact again in a few minutes.',
  pollFailed:
    'The progress could not be checked. The request goes on in the background: check the Contact again later.',
  disabled: 'Portal user disabled',
  disabledDetail: (contactName: string) => `The portal user of ${contactName} is disabled.`
} as const;
