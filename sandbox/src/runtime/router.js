// Navigation inside the sandbox app, with Lightning Experience's URLs:
//   standard__namedPage home            /lightning/page/home (the producer list; also /)
//   standard__navItemPage  {apiName}    /lightning/n/<apiName>?c__producerId=…
//   standard__recordPage   {recordId, objectApiName, actionName}
//                                       /lightning/r/<objectApiName>/<recordId>/<actionName>  (and /<recordId>)
//   standard__objectPage   {objectApiName, actionName}
//                                       /lightning/o/<objectApiName>/<actionName>
// The browser history holds the URL; page references are frozen, as the platform's are.
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const listeners = new Set();

function deepFreeze(value) {
  Object.values(value).forEach((item) => item && typeof item === 'object' && deepFreeze(item));
  return Object.freeze(value);
}

function pageReference(type, attributes, state) {
  return deepFreeze({ type, attributes, state });
}

/** The page reference of a URL path and query. */
export function parseUrl(pathname, search = '') {
  const state = Object.fromEntries(new URLSearchParams(search));
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, kind, first, second, third] = parts;
  if (parts.length === 0 || (root === 'lightning' && kind === 'page' && first === 'home')) {
    return pageReference('standard__namedPage', { pageName: 'home' }, state);
  }
  if (parts.length === 1 && RECORD_ID.test(root)) {
    return pageReference('standard__recordPage', { recordId: root, actionName: 'view' }, state);
  }
  if (root === 'lightning' && kind === 'n' && first) {
    return pageReference('standard__navItemPage', { apiName: first }, state);
  }
  if (root === 'lightning' && kind === 'r' && first && RECORD_ID.test(second ?? '')) {
    return pageReference(
      'standard__recordPage',
      { recordId: second, objectApiName: first, actionName: third ?? 'view' },
      state
    );
  }
  if (root === 'lightning' && kind === 'r' && RECORD_ID.test(first ?? '')) {
    return pageReference('standard__recordPage', { recordId: first, actionName: second ?? 'view' }, state);
  }
  if (root === 'lightning' && kind === 'o' && first) {
    return pageReference('standard__objectPage', { objectApiName: first, actionName: second ?? 'home' }, state);
  }
  return pageReference('sbx__unknownPage', { path: pathname }, state);
}

function query(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of a page reference; throws for a page type the sandbox does not know (as the platform does). */
export function urlFor(reference) {
  const attributes = reference?.attributes ?? {};
  const tail = query(reference?.state);
  const path = (...segments) => `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  switch (reference?.type) {
    case 'standard__namedPage':
      return path('lightning', 'page', attributes.pageName ?? 'home') + tail;
    case 'standard__navItemPage':
      return path('lightning', 'n', attributes.apiName) + tail;
    case 'standard__recordPage':
      return attributes.objectApiName
        ? path('lightning', 'r', attributes.objectApiName, attributes.recordId, attributes.actionName ?? 'view') + tail
        : path('lightning', 'r', attributes.recordId, attributes.actionName ?? 'view') + tail;
    case 'standard__objectPage':
      return path('lightning', 'o', attributes.objectApiName, attributes.actionName ?? 'home') + tail;
    case 'standard__webPage':
      return attributes.url;
    default:
      throw new Error(`The sandbox cannot navigate to a page of type ${JSON.stringify(reference?.type)}.`);
  }
}

let current = parseUrl(location.pathname, location.search);

export function currentPageReference() {
  return current;
}

/** Calls `listener(pageReference)` after every navigation; returns the function that stops it. */
export function onNavigate(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  current = parseUrl(location.pathname, location.search);
  for (const listener of [...listeners]) {
    listener(current);
  }
}

/** Goes to a URL of the app (pushes it on the history, or replaces the current entry). */
export function go(url, replace = false) {
  if (url === location.pathname + location.search) {
    return;
  }
  if (replace) {
    history.replaceState(null, '', url);
  } else {
    history.pushState(null, '', url);
  }
  window.scrollTo(0, 0);
  changed();
}

/** `NavigationMixin.Navigate`: a web page opens in a new tab; any other page routes inside the app. */
export function navigate(reference, replace = false) {
  if (reference?.type === 'standard__webPage') {
    window.open(reference.attributes?.url, '_blank', 'noopener');
    return;
  }
  go(urlFor(reference), replace);
}

/** Document click handler: a plain click on a link to a page of the app routes without reloading. */
export function routeLink(event) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const anchor = event.composedPath().find((node) => node.tagName === 'A' && node.href);
  if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) {
    return;
  }
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || /^\/(api|assets)\//.test(url.pathname)) {
    return;
  }
  event.preventDefault();
  go(url.pathname + url.search);
}

window.addEventListener('popstate', changed);
