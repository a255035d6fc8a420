// Stand-in for NiprTrackingController, NiprTrackingService, TrackingPolicySelector and NiprTrackingBatch
// (force-app/main/default/classes): the NIPR Tracking editor's guard, the preview of a deactivation and the
// deactivation itself (one record, a selection, or every producer through the batch job), each producer decided by
// c/offboardingCore's trackingPolicy (TrackingPolicy.cls in Apex), with the same checks, order and messages. Every update saves through database.mjs, so the
// NiprTrackingGuard trigger applies to the bulk paths as it does to the editor's LDS save.
import { AuraHandledException, auraEnabled } from './apex.mjs';
import { advanceOnPoll, enqueueJob, findJob } from './asyncJobs.mjs';
import { updateRecords } from './database.mjs';
import { normalizeId, objectOf } from './ids.mjs';
import { mayDeactivate, trackingPolicy, trackingPolicyMessages } from 'c/offboardingCore';
import { producerIdOf, stateNames, toOpenTransactionInfo } from './niprTrackingGuard.mjs';
import {
  ACTION_BULK_TRACKING,
  STATUS_COMPLETED,
  STATUS_FAILED,
  STATUS_QUEUED,
  TRACKING_ACTIVE,
  TRACKING_FIELD,
  TRACKING_INACTIVE,
  auditsOfJob,
  canEditProducers,
  countAppointmentsByStatus,
  findTracked,
  openTransactionsOf,
  portalUserByContact
} from './selectors.mjs';

const MANAGE_PERMISSION = 'Offboarding_Manage_Tracking';
/** deactivateTracking takes at most this many records (a list view selection). */
const MAX_SELECTION = 200;
/** Records per NiprTrackingBatch chunk. */
const BATCH_SIZE = 200;
/** Items kept for the job's summary. */
const MAX_ITEMS = 200;
/** Server time between two steps of the batch job (start, each chunk, finish). */
const BATCH_STEP_MS = 1000;

const NO_PERMISSION_MESSAGE =
  'You do not have permission to change NIPR tracking. Ask your Salesforce administrator for the Offboarding Admin ' +
  'permission set.';
const NOT_FOUND_MESSAGE = 'The record was not found, or you do not have access to it.';
const BULK_TYPES = ['Contact', 'Account'];
const SELECTION_TYPES = ['Contact', 'Account', 'User'];
/** A preview's decision when the policy does not apply (NiprTrackingService.DECISION_SKIPPED). */
const DECISION_SKIPPED = 'skipped';

function hasPermission(user) {
  return user.permissions.includes(MANAGE_PERMISSION);
}

