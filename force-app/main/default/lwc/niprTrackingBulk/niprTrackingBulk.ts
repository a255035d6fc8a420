// Bulk NIPR tracking (the NIPR_Tracking_Bulk tab): sets NIPR tracking Inactive for the producers a Contact or
// Account list-view button passes in the page state (`c__ids`, `c__object`), or starts the batch job that does it
// for every eligible producer and follows its progress. The server applies the same guards as for one record.
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import startBulkDeactivation from '@salesforce/apex/NiprTrackingController.startBulkDeactivation';
import getBulkJobStatus from '@salesforce/apex/NiprTrackingController.getBulkJobStatus';
import hasManagePermission from '@salesforce/customPermission/Offboarding_Manage_Tracking';
import { errorText } from 'c/offboardingCore';
import { Poller } from 'c/poller';
import { labels } from './labels';
import {
  MAX_SELECTION,
  isFinished,
  percentDone,
  selectionOf,
  summaryOfJob,
  summaryOfResult,
  toProducerObject,
  type ProducerObject,
  type Summary
} from './model';

/** The job is asked for its progress every 2 seconds, for at most 10 minutes at a stretch. */
export const POLL_INTERVAL_MS = 2000;
export const MAX_POLLS = 300;

type JobPhase = 'idle' | 'confirming' | 'starting' | 'running' | 'paused' | 'finished';

const COLUMNS = [
  { label: labels.columns.name, fieldName: 'name' },
  { label: labels.columns.outcome, fieldName: 'outcome', initialWidth: 140 },
  { label: labels.columns.reason, fieldName: 'reason', wrapText: true }
];

export default class NiprTrackingBulk extends LightningElement {
  labels = labels;
  columns = COLUMNS;
  hasPermission = Boolean(hasManagePermission);
  ids: readonly string[] = [];
  selectionObject: ProducerObject = 'Contact';
  jobObject: ProducerObject = 'Contact';

  isDeactivating = false;
  selectionError: string | null = null;
  selectionSummary: Summary | null = null;

  jobPhase: JobPhase = 'idle';
  jobError: string | null = null;
  jobStatus: Apex.BulkJobStatus | null = null;

  private jobId: string | null = null;
  private connected = false;
  /** A batch job reports its progress only when asked. */
  private readonly poller = new Poller<Apex.BulkJobStatus>({
    intervalMs: POLL_INTERVAL_MS,
    maxPolls: MAX_POLLS,
    ask: () => getBulkJobStatus({ jobId: this.jobId ?? '' }),
    onAnswer: (status) => this.answered(status),
    onGiveUp: () => this.pause(labels.stillRunning),
    onError: (error) => this.pause(errorText(error, labels.pollFailed))
  });

  @wire(CurrentPageReference)
  setPageReference(pageReference: PageReference | undefined): void {
    const selection = selectionOf(pageReference);
    this.ids = selection.ids;
    this.selectionObject = selection.objectApiName;
    this.jobObject = selection.objectApiName;
    this.selectionSummary = null;
    this.selectionError = null;
  }

  override connectedCallback(): void {
    this.connected = true;
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.poller.stop();
  }

  get hasSelection(): boolean {
    return this.ids.length > 0;
  }

  get selectedText(): string {
    return labels.selected(this.ids.length, this.selectionObject);
  }

  get tooMany(): string | null {
    return this.ids.length > MAX_SELECTION ? labels.tooMany(this.ids.length, MAX_SELECTION) : null;
  }

  get deactivateDisabled(): boolean {
    return this.isDeactivating || !this.hasSelection || this.tooMany !== null;
  }

  get selectionSummaryText(): string {
    const summary = this.selectionSummary;
    return summary ? labels.summary(summary.done, summary.skipped, summary.failed) : '';
  }

  get isConfirming(): boolean {
    return this.jobPhase === 'confirming';
  }

  get confirmText(): string {
    return labels.confirmAll(this.jobObject);
  }

  get jobBusy(): boolean {
    return this.jobPhase === 'starting' || this.jobPhase === 'running';
  }

  get startAllDisabled(): boolean {
    return this.jobBusy || this.jobPhase === 'confirming';
  }

  get showProgress(): boolean {
    return this.jobStatus !== null || this.jobPhase === 'running';
  }

  get percent(): number {
    return this.jobStatus ? percentDone(this.jobStatus) : 0;
  }

  get progressText(): string {
    const status = this.jobStatus;
    return labels.progress(status?.status ?? 'Queued', status?.processed ?? 0, status?.total ?? 0);
  }

  get jobSummary(): Summary | null {
    return this.jobStatus ? summaryOfJob(this.jobStatus) : null;
  }

  get jobSummaryText(): string {
    const summary = this.jobSummary;
    return summary ? labels.summary(summary.done, summary.skipped, summary.failed) : '';
  }

  get hasJobRows(): boolean {
    return (this.jobSummary?.rows.length ?? 0) > 0;
  }

  /** The server lists the first skipped and failed producers only. */
  get moreItemsText(): string | null {
    const summary = this.jobSummary;
    if (!summary || summary.rows.length === 0) {
      return null;
    }
    return summary.skipped + summary.failed > summary.rows.length ? labels.moreItems(summary.rows.length) : null;
  }

  get isPaused(): boolean {
    return this.jobPhase === 'paused';
  }

  handleJobObjectChange(event: CustomEvent<{ value?: string }>): void {
    this.jobObject = toProducerObject(event.detail.value);
  }

  async handleDeactivateSelection(): Promise<void> {
    if (this.deactivateDisabled || !this.hasPermission) {
      return;
    }
    this.isDeactivating = true;
    this.selectionError = null;
    try {
      const result = await deactivateTracking({ recordIds: [...this.ids] });
      this.selectionSummary = summaryOfResult(result);
    } catch (error) {
      this.selectionError = errorText(error, labels.selectionFailed);
    } finally {
      this.isDeactivating = false;
    }
  }

  handleAskAll(): void {
    if (!this.jobBusy) {
      this.jobPhase = 'confirming';
      this.jobError = null;
    }
  }

  handleCancelAll(): void {
    this.jobPhase = this.jobStatus ? 'finished' : 'idle';
  }

  async handleStartAll(): Promise<void> {
    if (this.jobPhase !== 'confirming' || !this.hasPermission) {
      return;
    }
    this.jobPhase = 'starting';
    this.jobError = null;
    this.jobStatus = null;
    try {
      this.jobId = await startBulkDeactivation({ objectApiName: this.jobObject });
      this.jobPhase = 'running';
      if (this.connected) {
        this.poller.start();
      }
    } catch (error) {
      this.jobError = errorText(error, labels.startFailed);
      this.jobPhase = 'idle';
    }
  }

  handleCheckAgain(): void {
    if (this.jobPhase === 'paused') {
      this.jobPhase = 'running';
      this.jobError = null;
      this.poller.start({ now: true });
    }
  }

  /** One answer of the poller; true when the job has ended. */
  private answered(status: Apex.BulkJobStatus): boolean {
    this.jobStatus = status;
    if (!isFinished(status)) {
      return false;
    }
    this.jobPhase = 'finished';
    if (status.status !== 'Completed') {
      this.jobError = labels.jobFailed(status.status ?? '', status.errorMessage ?? '');
    }
    return true;
  }

  private pause(message: string): void {
    this.jobPhase = 'paused';
    this.jobError = message;
  }
}
