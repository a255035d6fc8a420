// The filters of the NIPR Transactions page: producer (when the page lists everyone), state, filed through (NIPR or
// elsewhere: the query's `type`), status and the creation date range. Sends `filterchange` with the whole new filter (c/offboardingCore's TransactionFilter).
import { LightningElement, api } from 'lwc';
import {
  TRANSACTION_STATUSES,
  TYPE_FILED_ELSEWHERE,
  TYPE_NIPR,
  isTransactionKind,
  isTransactionStatus,
  type Choice,
  type TransactionFilter
} from 'c/offboardingCore';
import { labels } from './labels';

type Field = 'producerId' | 'state' | 'type' | 'status' | 'fromDate' | 'toDate';

interface Option {
  readonly label: string;
  readonly value: string;
}

interface FieldElement extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

const FIELDS: readonly Field[] = ['producerId', 'state', 'type', 'status', 'fromDate', 'toDate'];

function isField(value: string | undefined): value is Field {
  return FIELDS.some((field) => field === value);
}

function withAll(all: string, choices: readonly Choice[]): Option[] {
  return [{ label: all, value: '' }, ...choices.map((choice) => ({ label: choice.label, value: choice.value }))];
}

export default class NiprTransactionFilters extends LightningElement {
  /** The producers to choose from; the producer filter shows only with `showProducer`. */
  @api producers: readonly Choice[] = [];
  @api states: readonly Choice[] = [];
  @api showProducer = false;
  @api disabled = false;

  /** The filter shown; the user's changes are kept here too, so two quick changes both count. */
  @api
  get filter(): TransactionFilter {
    return this.current;
  }
  set filter(value: TransactionFilter | null | undefined) {
    this.current = value ?? {};
  }

  labels = labels;
  private current: TransactionFilter = {};

  get producerOptions(): Option[] {
    return withAll(labels.allProducers, this.producers);
  }

  get stateOptions(): Option[] {
    return withAll(labels.allStates, this.states);
  }

  get kindOptions(): Option[] {
    return [
      { label: labels.allKinds, value: '' },
      { label: labels.kindNipr, value: TYPE_NIPR },
      { label: labels.kindElsewhere, value: TYPE_FILED_ELSEWHERE }
    ];
  }

  get kind(): string {
    return this.filter.type ?? '';
  }

  get statusOptions(): Option[] {
    return withAll(
      labels.allStatuses,
      TRANSACTION_STATUSES.map((status) => ({ value: status, label: status }))
    );
  }

  get producerId(): string {
    return this.filter.producerId ?? '';
  }

  get state(): string {
    return this.filter.state ?? '';
  }

  get status(): string {
    return this.filter.status ?? '';
  }

  get fromDate(): string {
    return this.filter.fromDate ?? '';
  }

  get toDate(): string {
    return this.filter.toDate ?? '';
  }

  get isFiltered(): boolean {
    return Object.values(this.filter).some((value) => value !== null && value !== undefined && value !== '');
  }

  get clearDisabled(): boolean {
    return this.disabled || !this.isFiltered;
  }

  handleChange(event: CustomEvent<{ value?: string | null }>): void {
    const field = (event.currentTarget as HTMLElement).dataset.field;
    if (!isField(field)) {
      return;
    }
    const value = event.detail.value || null;
    if (field === 'status' && value !== null && !isTransactionStatus(value)) {
      return;
    }
    if (field === 'type' && value !== null && !isTransactionKind(value)) {
      return;
    }
    this.send({ ...this.filter, [field]: value });
  }

  handleClear(): void {
    this.send({});
  }

  private send(filter: TransactionFilter): void {
    this.current = filter;
    const to = this.template?.querySelector<FieldElement>('[data-field="toDate"]');
    const backwards = !!filter.fromDate && !!filter.toDate && filter.toDate < filter.fromDate;
    to?.setCustomValidity(backwards ? labels.toBeforeFrom : '');
    to?.reportValidity();
    this.dispatchEvent(new CustomEvent<TransactionFilter>('filterchange', { detail: filter }));
  }
}
