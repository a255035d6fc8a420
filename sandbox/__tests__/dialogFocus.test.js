/* global document, KeyboardEvent */
// The sandbox shell's modal focus handling (sandbox/src/runtime/dialogFocus.js, issue 12): Shift+Tab and Tab stay in
// the dialog, the page behind is inert (Enter cannot reach the tracking editor underneath), focus that escapes is
// brought back, and release() restores the page.
import { tabbables, trapFocus } from '../src/runtime/dialogFocus.js';

function page() {
  document.body.innerHTML = `
    <header><button data-id="reset">Reset sample data</button></header>
    <main>
      <div data-id="record-page">
        <button data-id="action">Terminate</button>
        <div data-id="sidebar"><button data-id="tracking-edit">Edit NIPR Tracking</button></div>
        <section role="dialog" tabindex="-1" aria-modal="true" aria-label="Terminate" data-id="action-modal">
          <button data-id="action-close">Cancel and close</button>
          <div data-id="body"><h2 tabindex="-1" data-id="heading">Choose</h2><input data-id="field" /></div>
          <button data-id="cancel">Cancel</button>
          <button data-id="submit" disabled>Submit</button>
          <button data-id="submit-enabled">Submit</button>
        </section>
      </div>
    </main>
    <div data-id="toasts"></div>`;
  const $ = (id) => document.querySelector(`[data-id="${id}"]`);
  return { $, dialog: $('action-modal') };
}

function tab(target, shiftKey = false) {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event;
}

describe('trapFocus', () => {
  let release;

  afterEach(() => {
    release?.();
    release = undefined;
    document.body.innerHTML = '';
  });

  it("lists the dialog's controls in Tab order, without disabled ones or tabindex=-1", () => {
    const { $, dialog } = page();
    expect(tabbables(dialog)).toEqual([$('action-close'), $('field'), $('cancel'), $('submit-enabled')]);
  });

  it('Shift+Tab on the first control wraps to the last, Tab on the last to the first', () => {
    const { $, dialog } = page();
    release = trapFocus(dialog);

    $('action-close').focus();
    const back = tab($('action-close'), true);
    expect(back.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($('submit-enabled'));

    const forward = tab($('submit-enabled'));
    expect(forward.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($('action-close'));

    const inside = tab($('field'));
    expect(inside.defaultPrevented).toBe(false);
  });

  it('makes the page behind inert, but not the dialog or its ancestors, and release() restores it', () => {
    const { $, dialog } = page();
    release = trapFocus(dialog, { keep: [$('toasts')] });

    expect(['reset', 'action', 'sidebar', 'tracking-edit'].map((id) => $(id).closest('[inert]') !== null)).toEqual([
      true,
      true,
      true,
      true
    ]);
    expect(document.querySelector('header').hasAttribute('inert')).toBe(true);
    expect($('toasts').hasAttribute('inert')).toBe(false);
    expect(dialog.closest('[inert]')).toBeNull();

    release();
    release = undefined;
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  it('brings focus that lands behind the dialog back in (Enter cannot open the tracking editor)', () => {
    const { $, dialog } = page();
    release = trapFocus(dialog);

    $('tracking-edit').focus();

    expect(document.activeElement).toBe($('action-close'));
  });

  it('leaves an element the page had already made inert alone on release', () => {
    const { $, dialog } = page();
    $('sidebar').setAttribute('inert', '');
    release = trapFocus(dialog);
    release();
    release = undefined;

    expect($('sidebar').hasAttribute('inert')).toBe(true);
    expect($('action').hasAttribute('inert')).toBe(false);
  });
});
