// NIPR Transactions page (the NIPR_Transactions tab, app pages and record pages): the NIPR transactions of one
// producer (the tab's `c__producerId` state, `producerId` or the record page's `recordId`) or of everyone, newest
// first and filtered; the real-time eligibility check on open and on Recheck; statuses refreshed on request and
// polled every 30 s while a row is Submitted; the list re-read every 5 s while a row is being filed (Submitting, step 2
// of the submission runs in a background job). Where filings go (`getGatewayStatus`): a banner when Simulated, an
// error banner and Submit/Recheck/Refresh/Resend turned off when Not Configured, a badge when Live.
// The Actionable Transactions section submits, the table corrects, cancels and resends; both send back what changed,
// and the page merges it without reloading.
import { LightningElement, api, wire } from 'lwc';
import { CurrentPageReference, NavigationMixin, type PageReference } from 'lightning/navigation';
import searchTransactions from '@salesforce/apex/NiprTransactionController.searchTransactions';
import checkEligibility from '@salesforce/apex/NiprTransactionController.checkEligibility';
import refreshStatuses from '@salesforce/apex/NiprTransactionController.refreshStatuses';
import getGatewayStatus from '@salesforce/apex/NiprTransactionController.getGatewayStatus';
import hasTerminatePermission from '@salesforce/customPermission/Offboarding_Terminate';
import {
  DEFAULT_SUBMIT_TIMEOUT_MINUTES,
  errorText,
  filterTransactions,
  fromApexGatewayStatus,
  gatewayBlocks,
  idsBeingFiled,
  fromApexTransaction,
  idsToCheck,
  idsToRefresh,
  mergeTransactions,
  newestFirst,
  producerChoices,
  sharedProducerName,
  stateChoices,
  toTransactionQuery,
  type BusyChange,
  type Choice,
  type GatewayStatus,
  type TransactionFilter,
  type TransactionRecord,
  type TransactionsChange
} from 'c/offboardingCore';
import { Poller } from 'c/poller';
import { labels } from './labels';

/** The tab this page is shown in; the Terminate modal navigates here with `state: { c__producerId }`. */
export const TAB_API_NAME = 'NIPR_Transactions';
/** Page-state key of the producer filter (a Contact or Account Id). */
export const PRODUCER_STATE_KEY = 'c__producerId';
/** While a row is Submitted, its status is asked at NIPR this often... */
export const POLL_INTERVAL_MS = 30_000;
/** ...for an hour at most; then "Refresh status" still asks. */
export const MAX_POLLS = 120;
/** While a row is being filed (Submitting), the list is read again this often... */
export const FILING_POLL_INTERVAL_MS = 5_000;
/** ...for 15 minutes at most (the default stuck timeout); then the rows say what to do (Resend). */
export const MAX_FILING_POLLS = 180;

function toRecords(infos: readonly Apex.NiprTransactionInfo[]): TransactionRecord[] {
  return infos.map((info) => fromApexTransaction(info));
}

export default class NiprTransactions extends NavigationMixin(LightningElement) {
  labels = labels;
  rows: readonly TransactionRecord[] = [];
  filter: TransactionFilter = {};
  producers: readonly Choice[] = [];
  states: readonly Choice[] = [];
  loading = false;
  loaded = false;
  /** What the page (or one of its parts) is doing for the user; null when idle. One thing at a time. */
  activity: string | null = null;
  loadError: string | null = null;
  actionError: string | null = null;
  /** Read by screen readers (aria-live) when an action completes. */
  announcement = '';
  /** The `c__producerId` of the current page reference, if any. */
  pageProducerId?: string;
  /** Where filings go; null until the server answers (or when it could not say). */
  gateway: GatewayStatus | null = null;
  gatewayError: string | null = null;

  /** Navigated here for a producer: the heading takes the focus once the list is shown. */
  private headingFocusPending = false;
  private ownProducerId?: string;
  private ownRecordId?: string;
  private connected = false;
  private loadQueued = false;
  private loadSeq = 0;
  private loadedScope: string | null | undefined;
  private readonly poller = new Poller<Apex.NiprTransactionInfo[]>({
    intervalMs: POLL_INTERVAL_MS,
    maxPolls: MAX_POLLS,
    ask: () => refreshStatuses({ transactionIds: idsToRefresh(this.rows) }),
    onAnswer: (infos) => {
      this.setRows(mergeTransactions(this.rows, toRecords(infos)));
      return idsToRefresh(this.rows).length === 0;
    },
    onGiveUp: () => {
      this.announcement = labels.pollingStopped;
    },
    onError: (error) => {
      this.actionError = errorText(error, labels.refreshFailed);
    }
  });
  /** While rows are being filed: the list is read again (the rows the background job answered change status). */
  private readonly filingPoller = new Poller<Apex.NiprTransactionInfo[]>({
    intervalMs: FILING_POLL_INTERVAL_MS,
    maxPolls: MAX_FILING_POLLS,
    ask: () => searchTransactions({ query: toTransactionQuery(this.activeFilter) }),
    onAnswer: (infos) => {
      this.setRows(newestFirst(toRecords(infos)));
      return idsBeingFiled(this.rows).length === 0;
    },
    onGiveUp: () => {
      this.announcement = labels.filingPollingStopped;
    },
    onError: (error) => {
      this.actionError = errorText(error, labels.loadError);
    }
  });
  /** Rows already checked with the gateway on this page: a reload does not check them again (Recheck does). */
  private readonly checked = new Set<string>();

