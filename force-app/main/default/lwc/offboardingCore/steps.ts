// Steps 2 and 3 and the order of the three steps: (1) terminate the appointments, (2) disable the portal user,
// (3) set NIPR tracking Inactive. Pure functions over the records of stepRecords.ts; sentences from stepMessages.ts.
// The server keeps the same guards (PortalUserService, the NiprTrackingGuard trigger); these tell the user first.
import { stepMessages as text } from './stepMessages';
import { trackingPolicyMessages } from './trackingPolicy';

export type TrackingValue = 'Active' | 'Inactive';
export type PortalUserState = 'enabled' | 'disabled' | 'none';

/** Appointments of a producer by status. */
export interface AppointmentCounts {
  readonly active: number;
  readonly pending: number;
  readonly terminated: number;
}

/** A firm's individual producers (its Contacts), rolled up. */
export interface FirmRollup {
  readonly producers: number;
  readonly withActiveAppointments: number;
  readonly withPortalUserEnabled: number;
  readonly trackingActive: number;
}

/** Where a producer (Contact) or firm (Account) stands in the offboarding. */
export interface Checklist {
  readonly kind: 'individual' | 'firm';
  readonly name: string;
  readonly appointments: AppointmentCounts;
  readonly portalUser: PortalUserState;
  readonly tracking: TrackingValue;
  /** Firms only: their producers; null for an individual. */
  readonly firmMembers: FirmRollup | null;
  /**
   * The last Disable Customer User request of the producer's portal user is stale: still Queued, but its job ended
   * without recording an outcome. It no longer runs: the portal user can be disabled again.
   */
  readonly portalUserRequestStale: boolean;
}

export type StepId = 'appointments' | 'portalUser' | 'tracking';

/**
 * `done`: nothing left to do. `current`: the next safe step. `blocked`: an earlier step must finish first.
 * `todo`: not done, not blocked, but not the next step either (e.g. terminations waiting for NIPR while the portal
 * user can already be disabled).
 */
export type StepState = 'done' | 'current' | 'blocked' | 'todo';

export interface OffboardingStep {
  readonly id: StepId;
  readonly number: 1 | 2 | 3;
  readonly title: string;
  readonly state: StepState;
  /** Where the step stands, e.g. `2 active, 1 pending termination, 0 terminated`. */
  readonly status: string;
  /** What to do, why not yet, or that it is done. */
  readonly hint: string;
}

export type StepWarningCode =
  | 'TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS'
  | 'TRACKING_INACTIVE_WITH_PENDING_TERMINATIONS'
  | 'PORTAL_USER_DISABLED_WITH_ACTIVE_APPOINTMENTS'
  | 'PORTAL_USER_DISABLED_WITH_PENDING_TERMINATIONS'
  | 'FIRM_MEMBERS_WITH_ACTIVE_APPOINTMENTS';