function requirePermission(user) {
  if (!hasPermission(user)) {
    throw new AuraHandledException(NO_PERMISSION_MESSAGE);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One record (the editor)

/** NiprTrackingService.getTrackingGuard. */
function trackingGuard(org, { recordId }, { user }) {
  const id = normalizeId(recordId);
  const type = id ? objectOf(id) : null;
  if (type !== 'Contact' && type !== 'Account' && type !== 'User') {
    throw new AuraHandledException('NIPR tracking is kept on Contacts, Accounts and Users.');
  }
  const record = findTracked(org.store, id);
  if (!record) {
    throw new AuraHandledException(NOT_FOUND_MESSAGE);
  }
  const guard = {
    recordId: id,
    objectApiName: type,
    recordName: record.Name,
    tracking: record[TRACKING_FIELD],
    canManage: hasPermission(user) && canEditProducers(user),
    openTransactions: [],
    activeAppointments: 0,
    portalUserEnabled: false
  };
  const producerId = producerIdOf(record);
  if (type === 'User') {
    guard.portalUserEnabled = record.IsPortalEnabled;
    guard.portalContactId = producerId;
  } else if (type === 'Contact') {
    guard.portalUserEnabled = portalUserByContact(org.store, id)?.IsPortalEnabled === true;
    guard.portalContactId = id;
  }
  if (!producerId) {
    return guard;
  }
  const open = openTransactionsOf(org.store, [producerId]);
  const names = stateNames(org, open);
  guard.openTransactions = open.map((transaction) => toOpenTransactionInfo(transaction, names));
  guard.activeAppointments = countAppointmentsByStatus(org.store, producerId).get('Active') ?? 0;
  return guard;
}

// ---------------------------------------------------------------------------------------------------------------
// A selection (list view action), and the core of both bulk paths

function item(id, name, outcome, reason) {
  return { id, name, outcome, reason };
}

// TrackingPolicySelector.getActiveAppointments: the Active appointments of producers, by state, company, Id.
function activeAppointmentsOf(store, producerIds) {
  const ids = new Set(producerIds);
  const compare = (a, b) => (a ?? '').localeCompare(b ?? '');
  return store.appointments
    .filter(
      (record) =>
        (ids.has(record.Producer_Contact__c) || ids.has(record.Producer_Account__c)) && record.Status__c === 'Active'
    )
    .sort(
      (a, b) => compare(a.State__c, b.State__c) || compare(a.Company_Name__c, b.Company_Name__c) || compare(a.Id, b.Id)
    );
}

/** TrackingPolicySelector.getBulkCandidates: every producer of one object with NIPR tracking Active, by Id. */
function bulkCandidates(store, objectApiName) {
  const records = objectApiName === 'Account' ? store.accounts : store.contacts;
  return records.filter((record) => record[TRACKING_FIELD] === TRACKING_ACTIVE).sort((a, b) => (a.Id < b.Id ? -1 : 1));
}

function notApplicable(user, record) {
  if (!record) {
    return NOT_FOUND_MESSAGE;
  }
  if (record[TRACKING_FIELD] !== TRACKING_ACTIVE) {
    return record[TRACKING_FIELD] === TRACKING_INACTIVE
      ? 'NIPR tracking is already Inactive.'
      : 'NIPR tracking is not Active.';
  }
  if (!canEditProducers(user)) {
    return 'You do not have permission to edit this record.';
  }
  return null;
}

/** NiprTrackingService.evaluate: each record's TrackingPreview (the policy's decision, or skipped). */
function evaluate(org, user, recordIds) {
  return recordIds.map((id) => {
    const record = findTracked(org.store, id);
    const producerId = record ? producerIdOf(record) : null;
    const open = producerId ? openTransactionsOf(org.store, [producerId]) : [];
    const appointments = producerId ? activeAppointmentsOf(org.store, [producerId]) : [];
    const names = stateNames(org, [...open, ...appointments]);
    const preview = {
      id,
      name: record?.Name ?? null,
      decision: DECISION_SKIPPED,
      activeAppointments: appointments.map((appointment) => ({
        id: appointment.Id,
        state: appointment.State__c,
        stateName: appointment.State__c
          ? (names.get(appointment.State__c.toUpperCase()) ?? appointment.State__c)
          : null,
        company: appointment.Company_Name__c
      })),
      openTransactions: open.map((transaction) => toOpenTransactionInfo(transaction, names)),
      message: null,
      summary: null
    };
    const skipped = notApplicable(user, record);
    if (skipped !== null) {
      return { ...preview, message: skipped, summary: `Skipped: ${skipped}` };
    }
    const policyAppointments = preview.activeAppointments.map((a) => ({
      state: a.stateName ?? '',
      company: a.company ?? ''
    }));
    const result = trackingPolicy({
      recordName: preview.name,
      openTransactions: preview.openTransactions.map((t) => ({ name: t.name, state: t.stateName, status: t.status })),
      activeAppointments: policyAppointments
    });
    return {
      ...preview,
      decision: result.decision,
      message: result.message,
      summary: trackingPolicyMessages.summary(result, policyAppointments),
      policyAppointments
    };
  });
}

/** The reason a producer is skipped: the refusal, "Confirmation needed: …", or why the policy does not apply. */
function skipReason(preview) {
  return preview.decision === 'needsConfirmation'
    ? trackingPolicyMessages.confirmationNeeded(preview.name, preview.policyAppointments)
    : preview.message;
}

/**
 * NiprTrackingService.deactivateRecords: re-reads the records, decides each with the policy, updates those it allows
 * (Contacts, then Accounts, then Users; each on its own) and reports each producer done, skipped or failed.
 */
export function deactivateRecords(org, user, recordIds, confirmActiveAppointments = false) {
  requirePermission(user);
  const result = { done: [], skipped: [], failed: [] };
  const changes = { Contact: [], Account: [], User: [] };
  const previews = new Map(evaluate(org, user, recordIds).map((preview) => [preview.id, preview]));
  for (const type of SELECTION_TYPES) {
    for (const id of recordIds.filter((recordId) => objectOf(recordId) === type)) {
      const preview = previews.get(id);
      if (
        preview.decision === DECISION_SKIPPED ||
        !mayDeactivate(preview.decision, confirmActiveAppointments === true)
      ) {
        result.skipped.push(item(id, preview.name, 'skipped', skipReason(preview)));
      } else {
        changes[type].push({ Id: id, fields: { [TRACKING_FIELD]: TRACKING_INACTIVE } });
      }
    }
  }
  const ordered = [...changes.Contact, ...changes.Account, ...changes.User];
  if (ordered.length === 0) {
    return result;
  }
  updateRecords(org, user, ordered).forEach((save, index) => {
    const { Id } = ordered[index];
    const name = previews.get(Id).name;
    if (save.success) {
      result.done.push(item(Id, name, 'done', null));
    } else {
      result.failed.push(item(Id, name, 'failed', save.errors.map((error) => error.message).join(' ')));
    }
  });
  return result;
}

/** NiprTrackingService's checks of a selection; the Ids, normalized and without repeats. */
function checkedSelection(recordIds) {
  const ids = [];
  for (const value of Array.isArray(recordIds) ? recordIds : []) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    const id = normalizeId(value);
    if (!id) {
      throw new AuraHandledException(`Invalid id: ${value}`);
    }
    if (!ids.includes(id)) {
      ids.push(id);
    }
  }
  if (ids.length === 0) {
    throw new AuraHandledException('Select at least one Contact or Account.');
  }
  if (ids.length > MAX_SELECTION) {
    throw new AuraHandledException(
      `Select at most ${MAX_SELECTION} records, or use "Set Inactive for all eligible producers" for more.`
    );
  }
  if (ids.some((id) => !SELECTION_TYPES.includes(objectOf(id)))) {
    throw new AuraHandledException('Only Contacts, Accounts and Users can be selected.');
  }
  return ids;
}

/** NiprTrackingService.previewDeactivation. */
function preview(org, { recordIds }, { user }) {
  requirePermission(user);
  // TrackingPreview's fields only (policyAppointments is this stand-in's own).
  return evaluate(org, user, checkedSelection(recordIds)).map((entry) =>
    Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'policyAppointments'))
  );
}

