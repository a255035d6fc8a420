// Every sentence of steps 2 and 3 (portal user, NIPR tracking) and of the offboarding checklist, in one place.
// steps.ts decides which one applies; the components show them as they are.
import { joinWith } from './messages';

/** `1 appointment`, `2 appointments`. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function andList(items: readonly string[]): string {
  return joinWith('and', items);
}

const TERMINATE_ACTION = 'Terminate';
const DISABLE_ACTION = 'Disable Customer User';

export const stepMessages = {
  titles: {
    appointments: 'Terminate the appointments',
    portalUser: 'Disable the portal user',
    tracking: 'Stop NIPR tracking'
  },

  // What each step stands at.
  appointmentCounts: (active: number, pending: number, terminated: number) =>
    `${active} active, ${pending} pending termination, ${terminated} terminated`,
  portalUserState: { enabled: 'Portal user enabled', disabled: 'Portal user disabled', none: 'No portal user' },
  firmPortalUsers: (enabled: number, producers: number) =>
    `${enabled} of the firm's ${plural(producers, 'producer', 'producers')} with an enabled portal user`,
  trackingState: (tracking: 'Active' | 'Inactive') => `NIPR tracking ${tracking}`,

  // What to do next, or why not yet.
  terminate: (active: number) =>
    `Terminate the ${plural(active, 'active appointment', 'active appointments')} with the ${TERMINATE_ACTION} action in the page header, then submit them on the NIPR Transactions page.`,
  waitForNipr: (pending: number) =>
    `${plural(pending, 'termination is', 'terminations are')} waiting for NIPR. Submit and follow ${pending === 1 ? 'it' : 'them'} on the NIPR Transactions page.`,
  appointmentsDone: (terminated: number) => {
    return terminated > 0
      ? `Every appointment is terminated (${terminated}).`
      : 'No active or pending appointments to terminate.';
  },
  disablePortalUser: `Disable the portal user with the ${DISABLE_ACTION} action in the page header. This is permanent.`,
  disablePortalUserAgain: `The last ${DISABLE_ACTION} request never finished: its job ended without recording an outcome. Disable the portal user again with the ${DISABLE_ACTION} action in the page header. This is permanent.`,
  disableFirmPortalUsers: `Disable the portal users of the firm's producers with the ${DISABLE_ACTION} action on each producer's page.`,
  terminateFirst: 'Terminate the active appointments first.',
  portalUserDone: { disabled: 'The portal user is disabled.', none: 'There is no portal user to disable.' },
  firmPortalUsersDone: "None of the firm's producers has an enabled portal user.",
  setTrackingInactive:
    'Set NIPR tracking Inactive with the NIPR Tracking editor on this page: NIPR monitoring and billing stop.',
  finishTerminationsFirst:
    'Finish the pending terminations first: NIPR tracking cannot be set Inactive while a NIPR transaction is open (Draft, Ready to Submit, Submitting, Submitted or Needs Attention). Follow them on the NIPR Transactions page.',
  terminateBeforeTracking:
    'Terminate the active appointments first (recommended). NIPR tracking can be set Inactive before that only after you confirm: monitoring and billing stop, but the appointments stay on file with the states until they are terminated. It cannot be set Inactive while a NIPR transaction is open.',
  disablePortalUserFirst: 'Disable the portal user first, then set NIPR tracking Inactive.',
  trackingDone: 'NIPR tracking is Inactive: monitoring and billing have stopped.',

  // The next step, for a user without the permission its action needs.
  terminateNoPermission:
    'Terminating appointments needs the Offboarding Terminate permission (Offboarding User permission set). Ask a licensing specialist or your Salesforce administrator.',
  disablePortalUserNoPermission:
    'Disabling portal users needs the Offboarding Disable Portal User permission (Offboarding Admin permission set) and the Manage External Users permission. Ask your Salesforce administrator.',
  manageTrackingNoPermission:
    'Setting NIPR tracking Inactive needs the Offboarding Manage Tracking permission (Offboarding Admin permission set). Ask your Salesforce administrator.',

  // Done out of order.
  trackingInactiveWithActive: (active: number) =>
    `NIPR tracking is Inactive while ${plural(active, 'appointment is', 'appointments are')} still active. Set tracking Active to terminate ${active === 1 ? 'it' : 'them'}, then set it Inactive again.`,
  trackingInactiveWithPending: (pending: number) =>
    `NIPR tracking is Inactive while ${plural(pending, 'termination is', 'terminations are')} still pending. Keep tracking Active until NIPR has confirmed them.`,
  portalDisabledWithActive: (active: number) =>
    `The portal user is disabled but ${plural(active, 'appointment is', 'appointments are')} still active. Terminate ${active === 1 ? 'it' : 'them'} next.`,
  portalDisabledWithPending: (pending: number) =>
    `The portal user was disabled while ${plural(pending, 'termination is', 'terminations are')} pending. That is fine: follow ${pending === 1 ? 'it' : 'them'} to completion on the NIPR Transactions page.`,
  firmMembersActive: (withActive: number, producers: number) =>
    `${withActive} of the firm's ${plural(producers, 'producer', 'producers')} still ${withActive === 1 ? 'has' : 'have'} active appointments. Offboard ${withActive === 1 ? 'that producer' : 'them'} from their own pages too.`,

  // Step 3: the NIPR Tracking change.
  trackingExplanation: (recordName: string) =>
    `Setting NIPR tracking Inactive stops NIPR monitoring and billing for ${recordName}. The data is kept for audit.`,
  trackingNoPermission:
    'You do not have permission to change NIPR tracking. Ask your Salesforce administrator for the Offboarding Admin permission set.',
  trackingActiveAppointments: (recordName: string, active: number) =>
    `${recordName} still has ${plural(active, 'active appointment', 'active appointments')}. Setting NIPR tracking Inactive needs your confirmation: billing stops, but the appointments stay on file with the states until they are terminated, and with tracking Inactive they cannot be terminated from here.`,
  trackingDisableReminder: (recordName: string) =>
    `Now disable the portal user of ${recordName} to free the portal seat (${DISABLE_ACTION} action on the producer's Contact page).`,

  // Step 2: the portal user.
  portalNoPermission:
    'You do not have permission to disable portal users. Ask your Salesforce administrator for the Offboarding Admin permission set and the Manage External Users permission.',
  portalNoAccess: 'You do not have access to this Contact or its portal user.',
  portalNone: (contactName: string) => `${contactName} has no portal user: there is nothing to disable.`,
  portalAlreadyDisabled: (contactName: string) => `The portal user of ${contactName} is already disabled.`,
  portalQueued: (contactName: string) => `The portal user of ${contactName} is being disabled.`,
  portalStale: (contactName: string) =>
    `The last request to disable the portal user of ${contactName} never finished: its job ended without recording an outcome. Check the portal user below; you can disable it again.`,
  portalActiveAppointments: (contactName: string, active: number) =>
    `${contactName} still has ${plural(active, 'active appointment', 'active appointments')}. Terminate them first: the safe order is terminate, then disable the portal user.`,
  portalPendingTerminations: (contactName: string, pending: number) =>
    `${plural(pending, 'termination', 'terminations')} of ${contactName} ${pending === 1 ? 'is' : 'are'} still pending with NIPR. Disabling now is allowed; follow ${pending === 1 ? 'it' : 'them'} on the NIPR Transactions page.`
} as const;
