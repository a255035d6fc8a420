// Helpers shared by the LWC Jest tests, imported as `test-utils` (jest.config.js moduleNameMapper, tsconfig.json
// paths). As in trailheadapps/lwc-recipes, tests go through the DOM: create the element, find nodes in its shadow root
// by data-id, dispatch the events a user causes, let promises settle, read what is rendered.
// Not part of the package (.forceignore: **/*.ts).
import { createElement, type LightningElement } from 'lwc';

/** A lightning-* base component stub as the tests read it: the public properties they set or check. */
export interface FieldStub extends HTMLElement {
  label: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  required: boolean;
  min: string | undefined;
  max: string | undefined;
  fieldLevelHelp: string;
  alternativeText: string;
  options: { label: string; value: string }[];
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

type ComponentConstructor = typeof LightningElement;

// ----------------------------------------------------------------------------------------------------------------
// Time

/** Lets pending promises settle and the re-render run (lwc-recipes' flushPromises). */
export function flushPromises(): Promise<void> {
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Under fake timers: runs the timers due within `ms` and lets every promise settle. */
export function advance(ms: number): Promise<void> {
  return jest.advanceTimersByTimeAsync(ms);
}

/** A promise the test settles itself (to look at the page while a call is in flight). */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// ----------------------------------------------------------------------------------------------------------------
// Elements

/** Creates `<tag>` from `is`, sets its public properties and appends it to the document (nothing is awaited). */
export function mountElement<T extends HTMLElement = HTMLElement>(
  tag: string,
  is: ComponentConstructor,
  props: Readonly<Record<string, unknown>> = {}
): T {
  const element = createElement(tag, { is }) as unknown as T;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** `mountElement`, then lets the first loads settle. */
export async function renderElement<T extends HTMLElement = HTMLElement>(
  tag: string,
  is: ComponentConstructor,
  props: Readonly<Record<string, unknown>> = {}
): Promise<T> {
  const element = mountElement<T>(tag, is, props);
  await flushPromises();
  return element;
}

/** Removes every element the test appended (afterEach). */
export function resetDom(): void {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
}

// ----------------------------------------------------------------------------------------------------------------
// Queries (in the shadow root of a component)

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) {
    throw new Error(`${element.tagName} has no shadow root`);
  }
  return element.shadowRoot;
}

/** The first node of `root`'s shadow root matching the CSS `selector`; null when none (or when `root` is null). */
export function select<T extends Element = FieldStub>(root: Element | null, selector: string): T | null {
  return root ? shadow(root).querySelector<T>(selector) : null;
}

/** Every node of `root`'s shadow root matching the CSS `selector`. */
export function selectAll<T extends Element = FieldStub>(root: Element, selector: string): T[] {
  return [...shadow(root).querySelectorAll<T>(selector)];
}

/** The first node of `root`'s shadow root with `data-id="<dataId>"`; null when none (or when `root` is null). */
export function query<T extends Element = FieldStub>(root: Element | null, dataId: string): T | null {
  return select<T>(root, `[data-id="${dataId}"]`);
}

/** Every node of `root`'s shadow root with `data-id="<dataId>"`. */
export function queryAll<T extends Element = FieldStub>(root: Element, dataId: string): T[] {
  return selectAll<T>(root, `[data-id="${dataId}"]`);
}

/** As `query`, but a missing node fails the test at once. */
export function get<T extends Element = FieldStub>(root: Element, dataId: string): T {
  const found = query<T>(root, dataId);
  if (!found) {
    throw new Error(`no [data-id="${dataId}"] in ${root.tagName}`);
  }
  return found;
}

/** The text of a node, whitespace collapsed and trimmed ('' for no node). */
export function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The text of a node, trimmed only: inner whitespace must match too ('' for no node). */
export function exactText(node: Element | null): string {
  return node?.textContent?.trim() ?? '';
}

/** The notification a c-error-panel (found by its data-id in `root`) shows; null when it shows none or is absent. */
export function shownError(root: Element, dataId: string): HTMLElement | null {
  return query<HTMLElement>(query(root, dataId), 'message');
}

/** As `shownError`, but a panel that is absent or shows nothing fails the test at once. */
export function getShownError(root: Element, dataId: string): HTMLElement {
  return get<HTMLElement>(get(root, dataId), 'message');
}

// ----------------------------------------------------------------------------------------------------------------
// What a user does (the lightning-* stubs send what the real components send)

export function click(node: Element | null | undefined): void {
  node?.dispatchEvent(new CustomEvent('click'));
}

/** A new value typed or chosen in a lightning-input or lightning-combobox (null: a date input cleared). */
export function changeValue(node: Element | null | undefined, value: string | null): void {
  node?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

/** A lightning-input checkbox checked or unchecked. */
export function changeChecked(node: Element | null | undefined, checked: boolean): void {
  node?.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

// ----------------------------------------------------------------------------------------------------------------
// Events the component sends

/** A mock called with each `name` event `element` sends (typed by the event when given, e.g. `listen<CustomEvent<X>>`). */
export function listen(element: Element, name: string): jest.Mock;
export function listen<E extends Event>(element: Element, name: string): jest.Mock<void, [E]>;
export function listen<E extends Event>(element: Element, name: string): jest.Mock<void, [E]> {
  const listener = jest.fn<void, [E]>();
  element.addEventListener(name, (event) => listener(event as E));
  return listener;
}

/** A mock called with the detail of each `name` event `element` sends. */
export function listenForDetail(element: Element, name: string): jest.Mock {
  const listener = jest.fn();
  element.addEventListener(name, (event) => listener((event as CustomEvent<unknown>).detail));
  return listener;
}

/**
 * What a modal resolves with: the lightning/modal stub's close(value) sends a 'close' event carrying it
 * (undefined reads as null).
 */
export function listenForClose(modal: Element): jest.Mock {
  return listenForDetail(modal, 'close');
}
