// Bulk NIPR tracking (the NIPR_Tracking_Bulk tab): for the producers a Contact or Account list-view button passes in
// the page state (`c__ids`, `c__object`) it first lists each producer by name with what the tracking policy will do
// (previewDeactivation: Set Inactive / Needs confirmation: N active appointments / Refused: why / Skipped), asks one
// confirmation for those with active appointments, then sets them Inactive and shows the result. It also starts the
// batch job that does it for every producer with tracking Active (with or without that confirmation) and follows its
// progress. The server applies the same policy (TrackingPolicy) as for one record. While anything runs the controls
// are disabled; the job's finished state (or the selection's result) re-enables them.
import { LightningElement, wire } from 'lwc';
import { CurrentPageReference, type PageReference } from 'lightning/navigation';
import previewDeactivation from '@salesforce/apex/NiprTrackingController.previewDeactivation';
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
  previewCounts,
  previewRowsOf,
  selectionOf,
  summaryOfJob,
  summaryOfResult,
  toProducerObject,
  type PreviewCounts,
  type PreviewRow,
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
  /** What the policy will do to each selected producer, before anything runs (null until the server answered). */
  previews: readonly Apex.TrackingPreview[] | null = null;
  isPreviewing = false;
  previewError: string | null = null;
  /** One confirmation for every selected producer whose appointments are still Active. */
  confirmSelection = false;
  /** The job's confirmation: producers with active appointments are set Inactive too. */
  confirmAllActive = false;

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
    this.previews = null;
    this.previewError = null;
    this.confirmSelection = false;
    if (this.hasPermission && this.ids.length > 0 && this.ids.length <= MAX_SELECTION) {
      this.loadPreview().catch(() => undefined);
    }
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

  get previewRows(): readonly PreviewRow[] {
    return previewRowsOf(this.previews ?? []);
  }

  get hasPreview(): boolean {
    return this.previews !== null && this.previews.length > 0;
  }

  get counts(): PreviewCounts {
    return previewCounts(this.previews ?? []);
  }

  get previewSummaryText(): string {
    const counts = this.counts;
    return labels.previewSummary(counts.allowed, counts.needsConfirmation, counts.refused, counts.skipped);
  }

  get needsConfirmation(): boolean {
    return this.counts.needsConfirmation > 0;
  }

  get confirmSelectionLabel(): string {
    return labels.confirmSelection(this.counts.needsConfirmation);
  }

  /** Producers the button would set Inactive now: allowed ones, and the confirmed ones. */
  get toDeactivate(): number {
    const counts = this.counts;
    return counts.allowed + (this.confirmSelection ? counts.needsConfirmation : 0);
  }

  /** Anything running: the selection's deactivation or preview, or the batch job. */
  get busy(): boolean {
    return this.isDeactivating || this.isPreviewing || this.jobBusy;
  }

  get deactivateDisabled(): boolean {
    return this.busy || !this.hasSelection || this.tooMany !== null || this.toDeactivate === 0;
  }

  get deactivateLabel(): string {
    return labels.deactivateSelection(this.toDeactivate);
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
    return this.busy || this.jobPhase === 'confirming';
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

  handleConfirmSelection(event: CustomEvent<{ checked?: boolean }>): void {
    this.confirmSelection = event.detail.checked === true;
  }

  handleConfirmAllActive(event: CustomEvent<{ checked?: boolean }>): void {
    this.confirmAllActive = event.detail.checked === true;
  }

  async handleDeactivateSelection(): Promise<void> {
    if (this.deactivateDisabled || !this.hasPermission) {
      return;
    }
    this.isDeactivating = true;
    this.selectionError = null;
    try {
      const result = await deactivateTracking({
        recordIds: [...this.ids],
        confirmActiveAppointments: this.confirmSelection && this.needsConfirmation
      });
      this.selectionSummary = summaryOfResult(result);
    } catch (error) {
      this.selectionError = errorText(error, labels.selectionFailed);
    } finally {
      this.isDeactivating = false;
    }
    // What each producer will get now (those set Inactive are "Skipped: already Inactive").
    this.confirmSelection = false;
    await this.loadPreview();
  }

  /** Asks the server what the policy will do to each selected producer. */
  private async loadPreview(): Promise<void> {
    const ids = this.ids;
    this.isPreviewing = true;
    this.previewError = null;
    try {
      const previews = await previewDeactivation({ recordIds: [...ids] });
      if (ids === this.ids) {
        this.previews = previews;
      }
    } catch (error) {
      this.previewError = errorText(error, labels.previewFailed);
    } finally {
      this.isPreviewing = false;
    }
  }

  handleAskAll(): void {
    if (!this.busy) {
      this.jobPhase = 'confirming';
      this.jobError = null;
      this.confirmAllActive = false;
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
      this.jobId = await startBulkDeactivation({
        objectApiName: this.jobObject,
        confirmActiveAppointments: this.confirmAllActive
      });
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
    // The job may have changed the selected producers: what each will get is asked again.
    if (this.hasSelection && this.tooMany === null && this.hasPermission) {
      this.loadPreview().catch(() => undefined);
    }
    return true;
  }

  private pause(message: string): void {
    this.jobPhase = 'paused';
    this.jobError = message;
  }
}
