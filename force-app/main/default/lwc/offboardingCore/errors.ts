// Server and client errors turned into text a user can read (after trailheadapps/lwc-recipes: ldsUtils.reduceErrors).
// Apex errors arrive as `{ body: { message } }` (AuraHandledException) or `{ body: [{ message }] }` (several),
// UI API errors as `{ body: { pageErrors, fieldErrors } }`, and client errors as `Error`.

type Json = Readonly<Record<string, unknown>>;

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(value: unknown): string[] {
  return isRecord(value) && typeof value.message === 'string' ? [value.message] : [];
}

/** The `message` of each `{ message }` in a list (not a list: none). */
export function messagesOfList(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap(messageOf) : [];
}

function messagesOfBody(body: unknown): string[] {
  if (Array.isArray(body)) {
    return messagesOfList(body);
  }
  if (!isRecord(body)) {
    return typeof body === 'string' ? [body] : [];
  }
  const pageErrors = messagesOfList(body.pageErrors);
  const fieldErrors = isRecord(body.fieldErrors) ? Object.values(body.fieldErrors).flatMap(messagesOfList) : [];
  const found = [...pageErrors, ...fieldErrors];
  return found.length > 0 ? found : messageOf(body);
}

function messagesOfOne(error: unknown): string[] {
  if (typeof error === 'string') {
    return [error];
  }
  if (!isRecord(error)) {
    return [];
  }
  const fromBody = messagesOfBody(error.body);
  if (fromBody.length > 0) {
    return fromBody;
  }
  const own = messageOf(error);
  return own.length > 0 ? own : typeof error.statusText === 'string' ? [error.statusText] : [];
}

/** Every message in one error or a list of errors, blanks dropped. */
export function errorMessages(errors: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(errors) ? errors : [errors];
  return list.flatMap(messagesOfOne).filter((message) => message.trim() !== '');
}

/** The messages of `errors` as one text; `fallback` when there is none. */
export function errorText(errors: unknown, fallback: string): string {
  const messages = errorMessages(errors);
  return messages.length > 0 ? messages.join(' ') : fallback;
}
