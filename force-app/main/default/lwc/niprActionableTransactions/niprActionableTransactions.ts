// The Actionable Transactions section of the NIPR Transactions page: only Ready to Submit rows, a checkbox per row
// and select all, the running count and total, and Submit Transactions (disabled, with the reason, without a
// selection, without the Offboarding_Submit_NIPR permission, or while NIPR filing is not set up): the server's quote,
// the confirmation modal, then step 1 of the submission with one id per confirmed selection: the rows come back
// Submitting (queued for the background job that files them). Sends `transactionschange` and `busychange` to the page.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import hasSubmitPermission from '@salesforce/customPermission/Offboarding_Submit_NIPR';
import hasTerminatePermission from '@salesforce/customPermission/Offboarding_Terminate';
import getSubmissionQuote from '@salesforce/apex/NiprTransactionController.getSubmissionQuote';
import submitTransactions from '@salesforce/apex/NiprTransactionController.submitTransactions';
import {
  actionableRows,
  errorText,
  fromApexQuote,
  fromApexTransaction,
  keepActionable,
  newRequestId,
  selectAllActionable,
  selectionText,
  summarizeSelection,
  toggleSelection,
  type BusyChange,
  type SelectionSummary,
  type TransactionRecord,
  type TransactionsChange
} from 'c/offboardingCore';
import { confirmSubmission } from 'c/niprSubmitConfirm';
import { labels } from './labels';

interface Item {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
}

interface CheckboxEvent {
  readonly currentTarget: EventTarget | null;
  readonly detail: { readonly checked?: boolean };
}

export default class NiprActionableTransactions extends LightningElement {
  /** The page is working (loading, checking, a row action): nothing can be changed or sent. */
  @api busy = false;
  /** Where filings go (`Live`, `Simulated`, `Not Configured`); null while not known. */
  @api gatewayMode: string | null = null;
  /** Why submitting is off for everyone (NIPR filing not set up); null when it is not. */
  @api unavailable: string | null = null;
  /** Everyone's transactions: each item and the cost confirmation name the producer. */
  @api showProducer = false;

  labels = labels;
  chosenIds: readonly string[] = [];
  submitting = false;
  error: string | null = null;
  /** What the last submission did (or that nothing was submitted); it takes the focus after the confirmation. */
  result = '';
  /** After the confirmation closed: where the focus goes once the section rendered again. */
  private focusAfterRender: 'result' | 'heading' | null = null;
  private allRows: readonly TransactionRecord[] = [];
  /** One id per confirmed selection; a retry of the same transactions sends it again (nothing is filed twice). */
  private pending: { readonly key: string; readonly id: string } | null = null;

  /** The page's rows; only the Ready to Submit ones are listed. A selected row that is no longer one is unselected. */
  @api
  get rows(): readonly TransactionRecord[] {
    return this.allRows;
  }
  set rows(value: readonly TransactionRecord[] | null | undefined) {
    this.allRows = value ?? [];
    this.chosenIds = keepActionable(this.allRows, this.chosenIds);
  }

  get canSubmit(): boolean {
    return hasSubmitPermission === true;
  }

  get summary(): SelectionSummary {
    return summarizeSelection(this.rows, this.chosenIds);
  }

  get items(): Item[] {
    const chosen = new Set(this.chosenIds);
    return actionableRows(this.rows).map((row) => ({
      id: row.id,
      label: labels.item(
        row.name,
        this.showProducer ? row.producerName || null : null,
        row.stateName,
        row.companyName,
        row.fee
      ),
      checked: chosen.has(row.id)
    }));
  }

  /** Why nothing is listed, naming only a button the user has. */
  get noneText(): string {
    return hasTerminatePermission === true ? labels.none : labels.noneViewer;
  }

  get hasItems(): boolean {
    return this.summary.available > 0;
  }

  get locked(): boolean {
    return this.busy || this.submitting;
  }

  get selectAllLabel(): string {
    return labels.selectAll(this.summary.available);
  }

  get summaryText(): string {
    return selectionText(this.summary);
  }

