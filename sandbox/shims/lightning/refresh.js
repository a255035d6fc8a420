// `lightning/refresh` (the RefreshView API): a RefreshEvent bubbles up to the page, which runs every registered
// refresh handler (src/runtime/refreshHandlers.js); the sandbox's record page also reloads its own data and Lightning
// Data Service's records (as a record page does).
import {
  REFRESH_EVENT_NAME,
  registerRefreshHandler,
  unregisterRefreshHandler
} from '../../src/runtime/refreshHandlers.js';

export { REFRESH_EVENT_NAME, registerRefreshHandler, unregisterRefreshHandler };

export class RefreshEvent extends CustomEvent {
  constructor() {
    super(REFRESH_EVENT_NAME, { composed: true, cancelable: true, bubbles: true });
  }
}

export const registerRefreshContainer = registerRefreshHandler;
export const unregisterRefreshContainer = unregisterRefreshHandler;
