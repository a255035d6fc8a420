// `@salesforce/customPermission/<Name>` is built as `hasPermission('<Name>')`: true when the current sample user
// holds the custom permission, undefined otherwise (as on the platform). Fixed for the page's life: switching the
// sample user reloads the page, as a new Salesforce session would.
import { currentUser } from '../src/runtime/session.js';

export function hasPermission(name) {
  return currentUser().permissions.includes(name) ? true : undefined;
}
