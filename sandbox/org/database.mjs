// Updates of producers (Contact, Account) and portal Users in the in-memory org, as `Database.update(records, false,
// AccessLevel.USER_MODE)` does them: record and field access, the restricted NIPR Tracking picklist, then the before
// update triggers (NiprTrackingGuard); each record succeeds or fails on its own. Lightning Data Service's
// updateRecord (uiRecordApi.mjs) and the bulk deactivation (niprTrackingController.mjs) both save through here.
import { handle as niprTrackingGuard } from './niprTrackingGuard.mjs';
import { TRACKING_ACTIVE, TRACKING_FIELD, TRACKING_INACTIVE, canEditProducers, findTracked } from './selectors.mjs';

/** The fields the sandbox lets a user change (NIPR_Tracking__c, a restricted picklist). */
const UPDATABLE = new Set([TRACKING_FIELD]);
const PICKLISTS = { [TRACKING_FIELD]: { label: 'NIPR Tracking', values: [TRACKING_ACTIVE, TRACKING_INACTIVE] } };

function failure(statusCode, message, fields = []) {
  return { success: false, id: null, errors: [{ statusCode, message, fields }] };
}

/** The first problem of one change before the triggers run; null when there is none. */
function check(user, record, fields) {
  if (!record) {
    return failure('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
  }
  if (!canEditProducers(user)) {
    return failure('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
  }
  const locked = Object.keys(fields).filter((field) => !UPDATABLE.has(field));
  if (locked.length > 0) {
    return failure(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${locked.join(', ')}. Please check the security settings of this field and ` +
        'verify that it is read/write for your profile or permission set.',
      locked
    );
  }
  for (const [field, value] of Object.entries(fields)) {
    const picklist = PICKLISTS[field];
    if (picklist && value !== null && !picklist.values.includes(value)) {
      return failure(
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        `${picklist.label}: bad value for restricted picklist field: ${value}`,
        [field]
      );
    }
  }
  return null;
}

/**
 * Saves the changes as `user`; one result per change, in order: `{ success, id, errors: [{ statusCode, message,
 * fields }] }`. Nothing of a failed record is changed.
 * @param {{ Id: string, fields: object }[]} changes the record Ids and the fields to set
 */
export function updateRecords(org, user, changes) {
  const results = changes.map(({ Id, fields }) => check(user, findTracked(org.store, Id), fields ?? {}));
  const passing = changes
    .map((change, index) => ({ change, index, record: findTracked(org.store, change.Id) }))
    .filter(({ index }) => results[index] === null);
  const refused = niprTrackingGuard(
    org,
    passing.map(({ record, change }) => ({ ...record, ...change.fields })),
    new Map(passing.map(({ record }) => [record.Id, record]))
  );
  for (const { change, index, record } of passing) {
    if (refused.has(record.Id)) {
      results[index] = failure('FIELD_CUSTOM_VALIDATION_EXCEPTION', refused.get(record.Id));
    } else {
      Object.assign(record, change.fields);
      results[index] = { success: true, id: record.Id, errors: [] };
    }
  }
  return results;
}
