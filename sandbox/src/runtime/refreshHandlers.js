// The page's RefreshView API state (shims/lightning/refresh.js): the registered refresh handlers, run for every
// RefreshEvent that reaches the window. Kept here, outside the shim, so that there is one registry however many
// times the bundle includes the shim (a module reached through an LWC alias and through a relative path is bundled
// twice).
export const REFRESH_EVENT_NAME = 'lightning__refresh';

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
