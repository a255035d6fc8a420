// Stand-in for PortalUserController, PortalUserService and DisablePortalUserJob (force-app/main/default/classes):
// the Disable Customer User action's server side, with the same checks, order and messages. Disabling is queued:
// disablePortalUser checks everything, queues the job and records a Queued Offboarding_Audit__c entry; the job
// disables the user (IsPortalEnabled and IsActive false, no longer linked to the Contact) about 1.5 s later, or when
// the modal next polls getPortalUser, and its "finalizer" sets the entry Completed (or Failed) with the detail. While
// a request is Queued, another click returns it. The typed confirmation is checked with c/offboardingCore's rule
// (confirmationMatches).
import { confirmationMatches } from 'c/offboardingCore';
import { AuraHandledException, auraEnabled } from './apex.mjs';
import { enqueueJob, isFinished, stepJob } from './asyncJobs.mjs';
import { normalizeId, objectOf } from './ids.mjs';
import {
  ACTION_DISABLE_PORTAL_USER,
  STATUS_COMPLETED,
  STATUS_FAILED,
  STATUS_QUEUED,
  auditsOfJob,
  countAppointmentsByStatus,
  hasManageExternalUsers,
  latestRequest,
  portalUserById,
  portalUserOf
} from './selectors.mjs';

const DISABLE_PERMISSION = 'Offboarding_Disable_Portal_User';
/** Server time until the queued job runs. */
const JOB_DELAY_MS = 1500;

const NO_PERMISSION_MESSAGE =
  'You do not have permission to disable portal users. Ask your Salesforce administrator for the Offboarding Admin ' +
  'permission set and the Manage External Users permission.';
const NOT_FOUND_MESSAGE =
  "The producer was not found, or you do not have access to it. Open Disable Customer User from the producer's " +
  'Contact record.';

/** OffboardingAuditInfo.fromRecord. */
export function toAuditInfo(org, record) {
  if (!record) {
    return null;
  }
  return {
    id: record.Id,
    action: record.Action__c,
    status: record.Status__c,
    detail: record.Detail__c,
    performedBy: org.store.users.find((user) => user.Id === record.Performed_By__c)?.name ?? null,
    performedOn: record.Performed_On__c,
    targetUserId: record.Target_User_Id__c,
    jobId: record.Job_Id__c
  };
}

function requireContactId(contactId) {
  const id = normalizeId(contactId);
  if (!id || objectOf(id) !== 'Contact') {
    throw new AuraHandledException(NOT_FOUND_MESSAGE);
  }
  return id;
}

function findContact(org, contactId) {
  return org.store.contacts.find((record) => record.Id === contactId) ?? null;
}

function canDisablePortalUsers(user) {
  return user.permissions.includes(DISABLE_PERMISSION) && hasManageExternalUsers(user);
}

function unavailableReason(user, portalUser, lastRequest) {
  if (!portalUser) {
    return 'noPortalUser';
  }
  if (!portalUser.IsPortalEnabled) {
    return 'alreadyDisabled';
  }
  if (lastRequest?.Status__c === STATUS_QUEUED) {
    return 'requestQueued';
  }
  return canDisablePortalUsers(user) ? null : 'noPermission';
}

/** The queued disable jobs of a Contact run now: the modal's poll is their "next poll". */
function runQueuedJobsOf(org, contactId) {
  for (const job of org.store.jobs) {
    if (job.ApexClassName === 'DisablePortalUserJob' && job.about.contactId === contactId && !isFinished(job)) {
      stepJob(org, job);
    }
  }
}

/** PortalUserService.getPortalUser. */
function getPortalUserInfo(org, { contactId }, { user }) {
  const id = requireContactId(contactId);
  runQueuedJobsOf(org, id);
  const info = {
    contactId: id,
    canDisable: false,
    isPortalEnabled: false,
    isActive: false,
    activeAppointments: 0,
    pendingTerminations: 0
  };
  const producer = findContact(org, id);
  if (!producer) {
    info.unavailableReason = 'noAccess';
    return info;
  }
  info.contactName = producer.Name;
  const lastRequest = latestRequest(org.store, id);
  info.lastRequest = toAuditInfo(org, lastRequest);
  const portalUser = portalUserOf(org.store, id, lastRequest);
  if (portalUser) {
    info.userId = portalUser.Id;
    info.username = portalUser.Username;
    info.profileName = portalUser.ProfileName;
    info.lastLogin = portalUser.LastLoginDate;
    info.isPortalEnabled = portalUser.IsPortalEnabled;
    info.isActive = portalUser.IsActive;
  }
  const counts = countAppointmentsByStatus(org.store, id);
  info.activeAppointments = counts.get('Active') ?? 0;
  info.pendingTerminations = counts.get('Pending Termination') ?? 0;
  info.unavailableReason = unavailableReason(user, portalUser, lastRequest);
  info.canDisable = info.unavailableReason === null;
  return info;
}

