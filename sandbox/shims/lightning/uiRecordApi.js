// `lightning/uiRecordApi` (Lightning Data Service), over the sandbox org's UI API (src/runtime/uiApiClient.js):
// - `@wire(getRecord, { recordId, fields, optionalFields })` provisions `{ data, error }` (a frozen
//   RecordRepresentation); every wire of a record gets its new value after `updateRecord`,
//   `notifyRecordUpdateAvailable` or a RefreshEvent (as LDS's cache would give it).
// - `updateRecord({ fields: { Id, ... } })` resolves with the record, or rejects with LDS's error shape
//   `{ status, ok: false, body: { message, output: { errors, fieldErrors } } }`: the org applies the same access
//   checks and NiprTrackingGuard trigger as an update on the platform.
// - `getFieldValue` / `getFieldDisplayValue` read a field (a `@salesforce/schema` FieldId or `Object.Field`).
import { fetchRecord, patchRecord } from '../../src/runtime/uiApiClient.js';
import { REFRESH_EVENT_NAME } from '../../src/runtime/refreshHandlers.js';

/** The connected getRecord wires. */
const wires = new Set();

function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}

/** A FieldId or a qualified name as `Object.Field`. */
function qualified(field) {
  return typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
}

function qualifiedList(fields) {
  if (fields === undefined || fields === null) {
    return [];
  }
  return (Array.isArray(fields) ? fields : [fields]).map(qualified);
}

export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
    this.connected = false;
    this.calls = 0;
  }

  connect() {
    this.connected = true;
    wires.add(this);
  }

  disconnect() {
    this.connected = false;
    wires.delete(this);
  }

  update(config) {
    this.config = config;
    this.fetch();
  }

  get recordId() {
    return this.config?.recordId;
  }

  /** Reads the record (nothing while its Id or its fields are not known yet); only the latest answer is emitted. */
  fetch() {
    const { recordId, fields, optionalFields } = this.config ?? {};
    const required = qualifiedList(fields);
    const optional = qualifiedList(optionalFields);
    if (!recordId || required.length + optional.length === 0) {
      return Promise.resolve();
    }
    const call = ++this.calls;
    return fetchRecord(recordId, required, optional).then(
      (data) => this.emit(call, { data: deepFreeze(data), error: undefined }),
      (error) => this.emit(call, { data: undefined, error })
    );
  }

  emit(call, value) {
    if (call === this.calls && this.connected) {
      this.dataCallback(value);
    }
  }
}

/** Every wire of these records reads them again; resolves when they have their new values. */
function refreshWires(recordIds) {
  const ids = new Set(recordIds);
  return Promise.all([...wires].filter((wire) => ids.has(wire.recordId)).map((wire) => wire.fetch())).then(
    () => undefined
  );
}

export async function updateRecord(recordInput) {
  const { Id: recordId, ...fields } = recordInput?.fields ?? {};
  const record = await patchRecord(recordId, fields);
  await refreshWires([recordId]);
  return deepFreeze(record);
}

export function notifyRecordUpdateAvailable(items) {
  return refreshWires((items ?? []).map((item) => item.recordId));
}

/** Deprecated name of notifyRecordUpdateAvailable. */
export const getRecordNotifyChange = notifyRecordUpdateAvailable;

/** The value of a field (a relationship path walks its records); undefined when the record does not hold it. */
function fieldOf(record, field) {
  const path = typeof field === 'string' ? field.split('.').slice(1) : field.fieldApiName.split('.');
  let current = record;
  for (const [index, name] of path.entries()) {
    const value = current?.fields?.[name];
    if (value === undefined) {
      return undefined;
    }
    if (index === path.length - 1) {
      return value;
    }
    current = value.value;
  }
  return undefined;
}

export function getFieldValue(record, field) {
  return record ? fieldOf(record, field)?.value : undefined;
}

export function getFieldDisplayValue(record, field) {
  return record ? fieldOf(record, field)?.displayValue : undefined;
}

// A RefreshEvent refreshes the page's records too.
window.addEventListener(REFRESH_EVENT_NAME, () => refreshWires([...wires].map((wire) => wire.recordId)));
