// The User Interface API behind Lightning Data Service (shims/lightning/uiRecordApi.js): a record's fields
// (getRecord) and updating it (updateRecord), over Contacts, Accounts and portal Users. An update saves through
// database.mjs (access, the restricted picklist, the NiprTrackingGuard trigger); a refusal comes back in the UI API's
// error shape: HTTP 400, `{ message, statusCode, enhancedErrorType: 'RecordError', output: { errors, fieldErrors } }`,
// the record's own errors (a trigger's addError) under `errors`, those of a field under `fieldErrors[field]`.
import { updateRecords } from './database.mjs';
import { normalizeId, objectOf } from './ids.mjs';
import { TRACKING_FIELD, findTracked } from './selectors.mjs';

/** The fields the sandbox's records expose, by object. */
const FIELDS = {
  Contact: ['Id', 'Name', 'NPN__c', 'Email', 'AccountId', TRACKING_FIELD],
  Account: ['Id', 'Name', 'NPN__c', TRACKING_FIELD],
  User: ['Id', 'Name', 'Username', 'ContactId', 'IsActive', 'IsPortalEnabled', TRACKING_FIELD]
};
const PICKLISTS = new Set([TRACKING_FIELD]);
const FIELD_LABELS = { [TRACKING_FIELD]: 'NIPR Tracking' };

/** An error of the UI API: `status` and the response body. */
export class UiApiError extends Error {
  constructor(status, body) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

function notFound() {
  return new UiApiError(404, {
    message: 'The requested resource does not exist',
    errorCode: 'NOT_FOUND',
    statusCode: 404
  });
}

/** The record as a RecordRepresentation with the asked fields that exist on it. */
function toRepresentation(record, apiName, fieldNames) {
  const fields = {};
  for (const name of fieldNames) {
    const value = record[name] ?? null;
    fields[name] = { value, displayValue: PICKLISTS.has(name) && value !== null ? value : null };
  }
  return {
    apiName,
    id: record.Id,
    childRelationships: {},
    fields,
    recordTypeId: null,
    recordTypeInfo: null
  };
}

/** `Object.Field` names → the fields of `apiName` (other objects' are left out). */
function fieldsOf(qualified, apiName) {
  return (qualified ?? [])
    .map((name) => String(name).split('.'))
    .filter(([objectName, field]) => objectName === apiName && field)
    .map(([, field]) => field);
}

/**
 * GET a record: `fields` must exist (else an INVALID_FIELD error), `optionalFields` are left out when they do not.
 * @param {string[]} fields qualified field names (`Contact.NIPR_Tracking__c`)
 * @param {string[]} optionalFields qualified field names
 */
export function getRecordUi(org, recordId, fields, optionalFields) {
  const id = normalizeId(recordId);
  const apiName = id ? objectOf(id) : null;
  const record = apiName ? findTracked(org.store, id) : null;
  if (!record) {
    throw notFound();
  }
  const known = FIELDS[apiName];
  const required = fieldsOf(fields, apiName);
  const missing = required.filter((field) => !known.includes(field));
  if (missing.length > 0) {
    throw new UiApiError(400, {
      message: `No such column '${missing[0]}' on entity '${apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      errorCode: 'INVALID_FIELD',
      statusCode: 400
    });
  }
  const optional = fieldsOf(optionalFields, apiName).filter((field) => known.includes(field));
  return toRepresentation(record, apiName, [...new Set(['Id', ...required, ...optional])]);
}

/** PATCH a record: `{ fields }` (its Id in the URL). Resolves with the record's updated fields. */
export function updateRecordUi(org, user, recordId, fields) {
  const id = normalizeId(recordId);
  const apiName = id ? objectOf(id) : null;
  const record = apiName && FIELDS[apiName] ? findTracked(org.store, id) : null;
  if (!record) {
    throw notFound();
  }
  const changes = { ...(fields ?? {}) };
  delete changes.Id;
  const [save] = updateRecords(org, user, [{ Id: id, fields: changes }]);
  if (!save.success) {
    const errors = [];
    const fieldErrors = {};
    for (const error of save.errors) {
      const detail = {
        constituentField: null,
        duplicateRecordError: null,
        errorCode: error.statusCode,
        field: error.fields[0] ?? null,
        fieldLabel: FIELD_LABELS[error.fields[0]] ?? error.fields[0] ?? null,
        message: error.message
      };
      if (error.fields.length === 0) {
        errors.push(detail);
      }
      for (const field of error.fields) {
        (fieldErrors[field] ??= []).push({ ...detail, field, fieldLabel: FIELD_LABELS[field] ?? field });
      }
    }
    throw new UiApiError(400, {
      message: 'An error occurred while trying to update the record. Please try again.',
      statusCode: 400,
      enhancedErrorType: 'RecordError',
      output: { errors, fieldErrors }
    });
  }
  return toRepresentation(record, apiName, FIELDS[apiName]);
}
