// Calls the sandbox org's Apex stand-ins. Errors take the shape Lightning gives an Apex error (what
// c/offboardingCore's errorText reads): `{ status, statusText, ok: false, headers, body: { message, ... } }`.
export async function callApex(name, params) {
  let response;
  try {
    response = await fetch(`/api/apex/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params ?? {})
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
  const body = text === '' ? null : JSON.parse(text);
  if (!response.ok) {
    throw { status: response.status, statusText: response.statusText, ok: false, headers: {}, body };
  }
  return body;
}
