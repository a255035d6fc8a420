// Lightning Data Service errors (updateRecord, getRecord) turned into text. The UI API puts the server's own
// messages (a trigger's addError, a validation rule) under `body.output.errors` and `body.output.fieldErrors`,
// beside a generic `body.message`; these come first, then errors.ts reads the rest.
import { errorText, isRecord, messagesOfList } from './errors';

/** The messages of `body.output` of a UI API error (record errors, then field errors); empty when none. */
export function recordErrorMessages(error: unknown): string[] {
  const body = isRecord(error) ? error.body : undefined;
  const output = isRecord(body) ? body.output : undefined;
  if (!isRecord(output)) {
    return [];
  }
  const fieldErrors = isRecord(output.fieldErrors) ? Object.values(output.fieldErrors).flatMap(messagesOfList) : [];
  return [...messagesOfList(output.errors), ...fieldErrors].filter((message) => message.trim() !== '');
}

/** An LDS error as one text: the server's own messages when there are any, else `errorText(error, fallback)`. */
export function recordErrorText(error: unknown, fallback: string): string {
  const messages = recordErrorMessages(error);
  return messages.length > 0 ? messages.join(' ') : errorText(error, fallback);
}
