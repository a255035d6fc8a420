// The reads of steps 2 and 3 over the in-memory org, as the Apex selectors make them: OffboardingStatusSelector
// (producers, appointment counts, open transactions, a firm's Contacts, edit access, bulk candidates),
// PortalUsersSelector (portal users, Manage External Users) and OffboardingAuditsSelector (the request log).
// Record access of the sample users: `recordAccess` 'edit' (may edit producers and their NIPR_Tracking__c) or 'read'.
import { OPEN_STATUSES } from 'c/offboardingCore';
import { objectOf } from './ids.mjs';
import { appointmentsOf } from './store.mjs';

export const TRACKING_FIELD = 'NIPR_Tracking__c';
export const TRACKING_ACTIVE = 'Active';
export const TRACKING_INACTIVE = 'Inactive';
export const ACTION_DISABLE_PORTAL_USER = 'Disable Portal User';
export const ACTION_BULK_TRACKING = 'Bulk Tracking Deactivation';
export const STATUS_QUEUED = 'Queued';
export const STATUS_COMPLETED = 'Completed';
export const STATUS_FAILED = 'Failed';

function compare(a, b) {
  return (a ?? '').localeCompare(b ?? '');
}

// ---------------------------------------------------------------------------------------------------------------
// OffboardingStatusSelector

/** A Contact, Account or portal User by Id (getProducers); null when there is none. */
export function findTracked(store, id) {
  switch (objectOf(id)) {
    case 'Contact':
      return store.contacts.find((record) => record.Id === id) ?? null;
    case 'Account':
      return store.accounts.find((record) => record.Id === id) ?? null;
    case 'User':
      return store.portalUsers.find((record) => record.Id === id) ?? null;
    default:
      return null;
  }
}

/** Appointment counts of a producer by Status__c (countAppointmentsByStatus). */
export function countAppointmentsByStatus(store, producerId) {
  const counts = new Map();
  for (const appointment of appointmentsOf(store, producerId)) {
    counts.set(appointment.Status__c, (counts.get(appointment.Status__c) ?? 0) + 1);
  }
  return counts;
}

/** The open transactions (Draft, Ready to Submit, Needs Attention, Submitted) of producers, by Name then Id. */
export function openTransactionsOf(store, producerIds) {
  const ids = new Set(producerIds);
  return store.transactions
    .filter(
      (record) =>
        (ids.has(record.Producer_Contact__c) || ids.has(record.Producer_Account__c)) &&
        OPEN_STATUSES.includes(record.Status__c)
    )
    .sort((a, b) => compare(a.Name, b.Name) || compare(a.Id, b.Id));
}

/** A firm's Contacts rolled up (countFirmMembers; portal users: countEnabledByAccount). */
export function countFirmMembers(store, accountId) {
  const members = store.contacts.filter((contact) => contact.AccountId === accountId);
  return {
    producers: members.length,
    withActiveAppointments: members.filter((contact) =>
      appointmentsOf(store, contact.Id).some((appointment) => appointment.Status__c === 'Active')
    ).length,
    trackingActive: members.filter((contact) => contact[TRACKING_FIELD] === TRACKING_ACTIVE).length
  };
}

/** The user may edit the record and its NIPR_Tracking__c (UserRecordAccess.HasEditAccess, field updateable). */
export function canEditProducers(user) {
  return user.recordAccess === 'edit';
}

// ---------------------------------------------------------------------------------------------------------------
// PortalUsersSelector

/** The portal user linked to a Contact (getByContactIds); null when none. */
export function portalUserByContact(store, contactId) {
  return store.portalUsers.find((user) => user.ContactId === contactId) ?? null;
}

export function portalUserById(store, userId) {
  return store.portalUsers.find((user) => user.Id === userId) ?? null;
}

/** Contacts of an Account with an enabled portal user (countEnabledByAccount). */
export function countEnabledByAccount(store, accountId) {
  const contactIds = new Set(
    store.contacts.filter((contact) => contact.AccountId === accountId).map((contact) => contact.Id)
  );
  return store.portalUsers.filter((user) => contactIds.has(user.ContactId) && user.IsPortalEnabled).length;
}

/** The user holds Manage External Users (ManagePartners), which disabling a portal user takes. */
export function hasManageExternalUsers(user) {
  return (user.userPermissions ?? []).includes('ManagePartners');
}

// ---------------------------------------------------------------------------------------------------------------
// OffboardingAuditsSelector

/** The latest entry of an action for a Contact (newest Performed On, then newest created); null when none. */
export function latestRequest(store, contactId, action = ACTION_DISABLE_PORTAL_USER) {
  return (
    store.audits
      .filter((entry) => entry.Contact__c === contactId && entry.Action__c === action)
      .sort(
        (a, b) =>
          compare(b.Performed_On__c, a.Performed_On__c) || compare(b.CreatedDate, a.CreatedDate) || compare(b.Id, a.Id)
      )[0] ?? null
  );
}

/** The entries of a job (getByJobIds). */
export function auditsOfJob(store, jobId) {
  return store.audits.filter((entry) => entry.Job_Id__c === jobId);
}

/**
 * A Contact's portal user: the linked one, else the target of its latest request (disabling removes the link).
 * PortalUserService.portalUserOf.
 */
export function portalUserOf(store, contactId, lastRequest = latestRequest(store, contactId)) {
  const linked = portalUserByContact(store, contactId);
  if (linked || !lastRequest?.Target_User_Id__c) {
    return linked;
  }
  return portalUserById(store, lastRequest.Target_User_Id__c);
}
