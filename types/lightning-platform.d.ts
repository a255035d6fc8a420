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

declare module 'lightning/uiRecordApi' {
  import type { WireAdapterConstructor } from 'lwc';

  /** A field reference, as `@salesforce/schema/Object.Field` imports it. */
  export interface FieldId {
    readonly objectApiName: string;
    readonly fieldApiName: string;
  }

  export interface FieldValueRepresentation {
    readonly value: unknown;
    readonly displayValue: string | null;
  }

  export interface RecordRepresentation {
    readonly id: string;
    readonly apiName: string;
    readonly fields: Readonly<Record<string, FieldValueRepresentation>>;
  }

  /** `updateRecord({ fields: { Id, Field__c: value } })`: the record's Id and the fields to change. */
  export interface RecordInput {
    readonly fields: Readonly<Record<string, unknown>>;
  }

  export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
  export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId | string): unknown;
  export function notifyRecordUpdateAvailable(recordIds: readonly { recordId: string }[]): Promise<void>;

  /** `@wire(getRecord, { recordId, fields | optionalFields })` provisions `{ data, error }`. */
  export const getRecord: WireAdapterConstructor<
    {
      recordId: string | undefined;
      fields?: readonly (FieldId | string)[];
      optionalFields?: readonly (FieldId | string)[];
    },
    { data?: RecordRepresentation; error?: unknown }
  >;
}

declare module 'lightning/refresh' {
  import type { LightningElement } from 'lwc';

  /** Asks the page (RefreshView API) to refresh the record and every registered component. */
  export class RefreshEvent extends CustomEvent<undefined> {
    constructor();
  }
  /** Registers `handler` to run when a RefreshEvent refreshes the page; returns the id to unregister with. */
  export function registerRefreshHandler(contextElement: LightningElement, handler: () => Promise<boolean>): number;
  export function unregisterRefreshHandler(id: number): void;
}

declare module '@salesforce/schema/*' {
  /** A field reference (`@salesforce/schema/Contact.NIPR_Tracking__c`); object references are not used. */
  const field: import('lightning/uiRecordApi').FieldId;
  export default field;
}

declare module '@salesforce/apex' {
  /** Re-fetches what a `@wire` of a cacheable Apex method provisioned (pass the provisioned value itself). */
  export function refreshApex(provisioned: unknown): Promise<void>;
}