/** A step done out of order. `info`: allowed, worth knowing; `warning`: something to set right. */
export interface StepWarning {
  readonly code: StepWarningCode;
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

/**
 * The custom permissions behind each step's action, as the client sees them: Offboarding_Terminate (step 1),
 * Offboarding_Disable_Portal_User (step 2), Offboarding_Manage_Tracking (step 3).
 */
export interface StepPermissions {
  readonly terminate: boolean;
  readonly disablePortalUser: boolean;
  readonly manageTracking: boolean;
}

/** Every step's permission held (the default of `offboardingSteps`). */
export const ALL_STEP_PERMISSIONS: StepPermissions = { terminate: true, disablePortalUser: true, manageTracking: true };

export interface OffboardingPlan {
  /** The three steps, in order. */
  readonly steps: readonly OffboardingStep[];
  /** The next safe step; null when the offboarding is complete. */
  readonly next: StepId | null;
  readonly warnings: readonly StepWarning[];
}

/** A firm counts as having an enabled portal user when any of its producers has one. */
function portalUserEnabled(checklist: Checklist): boolean {
  return checklist.portalUser === 'enabled' || (checklist.firmMembers?.withPortalUserEnabled ?? 0) > 0;
}

/**
 * The next safe step: terminate while appointments are active; then disable the portal user (safe while
 * terminations are still pending); then wait for NIPR to confirm the pending terminations; then stop tracking.
 */
function nextStep(checklist: Checklist): StepId | null {
  const { active, pending } = checklist.appointments;
  if (active > 0) {
    return 'appointments';
  }
  if (portalUserEnabled(checklist)) {
    return 'portalUser';
  }
  if (pending > 0) {
    return 'appointments';
  }
  return checklist.tracking === 'Active' ? 'tracking' : null;
}

function stateOf(done: boolean, blocked: boolean, isNext: boolean): StepState {
  if (done) {
    return 'done';
  }
  if (isNext) {
    return 'current';
  }
  return blocked ? 'blocked' : 'todo';
}

function appointmentsStep(checklist: Checklist, next: StepId | null, canTerminate: boolean): OffboardingStep {
  const { active, pending, terminated } = checklist.appointments;
  const done = active === 0 && pending === 0;
  let hint: string;
  if (done) {
    hint = text.appointmentsDone(terminated);
  } else if (active > 0) {
    hint = canTerminate ? text.terminate(active) : text.terminateNoPermission;
  } else {
    hint = text.waitForNipr(pending);
  }
  return {
    id: 'appointments',
    number: 1,
    title: text.titles.appointments,
    state: stateOf(done, false, next === 'appointments'),
    status: text.appointmentCounts(active, pending, terminated),
    hint
  };
}

function portalUserStep(checklist: Checklist, next: StepId | null, canDisable: boolean): OffboardingStep {
  const firm = checklist.firmMembers;
  const enabled = portalUserEnabled(checklist);
  const blocked = checklist.appointments.active > 0;
  let hint: string;
  if (!enabled) {
    hint = firm ? text.firmPortalUsersDone : text.portalUserDone[checklist.portalUser === 'none' ? 'none' : 'disabled'];
  } else if (blocked) {
    hint = text.terminateFirst;
  } else if (!canDisable) {
    hint = text.disablePortalUserNoPermission;
  } else if (firm) {
    hint = text.disableFirmPortalUsers;
  } else {
    hint = checklist.portalUserRequestStale ? text.disablePortalUserAgain : text.disablePortalUser;
  }
  return {
    id: 'portalUser',
    number: 2,
    title: text.titles.portalUser,
    state: stateOf(!enabled, blocked, next === 'portalUser'),
    status: firm
      ? text.firmPortalUsers(firm.withPortalUserEnabled, firm.producers)
      : text.portalUserState[checklist.portalUser],
    hint
  };
}

function trackingStep(checklist: Checklist, next: StepId | null, canManage: boolean): OffboardingStep {
  const { active, pending } = checklist.appointments;
  const done = checklist.tracking === 'Inactive';
  // The tracking policy: refused while a termination is pending with NIPR (an open transaction); allowed after a
  // confirmation while appointments are active (not blocked, but not the recommended order either).
  const blocked = pending > 0;
  let hint: string;
  if (done) {
    hint = text.trackingDone;
  } else if (blocked) {
    hint = text.finishTerminationsFirst;
  } else if (active > 0) {
    hint = text.terminateBeforeTracking;
  } else if (next !== 'tracking') {
    hint = text.disablePortalUserFirst;
  } else {
    hint = canManage ? text.setTrackingInactive : text.manageTrackingNoPermission;
  }
  return {
    id: 'tracking',
    number: 3,
    title: text.titles.tracking,
    state: stateOf(done, blocked, next === 'tracking'),
    status: text.trackingState(checklist.tracking),
    hint
  };
}

function warningsOf(checklist: Checklist): StepWarning[] {
  const { active, pending } = checklist.appointments;
  const inactive = checklist.tracking === 'Inactive';
  const disabled = checklist.kind === 'individual' && checklist.portalUser === 'disabled';
  const members = checklist.firmMembers;
  const found: (StepWarning | null)[] = [
    inactive && active > 0
      ? {
          code: 'TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS',
          severity: 'warning',
          message: text.trackingInactiveWithActive(active)
        }
      : null,
    inactive && pending > 0
      ? {
          code: 'TRACKING_INACTIVE_WITH_PENDING_TERMINATIONS',
          severity: 'warning',
          message: text.trackingInactiveWithPending(pending)
        }
      : null,
    disabled && active > 0
      ? {
          code: 'PORTAL_USER_DISABLED_WITH_ACTIVE_APPOINTMENTS',
          severity: 'warning',
          message: text.portalDisabledWithActive(active)
        }
      : null,
    disabled && pending > 0
      ? {
          code: 'PORTAL_USER_DISABLED_WITH_PENDING_TERMINATIONS',
          severity: 'info',
          message: text.portalDisabledWithPending(pending)
        }
      : null,
    members && members.withActiveAppointments > 0
      ? {
          code: 'FIRM_MEMBERS_WITH_ACTIVE_APPOINTMENTS',
          severity: 'warning',
          message: text.firmMembersActive(members.withActiveAppointments, members.producers)
        }
      : null
  ];
  return found.filter((warning): warning is StepWarning => warning !== null);
}

/**
 * The three steps in order with their state, the next safe step, and what was done out of order. A step whose
 * action the user lacks the permission for keeps its state; its hint names the permission and whom to ask instead.
 */
export function offboardingSteps(
  checklist: Checklist,
  permissions: StepPermissions = ALL_STEP_PERMISSIONS
): OffboardingPlan {
  const next = nextStep(checklist);
  return {
    steps: [
      appointmentsStep(checklist, next, permissions.terminate),
      portalUserStep(checklist, next, permissions.disablePortalUser),
      trackingStep(checklist, next, permissions.manageTracking)
    ],
    next,
    warnings: warningsOf(checklist)
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Step 3: changing NIPR tracking

/** One NIPR transaction still open: its status is one of the generated `OPEN_STATUSES` (workflow.ts). */
export interface OpenTransaction {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly status: string;
}

/** What the server knows before NIPR tracking of a Contact, Account or User changes. */
export interface TrackingGuard {
  readonly objectApiName: string;
  readonly recordName: string;
  readonly tracking: TrackingValue;
  /** The user holds Offboarding_Manage_Tracking. */
  readonly canManage: boolean;
  readonly openTransactions: readonly OpenTransaction[];
  readonly activeAppointments: number;
  readonly portalUserEnabled: boolean;
  /** The Contact whose portal user to disable after tracking stops (null when none). */
  readonly portalContactId: string | null;
}

export interface TrackingChange {
  readonly canSave: boolean;
  /** Why it cannot be saved (names the open transactions); null when it can. */
  readonly blockingMessage: string | null;
  /** What setting Inactive means; null for any other change. */
  readonly explanation: string | null;
  /** Allowed, but not the safe order. */
  readonly warnings: readonly string[];
  /** What to do once saved; null when nothing. */
  readonly afterSaveReminder: string | null;
}

/** Open transactions named in a blocking message; the rest are counted. */
export const NAMED_TRANSACTIONS = 5;

/**
 * Whether NIPR tracking may change to `target` (Inactive unless said otherwise). Inactive is refused while NIPR
 * transactions are open (the tracking policy; the NiprTrackingGuard trigger refuses it too) and needs a confirmation
 * while appointments are active (warned here; the editor asks with the server's preview);
 * once saved, the portal user should be disabled to free the seat. Any change needs Offboarding_Manage_Tracking.
 */
export function trackingChangeGuard(guard: TrackingGuard, target: TrackingValue = 'Inactive'): TrackingChange {
  const stopping = target === 'Inactive' && guard.tracking !== 'Inactive';
  const open = stopping ? guard.openTransactions : [];
  let blockingMessage: string | null = null;
  if (!guard.canManage) {
    blockingMessage = text.trackingNoPermission;
  } else if (open.length > 0) {
    // The tracking policy's refusal (trackingPolicy.ts), naming each transaction with what to do about its status.
    blockingMessage = trackingPolicyMessages.refused(guard.recordName, open);
  }
  return {
    canSave: blockingMessage === null,
    blockingMessage,
    explanation: stopping ? text.trackingExplanation(guard.recordName) : null,
    warnings:
      stopping && guard.activeAppointments > 0
        ? [text.trackingActiveAppointments(guard.recordName, guard.activeAppointments)]
        : [],
    afterSaveReminder: stopping && guard.portalUserEnabled ? text.trackingDisableReminder(guard.recordName) : null
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Step 2: disabling the portal user

export type OffboardingRequestStatus = 'Queued' | 'Completed' | 'Failed';

/** The last offboarding request for a portal user (`Offboarding_Audit__c`). */
export interface OffboardingRequest {
  readonly status: OffboardingRequestStatus;
  readonly detail: string;
  readonly performedBy: string;
  /** ISO 8601 date-time; null when not known. */
  readonly performedOn: string | null;
}

/** The portal user of a producer Contact, as the Disable Customer User action needs it. */
export interface PortalUser {
  readonly contactId: string;
  readonly contactName: string;
  /** Null when the Contact has no portal user. */
  readonly userId: string | null;
  readonly username: string;
  readonly profileName: string;
  /** ISO 8601 date-time; null when the user never logged in. */
  readonly lastLogin: string | null;
  readonly isPortalEnabled: boolean;
  readonly isActive: boolean;
  /** The server's verdict: permission and state. */
  readonly canDisable: boolean;
  /** The server's code when `canDisable` is false: noPortalUser, alreadyDisabled, noPermission, requestQueued, noAccess. */
  readonly unavailableReason: string;
  readonly activeAppointments: number;
  readonly pendingTerminations: number;
  readonly lastRequest: OffboardingRequest | null;
  /**
   * The last request is stale: still Queued, but its job ended (Completed, Failed, Aborted) without recording an
   * outcome. It is not in progress: nothing to follow, and the portal user may be disabled again.
   */
  readonly lastRequestStale: boolean;
  /** The server's words about the stale request (who, when, how its job ended); null when not stale. */
  readonly staleMessage: string | null;
}

export type PortalUserUnavailableReason =
  'NO_PERMISSION' | 'NO_ACCESS' | 'NO_PORTAL_USER' | 'ALREADY_DISABLED' | 'REQUEST_QUEUED';

/** `PortalUserInfo.unavailableReason` codes of the server. */
const SERVER_REASONS: Readonly<Record<string, PortalUserUnavailableReason>> = {
  noPermission: 'NO_PERMISSION',
  noAccess: 'NO_ACCESS',
  noPortalUser: 'NO_PORTAL_USER',
  alreadyDisabled: 'ALREADY_DISABLED',
  requestQueued: 'REQUEST_QUEUED'
};

export interface PortalUserAvailability {
  readonly available: boolean;
  /** Why it cannot be disabled now; null when it can. */
  readonly reason: PortalUserUnavailableReason | null;
  /** The reason in words; null when available. */
  readonly message: string | null;
  /** Allowed, but not the safe order (terminate first); only when available. */
  readonly warnings: readonly string[];
  /** The last request never finished (stale) and the portal user can be disabled again; null otherwise. */
  readonly staleNotice: string | null;
}

/** A Queued request still in progress: not stale (its job has not ended without an outcome). */
function requestInProgress(info: PortalUser): boolean {
  return info.lastRequest?.status === 'Queued' && !info.lastRequestStale;
}

/** What the record itself says (a request answered while the modal polls counts before the server's verdict). */
function stateReason(info: PortalUser): PortalUserUnavailableReason | null {
  if (!info.userId) {
    return 'NO_PORTAL_USER';
  }
  if (!info.isPortalEnabled || info.lastRequest?.status === 'Completed') {
    return 'ALREADY_DISABLED';
  }
  return requestInProgress(info) ? 'REQUEST_QUEUED' : null;
}

function unavailableReason(info: PortalUser, hasPermission: boolean): PortalUserUnavailableReason | null {
  if (!hasPermission) {
    return 'NO_PERMISSION';
  }
  const fromState = stateReason(info);
  if (info.canDisable) {
    return fromState;
  }
  const fromServer = Object.prototype.hasOwnProperty.call(SERVER_REASONS, info.unavailableReason)
    ? SERVER_REASONS[info.unavailableReason]
    : undefined;
  return fromServer ?? fromState ?? 'NO_PERMISSION';
}

/**
 * Whether the portal user can be disabled now. `hasPermission` is the client's view of
 * Offboarding_Disable_Portal_User; the server's `canDisable` adds Manage External Users, access and its own state
 * checks (`unavailableReason`). A failed request may be tried again, and so may a stale one (still Queued, its job
 * ended without an outcome): it is not in progress, `staleNotice` says so.
 */
export function portalUserAvailability(info: PortalUser, hasPermission: boolean): PortalUserAvailability {
  const reason = unavailableReason(info, hasPermission);
  const messages: Readonly<Record<PortalUserUnavailableReason, string>> = {
    NO_PERMISSION: text.portalNoPermission,
    NO_ACCESS: text.portalNoAccess,
    NO_PORTAL_USER: text.portalNone(info.contactName),
    ALREADY_DISABLED: text.portalAlreadyDisabled(info.contactName),
    REQUEST_QUEUED: text.portalQueued(info.contactName)
  };
  const warnings = [
    info.activeAppointments > 0 ? text.portalActiveAppointments(info.contactName, info.activeAppointments) : null,
    info.pendingTerminations > 0 ? text.portalPendingTerminations(info.contactName, info.pendingTerminations) : null
  ];
  const stale = reason === null && info.lastRequestStale;
  return {
    available: reason === null,
    reason,
    message: reason === null ? null : messages[reason],
    warnings: reason === null ? warnings.filter((warning): warning is string => warning !== null) : [],
    staleNotice: stale ? info.staleMessage || text.portalStale(info.contactName) : null
  };
}

/** Blanks collapsed and trimmed, lower case: Apex's `normalizeSpace().toLowerCase()` (PortalUserService). */
function normalizedName(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** The typed confirmation matches the producer's name, as the server compares them (blanks collapsed, any case). */
export function confirmationMatches(
  typed: string | null | undefined,
  producerName: string | null | undefined
): boolean {
  const expected = normalizedName(producerName);
  return expected !== '' && normalizedName(typed) === expected;
}