  /** Lists this producer's transactions (a Contact or Account Id); wins over the page state and the record. */
  @api
  get producerId(): string | undefined {
    return this.ownProducerId;
  }
  set producerId(value: string | undefined) {
    this.ownProducerId = value || undefined;
    this.scopeChanged();
  }

  /** Set on a Contact or Account record page. */
  @api
  get recordId(): string | undefined {
    return this.ownRecordId;
  }
  set recordId(value: string | undefined) {
    this.ownRecordId = value || undefined;
    this.scopeChanged();
  }

  @wire(getGatewayStatus)
  wiredGateway({ data, error }: { data?: Apex.GatewayStatus; error?: unknown }): void {
    if (data) {
      this.gateway = fromApexGatewayStatus(data);
      this.gatewayError = null;
    } else if (error) {
      this.gateway = null;
      this.gatewayError = `${labels.gatewayUnknown} ${errorText(error, '')}`.trim();
    }
  }

  @wire(CurrentPageReference)
  setPageReference(pageReference?: PageReference): void {
    const producerId = pageReference?.state?.[PRODUCER_STATE_KEY] || undefined;
    if (producerId && producerId !== this.pageProducerId) {
      // Navigated here for a producer (Terminate → Submit, the checklist): the focus goes to the page heading.
      this.headingFocusPending = true;
    }
    this.pageProducerId = producerId;
    this.scopeChanged();
  }

  /** The producer whose transactions are listed; null lists everyone's. */
  get producerFilter(): string | null {
    return this.ownProducerId || this.pageProducerId || this.ownRecordId || null;
  }

  override connectedCallback(): void {
    this.connected = true;
    this.queueLoad();
  }

  override renderedCallback(): void {
    if (this.headingFocusPending && this.loaded) {
      const heading = this.template?.querySelector<HTMLElement>('[data-id="heading"]');
      if (heading) {
        this.headingFocusPending = false;
        heading.focus();
      }
    }
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.updatePolling();
  }

  /** "Showing the transactions of Pat Jones." (the name the listed rows share). */
  get filteredText(): string {
    return labels.filtered(sharedProducerName(this.rows));
  }

  get isFiltered(): boolean {
    return this.producerFilter !== null;
  }

  /** Everyone's transactions: the producer is a column and a filter. */
  get showProducer(): boolean {
    return !this.isFiltered;
  }

  get activeFilter(): TransactionFilter {
    return { ...this.filter, producerId: this.producerFilter ?? this.filter.producerId ?? null };
  }

  get visibleRows(): TransactionRecord[] {
    return filterTransactions(this.rows, this.activeFilter);
  }

  get hasRows(): boolean {
    return this.visibleRows.length > 0;
  }

  get showInitialSpinner(): boolean {
    return !this.loaded;
  }

  /** Checking, refreshing, correcting and cancelling need Offboarding_Terminate (the server refuses them too). */
  get canManage(): boolean {
    return hasTerminatePermission === true;
  }

  get readOnly(): boolean {
    return !this.canManage;
  }

  get isSimulated(): boolean {
    return this.gateway?.mode === 'Simulated';
  }

  get isLive(): boolean {
    return this.gateway?.mode === 'Live';
  }

  /** Not Configured: the server's message (the setup step); null otherwise. */
  get notConfigured(): string | null {
    return gatewayBlocks(this.gateway);
  }

  /** Why Submit, Recheck, Refresh status and Resend are off (the server refuses them); null when they are not. */
  get unavailable(): string | null {
    return this.notConfigured === null ? null : labels.unavailable;
  }

  get gatewayMode(): string | null {
    return this.gateway?.mode ?? null;
  }

  get submitTimeoutMinutes(): number {
    return this.gateway?.submitTimeoutMinutes ?? DEFAULT_SUBMIT_TIMEOUT_MINUTES;
  }

  /** "3 transactions waiting for NIPR" while rows are being filed; empty otherwise. */
  get filingProgress(): string {
    const filing = idsBeingFiled(this.visibleRows).length;
    return filing > 0 ? labels.filing(filing) : '';
  }

  get recheckDisabled(): boolean {
    return this.isBusy || this.notConfigured !== null;
  }

  get isBusy(): boolean {
    return this.loading || this.activity !== null;
  }

  get spinnerText(): string {
    return this.activity ?? labels.loading;
  }

  get refreshDisabled(): boolean {
    return this.isBusy || this.notConfigured !== null || idsToRefresh(this.visibleRows).length === 0;
  }

  get emptyMessage(): string {
    if (this.rows.length > 0 || Object.values(this.filter).some((value) => !!value)) {
      return labels.emptyFiltered;
    }
    return this.isFiltered ? labels.emptyForProducer : labels.empty;
  }

