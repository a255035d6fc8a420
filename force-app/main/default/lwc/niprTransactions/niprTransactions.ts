// NIPR Transactions page (the NIPR_Transactions tab, app pages and record pages): the newest NIPR transactions,
// of one producer (the tab's `c__producerId` state, `producerId` or the record page's `recordId`) or of everyone.
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import getTransactions from '@salesforce/apex/NiprTransactionController.getTransactions';
import { errorText, reasonName } from 'c/offboardingCore';
import { labels } from './labels';

/** The tab this page is shown in; the Terminate modal navigates here with `state: { c__producerId }`. */
export const TAB_API_NAME = 'NIPR_Transactions';
/** Page-state key of the producer filter (a Contact or Account Id). */
export const PRODUCER_STATE_KEY = 'c__producerId';

/** One datatable row: the transaction as the server sends it, plus its record link and reason name. */
export interface TransactionRow {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly producerName: string;
  readonly state: string;
  readonly companyName: string;
  readonly licenseClass: string;
  readonly linesOfAuthority: string;
  readonly reason: string;
  readonly effectiveDate: string | null;
  readonly fee: number | null;
  readonly status: string;
  readonly statusDetail: string;
}

interface Column {
  readonly label: string;
  readonly fieldName: keyof TransactionRow;
  readonly type?: 'text' | 'url' | 'date-local' | 'currency';
  readonly typeAttributes?: Readonly<Record<string, unknown>>;
  readonly wrapText?: boolean;
  readonly initialWidth?: number;
}

interface WiredTransactions {
  readonly data?: readonly Apex.NiprTransactionInfo[];
  readonly error?: unknown;
}

const text = labels.columns;
const PRODUCER_COLUMN: Column = { label: text.producer, fieldName: 'producerName' };
const COLUMNS: readonly Column[] = [
  {
    label: text.transaction,
    fieldName: 'url',
    type: 'url',
    typeAttributes: { label: { fieldName: 'name' }, target: '_self' }
  },
  { label: text.state, fieldName: 'state', initialWidth: 80 },
  { label: text.company, fieldName: 'companyName' },
  { label: text.licenseClass, fieldName: 'licenseClass' },
  { label: text.lines, fieldName: 'linesOfAuthority', wrapText: true },
  { label: text.reason, fieldName: 'reason' },
  { label: text.effectiveDate, fieldName: 'effectiveDate', type: 'date-local' },
  { label: text.fee, fieldName: 'fee', type: 'currency', typeAttributes: { currencyCode: 'USD' } },
  { label: text.status, fieldName: 'status' },
  { label: text.statusDetail, fieldName: 'statusDetail', wrapText: true }
];

/** A transaction as the server sends it (every field optional) → a datatable row. */
export function toRow(info: Apex.NiprTransactionInfo): TransactionRow {
  const id = info.id ?? '';
  return {
    id,
    url: id ? `/${id}` : '',
    name: info.name ?? '',
    producerName: info.producerName ?? '',
    state: info.state ?? '',
    companyName: info.companyName ?? '',
    licenseClass: info.licenseClass ?? '',
    linesOfAuthority: info.linesOfAuthority ?? '',
    reason: info.reasonCode ? reasonName(info.reasonCode) : '',
    effectiveDate: info.effectiveDate ?? null,
    fee: info.fee ?? null,
    status: info.status ?? '',
    statusDetail: info.statusDetail ?? ''
  };
}

export default class NiprTransactions extends NavigationMixin(LightningElement) {
  /** Lists this producer's transactions (a Contact or Account Id); wins over the page state and the record. */
  @api producerId?: string;
  /** Set on a Contact or Account record page. */
  @api recordId?: string;

  labels = labels;
  rows: readonly TransactionRow[] = [];
  error: unknown = undefined;
  loaded = false;
  /** The `c__producerId` of the current page reference, if any. */
  pageProducerId?: string;

  @wire(CurrentPageReference)
  setPageReference(pageReference?: PageReference): void {
    const before = this.producerFilter;
    this.pageProducerId = pageReference?.state?.[PRODUCER_STATE_KEY] || undefined;
    if (this.producerFilter !== before) {
      // Another producer (or everyone): the wire loads again, so show the spinner instead of the old rows.
      this.loaded = false;
    }
  }

  /** The producer whose transactions are listed; null lists everyone's (Apex reads null as "all"). */
  get producerFilter(): string | null {
    return this.producerId || this.pageProducerId || this.recordId || null;
  }

  @wire(getTransactions, { producerId: '$producerFilter' })
  wiredTransactions({ data, error }: WiredTransactions): void {
    if (data) {
      this.rows = data.map(toRow);
      this.error = undefined;
      this.loaded = true;
    } else if (error) {
      this.rows = [];
      this.error = error;
      this.loaded = true;
    }
  }

  get isFiltered(): boolean {
    return this.producerFilter !== null;
  }

  get isLoading(): boolean {
    return !this.loaded;
  }

  get errorMessage(): string | null {
    return this.error === undefined ? null : errorText(this.error, labels.loadError);
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }

  get columns(): readonly Column[] {
    return this.isFiltered ? COLUMNS : [COLUMNS[0] as Column, PRODUCER_COLUMN, ...COLUMNS.slice(1)];
  }

  get emptyMessage(): string {
    return this.isFiltered ? labels.emptyForProducer : labels.empty;
  }

  /** Opens the tab without a producer filter. */
  handleShowAll(): void {
    this[NavigationMixin.Navigate]({ type: 'standard__navItemPage', attributes: { apiName: TAB_API_NAME }, state: {} });
  }
}
