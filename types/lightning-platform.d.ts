// Ambient declarations for the platform modules we use that @salesforce/lightning-types does not cover (as
// Salesforce's Commerce components do in src/types/). Only the parts we call; widen when a component needs more.

declare module 'lightning/navigation' {
  import type { LightningElement, WireAdapterConstructor } from 'lwc';

  export interface PageReference {
    type: string;
    attributes?: Record<string, string | undefined>;
    state?: Record<string, string | undefined>;
  }

  const navigate: unique symbol;
  const generateUrl: unique symbol;

  export interface NavigationMembers {
    [navigate](pageReference: PageReference, replace?: boolean): void;
    [generateUrl](pageReference: PageReference): Promise<string>;
  }

  /**
   * `class X extends NavigationMixin(LightningElement)`, then `this[NavigationMixin.Navigate](pageReference)`.
   * The result keeps the base's static side (`Pick<T, keyof T>`), so `createElement(tag, { is: X })` type-checks.
   */
  export function NavigationMixin<T extends new (...args: never[]) => LightningElement>(
    base: T
  ): Pick<T, keyof T> & (new (...args: ConstructorParameters<T>) => InstanceType<T> & NavigationMembers);
  export namespace NavigationMixin {
    const Navigate: typeof navigate;
    const GenerateUrl: typeof generateUrl;
  }

  /** Wire adapter (no config): `@wire(CurrentPageReference) setPageReference(ref?: PageReference)`. */
  export const CurrentPageReference: WireAdapterConstructor<Record<string, never>, PageReference | undefined>;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ToastOptions {
    title?: string;
    message: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: (string | { url: string; label: string })[];
  }
  export class ShowToastEvent extends CustomEvent<ToastOptions> {
    constructor(toast: ToastOptions);
  }
}

declare module 'lightning/actions' {
  /** Closes the screen quick action that dispatches it. */
  export class CloseActionScreenEvent extends CustomEvent<undefined> {
    constructor();
  }
}

declare module '@salesforce/customPermission/*' {
  /** True when the running user holds the custom permission (undefined otherwise). */
  const hasPermission: boolean | undefined;
  export default hasPermission;
}