/** NiprTrackingService.deactivateTracking. */
function deactivateSelection(org, { recordIds, confirmActiveAppointments }, { user }) {
  requirePermission(user);
  return deactivateRecords(org, user, checkedSelection(recordIds), confirmActiveAppointments === true);
}

// ---------------------------------------------------------------------------------------------------------------
// Every eligible producer (Batch Apex)

/**
 * NiprTrackingBatch: start (the candidates, in chunks of 200), one chunk per step (deactivateRecords, the summary so
 * far written to the job's Offboarding_Audit__c entry), then finish (the entry Completed, or Failed when a chunk
 * failed). Stateful: the counts and the first 200 skipped or failed items add up across chunks.
 */
function niprTrackingBatch(objectApiName, confirmActiveAppointments) {
  const state = { chunks: null, done: 0, skipped: 0, failed: 0, items: [] };
  const summary = (scope) =>
    `${objectApiName}s set Inactive: ${state.done}, skipped: ${state.skipped}, failed: ${state.failed} (${scope}).`;
  const saveSummary = (org, job, status, detail) => {
    for (const entry of auditsOfJob(org.store, job.Id)) {
      Object.assign(entry, {
        Status__c: status,
        Detail__c: detail.slice(0, 2000),
        Done_Count__c: state.done,
        Skipped_Count__c: state.skipped,
        Failed_Count__c: state.failed,
        Items__c: JSON.stringify(state.items)
      });
    }
  };
  const finish = (org, job) => {
    const chunkFailed = job.NumberOfErrors > 0;
    let detail = summary('in all');
    if (chunkFailed) {
      detail += ` ${job.NumberOfErrors} chunk(s) failed: ${job.ExtendedStatus ?? 'see Setup, Apex Jobs.'}`;
    }
    saveSummary(org, job, chunkFailed ? STATUS_FAILED : STATUS_COMPLETED, detail);
    job.Status = 'Completed';
  };
  return (org, job) => {
    if (state.chunks === null) {
      const ids = bulkCandidates(org.store, objectApiName).map((record) => record.Id);
      state.chunks = [];
      for (let start = 0; start < ids.length; start += BATCH_SIZE) {
        state.chunks.push(ids.slice(start, start + BATCH_SIZE));
      }
      job.TotalJobItems = state.chunks.length;
      job.Status = 'Processing';
      if (state.chunks.length === 0) {
        finish(org, job);
      }
      return;
    }
    if (job.JobItemsProcessed < state.chunks.length) {
      const chunk = state.chunks[job.JobItemsProcessed];
      job.JobItemsProcessed += 1;
      try {
        const result = deactivateRecords(org, job.runAs, chunk, confirmActiveAppointments);
        state.done += result.done.length;
        state.skipped += result.skipped.length;
        state.failed += result.failed.length;
        state.items.push(...[...result.skipped, ...result.failed].slice(0, MAX_ITEMS - state.items.length));
        saveSummary(org, job, STATUS_QUEUED, summary('so far'));
      } catch (error) {
        job.NumberOfErrors += 1;
        job.ExtendedStatus ??= `First error: ${error?.message ?? error}`;
      }
      return;
    }
    finish(org, job);
  };
}

