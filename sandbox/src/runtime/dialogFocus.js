// Focus handling of a modal dialog the sandbox shell renders (the quick action modal: Terminate, Disable Customer
// User), as the platform's modal does:
// - everything outside the dialog is `inert` (no focus, no clicks, hidden from assistive technology), so Tab,
//   Shift+Tab or Enter never reach the page behind;
// - Tab on the dialog's last control wraps to its first, Shift+Tab on the first to the last;
// - focus that still lands outside (e.g. a click on the backdrop) is brought back in;
// - `release()` undoes all that; the caller then puts focus back on the control that opened the dialog.
// Works with synthetic shadow (the sandbox's) and native shadow roots: controls are found in the real DOM tree.

const TABBABLE =
  'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"], audio[controls], video[controls]';

function hasLayout() {
  return document.body.getClientRects().length > 0;
}

function isTabbable(element, layout) {
  if (!element.matches(TABBABLE) || element.tabIndex < 0 || element.disabled || element.closest('[inert]')) {
    return false;
  }
  if (element.matches('input[type="hidden"]')) {
    return false;
  }
  return !layout || element.getClientRects().length > 0;
}

/** The dialog's controls in Tab order (document order; no positive tabindex is used in the app). */
export function tabbables(root) {
  const found = [];
  const layout = hasLayout();
  const visit = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let current = walker.currentNode; current; current = walker.nextNode()) {
      if (current.nodeType === Node.ELEMENT_NODE) {
        if (isTabbable(current, layout)) {
          found.push(current);
        }
        // A native shadow root is not in the light tree: walk it too (synthetic shadow content already is).
        if (current.shadowRoot && current.shadowRoot.mode === 'open' && current.shadowRoot !== node) {
          visit(current.shadowRoot);
        }
      }
    }
  };
  visit(root);
  return found;
}

/** The node's parent, crossing out of a shadow root to its host. */
function parentOf(node) {
  const parent = node.parentNode;
  return parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && parent.host ? parent.host : parent;
}

/** Sets `inert` on every sibling of the dialog and of each of its ancestors up to <body>; returns what it set. */
function makeBackgroundInert(dialog, keep) {
  const changed = [];
  for (let node = dialog; node && node !== document.body && node !== document.documentElement; node = parentOf(node)) {
    const container = node.parentNode;
    if (!container) {
      break;
    }
    for (const sibling of Array.from(container.children ?? [])) {
      if (sibling !== node && !keep.includes(sibling) && !sibling.hasAttribute('inert')) {
        sibling.setAttribute('inert', '');
        changed.push(sibling);
      }
    }
  }
  return changed;
}

/**
 * Keeps focus inside `dialog` until the returned `release()` is called.
 * @param {HTMLElement} dialog the element with role="dialog"
 * @param {{ keep?: Element[] }} [options] siblings left interactive (e.g. the toast container)
 * @returns {() => void} release: restores the page (focus is the caller's to put back)
 */
export function trapFocus(dialog, { keep = [] } = {}) {
  const inert = makeBackgroundInert(dialog, keep);

  const onKeydown = (event) => {
    if (event.key !== 'Tab') {
      return;
    }
    const controls = tabbables(dialog);
    if (controls.length === 0) {
      event.preventDefault();
      return;
    }
    const target = event.composedPath()[0];
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && (target === first || !controls.includes(target))) {
      if (target === first) {
        event.preventDefault();
        last.focus();
      }
    } else if (!event.shiftKey && target === last) {
      event.preventDefault();
      first.focus();
    }
  };
  const onFocusin = (event) => {
    if (!event.composedPath().includes(dialog)) {
      (tabbables(dialog)[0] ?? dialog).focus();
    }
  };
  dialog.addEventListener('keydown', onKeydown);
  document.addEventListener('focusin', onFocusin);

  return () => {
    dialog.removeEventListener('keydown', onKeydown);
    document.removeEventListener('focusin', onFocusin);
    inert.forEach((element) => element.removeAttribute('inert'));
  };
}