/**
 * DisablePortalUserJob: execute() disables the user in its own transaction (as the user who queued it, in user mode),
 * then the finalizer sets the request's entry (found by Job_Id__c) to the outcome.
 */
function disablePortalUserJob(userId) {
  const outcome = { status: null, detail: null };
  const complete = (detail) => Object.assign(outcome, { status: STATUS_COMPLETED, detail });
  const fail = (detail) => Object.assign(outcome, { status: STATUS_FAILED, detail });
  const recordOutcome = (org, job) => {
    for (const entry of auditsOfJob(org.store, job.Id)) {
      entry.Status__c = outcome.status ?? STATUS_FAILED;
      entry.Detail__c = (outcome.detail ?? 'The job ended without a result.').slice(0, 2000);
    }
  };
  return {
    execute(org, job) {
      const portalUser = portalUserById(org.store, userId);
      if (!portalUser) {
        fail(`The portal user ${userId} was not found, or you do not have access to it.`);
      } else if (!portalUser.IsPortalEnabled) {
        complete(`The portal user ${portalUser.Username} was already disabled.`);
      } else if (!hasManageExternalUsers(job.runAs)) {
        fail(`The portal user ${portalUser.Username} could not be disabled: insufficient access rights on object id`);
      } else {
        // As on the platform: a disabled portal user is deactivated and no longer linked to its Contact.
        Object.assign(portalUser, { IsPortalEnabled: false, IsActive: false, ContactId: null });
        complete(`The portal user ${portalUser.Username} was disabled.`);
      }
      job.Status = 'Completed';
      recordOutcome(org, job);
    },
    finalize(org, job, error) {
      fail(`The portal user could not be disabled: ${error?.message ?? error}`);
      recordOutcome(org, job);
    }
  };
}

/** PortalUserService.disable. */
function disable(org, { contactId, confirmation }, { user }) {
  const id = requireContactId(contactId);
  if (!canDisablePortalUsers(user)) {
    throw new AuraHandledException(NO_PERMISSION_MESSAGE);
  }
  const producer = findContact(org, id);
  if (!producer) {
    throw new AuraHandledException(NOT_FOUND_MESSAGE);
  }
  const lastRequest = latestRequest(org.store, id);
  if (lastRequest?.Status__c === STATUS_QUEUED) {
    return toAuditInfo(org, lastRequest);
  }
  if (!confirmationMatches(typeof confirmation === 'string' ? confirmation : '', producer.Name)) {
    throw new AuraHandledException(
      `Type the producer's name, ${producer.Name}, exactly as shown to confirm that the portal user is disabled for good.`
    );
  }
  const portalUser = portalUserOf(org.store, id, lastRequest);
  if (!portalUser) {
    throw new AuraHandledException(`${producer.Name} has no portal user: there is nothing to disable.`);
  }
  if (!portalUser.IsPortalEnabled) {
    throw new AuraHandledException(`The portal user ${portalUser.Username} is already disabled.`);
  }
  const job = disablePortalUserJob(portalUser.Id);
  const jobId = enqueueJob(org, user, {
    className: 'DisablePortalUserJob',
    jobType: 'Queueable',
    stepMs: JOB_DELAY_MS,
    step: job.execute,
    fail: job.finalize,
    about: { contactId: id }
  });
  const now = new Date().toISOString();
  const entry = {
    Id: org.store.newId('Offboarding_Audit__c'),
    Name: org.store.newName('Offboarding_Audit__c'),
    Action__c: ACTION_DISABLE_PORTAL_USER,
    Contact__c: id,
    Account__c: producer.AccountId,
    Target_User_Id__c: portalUser.Id,
    Status__c: STATUS_QUEUED,
    Detail__c: `Disabling the portal user ${portalUser.Username}.`,
    Performed_By__c: user.Id,
    Performed_On__c: now,
    Job_Id__c: jobId,
    CreatedDate: now
  };
  org.store.audits.push(entry);
  return { ...toAuditInfo(org, entry), performedBy: user.name };
}

// PortalUserController's prefixes (OffboardingErrors.toAura: prefix + the service's message).
const LOAD_FAILED = 'The portal user could not be loaded: ';
const DISABLE_FAILED = 'The portal user could not be disabled: ';

/** `PortalUserController.getPortalUser(Id contactId)`. */
export const getPortalUser = auraEnabled(LOAD_FAILED, getPortalUserInfo);
/** `PortalUserController.disablePortalUser(Id contactId, String confirmation)`. */
export const disablePortalUser = auraEnabled(DISABLE_FAILED, disable);