/** NiprTrackingService.startBulkDeactivation. */
function startBulk(org, { objectApiName, confirmActiveAppointments }, { user }) {
  requirePermission(user);
  if (!BULK_TYPES.includes(objectApiName)) {
    throw new AuraHandledException('Bulk deactivation runs on Contacts or Accounts.');
  }
  if (!canEditProducers(user)) {
    throw new AuraHandledException(`You do not have permission to edit NIPR Tracking on ${objectApiName}s.`);
  }
  const jobId = enqueueJob(org, user, {
    className: 'NiprTrackingBatch',
    jobType: 'BatchApex',
    stepMs: BATCH_STEP_MS,
    step: niprTrackingBatch(objectApiName, confirmActiveAppointments === true)
  });
  const now = new Date().toISOString();
  org.store.audits.push({
    Id: org.store.newId('Offboarding_Audit__c'),
    Name: org.store.newName('Offboarding_Audit__c'),
    Action__c: ACTION_BULK_TRACKING,
    Contact__c: null,
    Account__c: null,
    Target_User_Id__c: null,
    Status__c: STATUS_QUEUED,
    Detail__c:
      `Setting NIPR tracking Inactive for every ${objectApiName} with NIPR tracking Active and no open NIPR transaction` +
      (confirmActiveAppointments === true
        ? ', active appointments included (confirmed).'
        : '; those with active appointments are skipped (not confirmed).'),
    Performed_By__c: user.Id,
    Performed_On__c: now,
    Job_Id__c: jobId,
    Done_Count__c: 0,
    Skipped_Count__c: 0,
    Failed_Count__c: 0,
    Items__c: null,
    CreatedDate: now
  });
  return jobId;
}

/** NiprTrackingService.getBulkJobStatus (a poll: the job takes a step if it has not since the last one). */
function bulkJobStatus(org, { jobId }, { user }) {
  requirePermission(user);
  const id = normalizeId(jobId);
  const job = id ? findJob(org, id) : null;
  if (job) {
    advanceOnPoll(org, job);
  }
  const entry = id ? (auditsOfJob(org.store, id)[0] ?? null) : null;
  if (!entry && !job) {
    throw new AuraHandledException('The bulk job was not found, or you do not have access to it.');
  }
  return {
    jobId: id,
    status: entry?.Status__c === STATUS_FAILED ? STATUS_FAILED : (job?.Status ?? entry.Status__c),
    processed: job?.JobItemsProcessed ?? 0,
    total: job?.TotalJobItems ?? 0,
    done: entry?.Done_Count__c ?? 0,
    skipped: entry?.Skipped_Count__c ?? 0,
    failed: entry?.Failed_Count__c ?? 0,
    items: entry?.Items__c ? JSON.parse(entry.Items__c) : [],
    errorMessage: job?.ExtendedStatus || (entry?.Status__c === STATUS_FAILED ? entry.Detail__c : null)
  };
}

// NiprTrackingController's prefixes (OffboardingErrors.toAura: prefix + the service's message).
const LOAD_FAILED = 'NIPR tracking could not be loaded: ';
const CHANGE_FAILED = 'NIPR tracking could not be changed: ';
const START_FAILED = 'The bulk deactivation could not be started: ';
const STATUS_FAILED_PREFIX = "The bulk deactivation's progress could not be loaded: ";

/** `NiprTrackingController.getTrackingGuard(Id recordId)`. */
export const getTrackingGuard = auraEnabled(LOAD_FAILED, trackingGuard);
/** `NiprTrackingController.previewDeactivation(List<Id> recordIds)`. */
export const previewDeactivation = auraEnabled(LOAD_FAILED, preview);
/** `NiprTrackingController.deactivateTracking(List<Id> recordIds, Boolean confirmActiveAppointments)`. */
export const deactivateTracking = auraEnabled(CHANGE_FAILED, deactivateSelection);
/** `NiprTrackingController.startBulkDeactivation(String objectApiName, Boolean confirmActiveAppointments)`. */
export const startBulkDeactivation = auraEnabled(START_FAILED, startBulk);
/** `NiprTrackingController.getBulkJobStatus(Id jobId)`. */
export const getBulkJobStatus = auraEnabled(STATUS_FAILED_PREFIX, bulkJobStatus);
