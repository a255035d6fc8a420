// Calls the sandbox org's User Interface API (records), for the `lightning/uiRecordApi` shim. Errors take the shape
// Lightning Data Service gives them (what c/offboardingCore's recordErrorText reads):
// `{ status, statusText, ok: false, headers, body }`, the body being the UI API's error (for a refused update
// `{ message, statusCode, enhancedErrorType: 'RecordError', output: { errors, fieldErrors } }`).
async function request(method, path, body) {
  let response;
  try {
    response = await fetch(`/api/ui-api/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch (error) {
    throw {
      status: 0,
      statusText: 'Network error',
      ok: false,
      headers: {},
      body: { message: `The sandbox server could not be reached (${error?.message ?? error}). Is it running?` }
    };
  }
  const text = await response.text();
  const data = text === '' ? null : JSON.parse(text);
  if (!response.ok) {
    throw { status: response.status, statusText: response.statusText, ok: false, headers: {}, body: data };
  }
  return data;
}

/** GET a record with its `fields` (must exist) and `optionalFields` (qualified names, `Contact.Name`). */
export function fetchRecord(recordId, fields, optionalFields) {
  const query = new URLSearchParams();
  if (fields.length > 0) {
    query.set('fields', fields.join(','));
  }
  if (optionalFields.length > 0) {
    query.set('optionalFields', optionalFields.join(','));
  }
  return request('GET', `records/${encodeURIComponent(recordId)}?${query}`);
}

/** PATCH a record's fields. */
export function patchRecord(recordId, fields) {
  return request('PATCH', `records/${encodeURIComponent(recordId)}`, { fields });
}