  /** Why Submit is disabled (null when it is not). */
  get submitBlocked(): string | null {
    if (!this.canSubmit) {
      return labels.noPermission;
    }
    if (this.unavailable) {
      return this.unavailable;
    }
    return this.summary.count === 0 && this.hasItems ? labels.selectFirst : null;
  }

  get submitDisabled(): boolean {
    return this.locked || !this.canSubmit || !!this.unavailable || this.summary.count === 0;
  }

  handleSelectAll(event: CheckboxEvent): void {
    this.chosenIds = selectAllActionable(this.rows, event.detail.checked === true);
  }

  handleSelect(event: CheckboxEvent): void {
    const id = (event.currentTarget as HTMLElement | null)?.dataset.rowId ?? '';
    this.chosenIds = toggleSelection(this.rows, this.chosenIds, id, event.detail.checked === true);
  }

  get simulated(): boolean {
    return this.gatewayMode === 'Simulated';
  }

  /** Quote → confirmation → submission (queued); a second click while one runs is ignored. */
  async handleSubmit(): Promise<void> {
    const { transactionIds, total: estimate } = this.summary;
    if (this.submitDisabled) {
      return;
    }
    const ids = [...transactionIds];
    this.setSubmitting(true);
    this.error = null;
    this.result = '';
    try {
      const quote = fromApexQuote(await getSubmissionQuote({ transactionIds: ids }));
      if ((await confirmSubmission(quote, estimate, this.simulated, this.producerNames(ids))) === 'confirm') {
        const submissionId = this.submissionIdFor(ids);
        const result = await submitTransactions({ transactionIds: ids, submissionId, confirmedTotal: quote.total });
        this.pending = null;
        this.changed({ transactions: (result.transactions ?? []).map((info) => fromApexTransaction(info)) });
        this.toastResult(result, quote.total);
      } else {
        this.result = labels.submitCancelled;
      }
      this.focusAfterRender = 'result';
    } catch (error) {
      this.error = errorText(error, labels.submitFailed);
      this.focusAfterRender = 'heading';
      this.changed({ transactions: [], reload: true }); // show every row as it stands on the server
    } finally {
      this.setSubmitting(false);
    }
  }

  /**
   * The confirmation closed while Submit was disabled (the platform could not give it the focus back): the focus goes
   * to what happened (the result message), or to the section's heading after an error. Never left on the body.
   */
  override renderedCallback(): void {
    const target = this.focusAfterRender;
    if (target === null || this.submitting) {
      return;
    }
    const node = this.template?.querySelector<HTMLElement>(`[data-id="${target === 'result' ? 'result' : 'heading'}"]`);
    if (node) {
      this.focusAfterRender = null;
      node.focus();
    }
  }

  /** The producer of each transaction, for the cost confirmation; null when the page lists one producer's. */
  private producerNames(ids: readonly string[]): Readonly<Record<string, string>> | null {
    if (!this.showProducer) {
      return null;
    }
    const wanted = new Set(ids);
    return Object.fromEntries(
      this.rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.producerName || row.producerId])
    );
  }

  private setSubmitting(submitting: boolean): void {
    this.submitting = submitting;
    const label = submitting ? labels.submitting : '';
    this.dispatchEvent(new CustomEvent<BusyChange>('busychange', { detail: { busy: submitting, label } }));
  }

  private submissionIdFor(ids: readonly string[]): string {
    const key = [...ids].sort().join(',');
    const pending = this.pending?.key === key ? this.pending : { key, id: newRequestId() };
    this.pending = pending;
    return pending.id;
  }

  private changed(change: TransactionsChange): void {
    this.dispatchEvent(new CustomEvent<TransactionsChange>('transactionschange', { detail: change }));
  }

  /** "3 transactions are being filed with NIPR" (queued), what was already submitted or refused, Simulated. */
  private toastResult(result: Apex.SubmissionResult, total: number): void {
    const failed = result.failed ?? 0;
    const simulated = (result.mode ?? this.gatewayMode) === 'Simulated';
    const title = labels.queuedTitle(result.queued ?? 0, failed);
    const message = labels.queuedDetail(total, result.alreadySubmitted ?? 0, simulated);
    this.result = labels.result(title, message);
    this.dispatchEvent(new ShowToastEvent({ title, message, variant: failed > 0 ? 'warning' : 'success' }));
  }
}
