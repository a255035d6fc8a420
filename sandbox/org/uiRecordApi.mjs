// The User Interface API behind Lightning Data Service (shims/lightning/uiRecordApi.js): a record's fields
// (getRecord) and updating it (updateRecord), over Contacts, Accounts and portal Users. An update saves through
// database.mjs (access, the restricted picklist, the NiprTrackingGuard trigger); a refusal comes back in the UI API's
// error shape: HTTP 400, `{ message, statusCode, enhancedErrorType: 'RecordError', output: { errors, fieldErrors } }`,
// the record's own errors (a trigger's addError) under `errors`, those of a field under `fieldErrors[field]`.
// NIPR transactions and appointments are read here too, and an update of them meets the issue 10 triggers
// (workflowGuard.mjs): a workflow field is changed only by the Producer Offboarding actions, never by the standard API.
import { WORKFLOW_FIELDS } from 'c/offboardingCore';
import { updateRecords } from './database.mjs';
import { normalizeId, objectOf } from './ids.mjs';
import { TRACKING_FIELD, findTracked } from './selectors.mjs';
import { appointmentUpdateErrors, transactionUpdateErrors } from './workflowGuard.mjs';

/** The fields the sandbox's records expose, by object. */
const FIELDS = {
  Contact: ['Id', 'Name', 'NPN__c', 'Email', 'AccountId', TRACKING_FIELD],
  Account: ['Id', 'Name', 'NPN__c', TRACKING_FIELD],
  User: ['Id', 'Name', 'Username', 'ContactId', 'IsActive', 'IsPortalEnabled', TRACKING_FIELD],
  NIPR_Transaction__c: ['Id', 'Name', ...WORKFLOW_FIELDS],
  Appointment__c: [
    'Id',
    'Name',
    'Producer_Contact__c',
    'Producer_Account__c',
    'State__c',
    'Company_Name__c',
    'Company_NAIC__c',
    'License_Class__c',
    'Line_of_Authority__c',
    'Status__c',
    'Appointed_On__c',
    'Terminated_On__c'
  ]
};
const PICKLISTS = new Set([TRACKING_FIELD, 'Status__c']);
const FIELD_LABELS = { [TRACKING_FIELD]: 'NIPR Tracking' };

/** Any record the UI API serves (producers, portal users, NIPR transactions, appointments); null when none. */
function findRecord(store, id) {
  switch (objectOf(id)) {
    case 'NIPR_Transaction__c':
      return store.transactions.find((record) => record.Id === id) ?? null;
    case 'Appointment__c':
      return store.appointments.find((record) => record.Id === id) ?? null;
    default:
      return findTracked(store, id);
  }
}

/** A refused update in the UI API's error shape (HTTP 400, RecordError). */
function recordError(errors, fieldErrors) {
  return new UiApiError(400, {
    message: 'An error occurred while trying to update the record. Please try again.',
    statusCode: 400,
    enhancedErrorType: 'RecordError',
    output: { errors, fieldErrors }
  });
}

function errorDetail(errorCode, message, field) {
  return {
    constituentField: null,
    duplicateRecordError: null,
    errorCode,
    field: field ?? null,
    fieldLabel: field ? (FIELD_LABELS[field] ?? field) : null,
    message
  };
}

/**
 * An update of a NIPR transaction or an appointment: the before update trigger refuses every workflow field (its
 * addError: a record error); any other field is read-only for every user (the permission sets grant read only).
 * Nothing is saved: the sandbox has no field of these records a user may change.
 */
function refuseWorkflowUpdate(store, record, apiName, changes) {
  const triggerErrors =
    apiName === 'NIPR_Transaction__c'
      ? transactionUpdateErrors(record, changes)
      : appointmentUpdateErrors(record, changes, store.transactions);
  if (triggerErrors.length > 0) {
    throw recordError(
      triggerErrors.map(({ message }) => errorDetail('FIELD_CUSTOM_VALIDATION_EXCEPTION', message)),
      {}
    );
  }
  const locked = Object.keys(changes).filter((field) => (record[field] ?? null) !== (changes[field] ?? null));
  if (locked.length > 0) {
    const message =
      `Unable to create/update fields: ${locked.join(', ')}. Please check the security settings of this field and ` +
      'verify that it is read/write for your profile or permission set.';
    throw recordError(
      [],
      Object.fromEntries(
        locked.map((field) => [field, [errorDetail('INVALID_FIELD_FOR_INSERT_UPDATE', message, field)]])
      )
    );
  }
}

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
  const record = apiName && FIELDS[apiName] ? findRecord(org.store, id) : null;
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
  const record = apiName && FIELDS[apiName] ? findRecord(org.store, id) : null;
  if (!record) {
    throw notFound();
  }
  const changes = { ...(fields ?? {}) };
  delete changes.Id;
  if (apiName === 'NIPR_Transaction__c' || apiName === 'Appointment__c') {
    refuseWorkflowUpdate(org.store, record, apiName, changes);
    return toRepresentation(record, apiName, FIELDS[apiName]);
  }
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
