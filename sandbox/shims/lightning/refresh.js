// `lightning/refresh` (the RefreshView API): a RefreshEvent bubbles up to the page, which runs every registered
// refresh handler; the sandbox's record page also reloads its own data (as a record page does).
export const REFRESH_EVENT_NAME = 'lightning__refresh';

export class RefreshEvent extends CustomEvent {
  constructor() {
    super(REFRESH_EVENT_NAME, { composed: true, cancelable: true, bubbles: true });
  }
}

const handlers = new Map();
let lastId = 0;

/** Runs `handler` (bound to `element`) on every refresh; returns the id to unregister it with. */
export function registerRefreshHandler(element, handler) {
  lastId += 1;
  handlers.set(lastId, handler.bind(element));
  return lastId;
}

export function unregisterRefreshHandler(id) {
  handlers.delete(id);
}

export const registerRefreshContainer = registerRefreshHandler;
export const unregisterRefreshContainer = unregisterRefreshHandler;

/** What the page does for a RefreshEvent: runs every handler; resolves when all are done. */
export function refreshAll() {
  return Promise.all(
    [...handlers.values()].map((handler) =>
      Promise.resolve()
        .then(handler)
        .catch(() => false)
    )
  );
}

window.addEventListener(REFRESH_EVENT_NAME, () => refreshAll());