  /** Opens the tab without a producer filter. */
  handleShowAll(): void {
    this[NavigationMixin.Navigate]({ type: 'standard__navItemPage', attributes: { apiName: TAB_API_NAME }, state: {} });
  }

  handleFilterChange(event: CustomEvent<TransactionFilter>): void {
    this.filter = event.detail;
    this.queueLoad();
  }

  handleRecheck(): void {
    if (this.notConfigured !== null) {
      return;
    }
    this.check(idsToCheck(this.visibleRows), true);
  }

  handleRefresh(): void {
    this.refresh();
  }

  /** A part of the page starts or ends its work (submitting, correcting, cancelling). */
  handleBusyChange(event: CustomEvent<BusyChange>): void {
    this.activity = event.detail.busy ? event.detail.label : null;
    if (event.detail.busy) {
      this.actionError = null;
      this.announcement = '';
    }
  }

  /** What a part of the page changed on the server: merged in place; corrected rows are checked again. */
  handleTransactionsChange(event: CustomEvent<TransactionsChange>): void {
    const { transactions, recheck = [], reload = false } = event.detail;
    this.setRows(mergeTransactions(this.rows, transactions));
    if (reload) {
      this.queueLoad();
    } else if (recheck.length > 0) {
      // After the part's busychange(false): its work is over when this runs.
      Promise.resolve().then(() => this.check(recheck, false));
    }
  }

  private scopeChanged(): void {
    if (this.connected && this.producerFilter !== this.loadedScope) {
      this.loaded = false; // another producer (or everyone): a spinner instead of the old rows
      this.queueLoad();
    }
  }

  /** Loads once after the current task, so the page state and the properties set together cause one query. */
  private queueLoad(): void {
    if (!this.connected || this.loadQueued) {
      return;
    }
    this.loadQueued = true;
    Promise.resolve().then(() => {
      this.loadQueued = false;
      return this.load();
    });
  }

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.loadedScope = this.producerFilter;
    this.loading = true;
    this.loadError = null;
    try {
      const infos = await searchTransactions({ query: toTransactionQuery(this.activeFilter) });
      if (seq !== this.loadSeq) {
        return;
      }
      this.setRows(newestFirst(toRecords(infos)));
      this.producers = producerChoices(this.rows, this.producers);
      this.states = stateChoices(this.rows, this.states);
    } catch (error) {
      if (seq !== this.loadSeq) {
        return;
      }
      this.setRows([]);
      this.loadError = errorText(error, labels.loadError);
    } finally {
      if (seq === this.loadSeq) {
        this.loading = false;
        this.loaded = true;
      }
    }
    if (this.loadError === null && this.canManage && this.notConfigured === null) {
      await this.check(
        idsToCheck(this.rows).filter((id) => !this.checked.has(id)),
        false
      );
    }
  }

  /** The real-time eligibility check of the rows (on open for rows not yet checked, and on Recheck). */
  private async check(ids: readonly string[], userAsked: boolean): Promise<void> {
    if (ids.length === 0 || this.activity !== null) {
      if (userAsked && ids.length === 0) {
        this.announcement = labels.nothingToCheck;
      }
      return;
    }
    ids.forEach((id) => this.checked.add(id));
    this.start(labels.checking);
    try {
      this.setRows(mergeTransactions(this.rows, toRecords(await checkEligibility({ transactionIds: [...ids] }))));
      this.announcement = labels.checked(ids.length);
    } catch (error) {
      this.actionError = errorText(error, labels.checkFailed);
    } finally {
      this.activity = null;
    }
  }

  /** "Refresh status": asks NIPR for the Submitted rows shown (the poller asks for all of them every 30 s). */
  private async refresh(): Promise<void> {
    const ids = idsToRefresh(this.visibleRows);
    if (ids.length === 0 || this.isBusy || this.notConfigured !== null) {
      return;
    }
    this.start(labels.refreshing);
    try {
      this.setRows(mergeTransactions(this.rows, toRecords(await refreshStatuses({ transactionIds: ids }))));
      this.announcement = labels.refreshed;
    } catch (error) {
      this.actionError = errorText(error, labels.refreshFailed);
    } finally {
      this.activity = null;
    }
  }

  private start(activity: string): void {
    this.activity = activity;
    this.actionError = null;
    this.announcement = '';
  }

  private setRows(rows: readonly TransactionRecord[]): void {
    this.rows = rows;
    this.updatePolling();
  }

  /**
   * Polls NIPR while the page is connected and a row is Submitted; re-reads the list while a row is being filed
   * (Submitting and not stuck: a stuck row waits for Resend). Each stops when no such row is left.
   */
  private updatePolling(): void {
    if (!this.connected || !this.canManage || idsToRefresh(this.rows).length === 0) {
      this.poller.stop();
    } else if (!this.poller.isRunning) {
      this.poller.start();
    }
    if (!this.connected || idsBeingFiled(this.rows).length === 0) {
      this.filingPoller.stop();
    } else if (!this.filingPoller.isRunning) {
      this.filingPoller.start();
    }
  }
}
