// The Disable Customer User quick action (ScreenAction on Contact), step 2 of the offboarding: shows the portal
// user, warns that disabling is permanent and out of order while appointments are active, asks for the producer's
// name, then queues the disabling on the server and polls until it is Completed or Failed. A stale request (still
// Queued, but its job ended without recording an outcome) is not followed: the action says so and offers Disable again.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { CloseActionScreenEvent } from 'lightning/actions';
import { RefreshEvent } from 'lightning/refresh';
import getPortalUser from '@salesforce/apex/PortalUserController.getPortalUser';
import disablePortalUser from '@salesforce/apex/PortalUserController.disablePortalUser';
import hasDisablePermission from '@salesforce/customPermission/Offboarding_Disable_Portal_User';
import {
  confirmationMatches,
  errorText,
  fromApexPortalUser,
  fromApexRequest,
  portalUserAvailability,
  stepMessages,
  type OffboardingRequest,
  type PortalUser,
  type PortalUserAvailability
} from 'c/offboardingCore';
import { Poller } from 'c/poller';
import { labels } from './labels';

/** The server is asked every 2 seconds, at most 30 times (about a minute). */
export const POLL_INTERVAL_MS = 2000;
export const MAX_POLLS = 30;

type Phase = 'idle' | 'submitting' | 'disabling' | 'done';

export default class DisablePortalUser extends LightningElement {
  labels = labels;
  isLoading = false;
  loadError: string | null = null;
  info: PortalUser | null = null;
  typed = '';
  phase: Phase = 'idle';
  /** The disabling failed, or its progress could not be followed. */
  error: string | null = null;

  private contactId: string | undefined;
  private connected = false;
  /** The request runs in a Queueable: its status is asked for until it is Completed or Failed. */
  private readonly poller = new Poller<PortalUser>({
    intervalMs: POLL_INTERVAL_MS,
    maxPolls: MAX_POLLS,
    ask: async () => fromApexPortalUser(await getPortalUser({ contactId: this.contactId ?? '' })),
    onAnswer: (info) => this.answered(info),
    onGiveUp: () => this.giveUp(labels.stillRunning),
    onError: (error) => this.giveUp(errorText(error, labels.pollFailed))
  });

  @api
  get recordId(): string | undefined {
    return this.contactId;
  }
  set recordId(value: string | undefined) {
    if (value && value !== this.contactId) {
      this.contactId = value;
      this.load(value);
    }
  }

  override connectedCallback(): void {
    this.connected = true;
  }

  override disconnectedCallback(): void {
    this.connected = false;
    this.poller.stop();
  }

  get header(): string {
    return labels.header(this.info?.contactName ?? '');
  }

  get availability(): PortalUserAvailability | null {
    return this.info ? portalUserAvailability(this.info, Boolean(hasDisablePermission)) : null;
  }

  get isDisabling(): boolean {
    return this.phase === 'disabling';
  }

  /** Why the portal user cannot be disabled (null when it can, or while it is being disabled). */
  get unavailableMessage(): string | null {
    if (!hasDisablePermission) {
      return stepMessages.portalNoPermission;
    }
    const availability = this.availability;
    if (!availability || availability.available || this.isDisabling || this.phase === 'done') {
      return null;
    }
    return availability.message;
  }

  get isReady(): boolean {
    return !this.isLoading && !this.isDisabling && this.phase !== 'done' && this.availability?.available === true;
  }

  get permanentText(): string {
    return labels.permanent(this.info?.contactName ?? '');
  }

  get confirmLabel(): string {
    return labels.confirm(this.info?.contactName ?? '');
  }

  get warnings(): readonly string[] {
    return this.availability?.warnings ?? [];
  }

  /** The last request never finished (its job ended without an outcome): the server's words, shown as a warning. */
  get staleNotice(): string | null {
    return this.isReady ? (this.availability?.staleNotice ?? null) : null;
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  get lastFailure(): string | null {
    const last = this.info?.lastRequest;
    return last?.status === 'Failed' && !this.error ? labels.lastFailed(last.detail) : null;
  }

  get disablingDetail(): string {
    return labels.disablingDetail(this.info?.contactName ?? '');
  }

  get confirmed(): boolean {
    return confirmationMatches(this.typed, this.info?.contactName);
  }

  get disableDisabled(): boolean {
    return !this.confirmed || this.phase !== 'idle';
  }

  get isSubmitting(): boolean {
    return this.phase === 'submitting';
  }

  get cancelLabel(): string {
    return this.isReady ? labels.cancel : labels.close;
  }

  handleConfirmationChange(event: CustomEvent<{ value?: string }>): void {
    this.typed = event.detail.value ?? '';
  }

  handleCancel(): void {
    this.dispatchEvent(new CloseActionScreenEvent());
  }

  async handleDisable(): Promise<void> {
    const { contactId, info } = this;
    if (this.phase !== 'idle' || !contactId || !info || !this.isReady || !this.confirmed) {
      return;
    }
    this.phase = 'submitting';
    this.error = null;
    try {
      const request = fromApexRequest(await disablePortalUser({ contactId, confirmation: this.typed.trim() }));
      this.follow(request);
    } catch (error) {
      this.error = errorText(error, labels.disableFailed);
      this.phase = 'idle';
    }
  }

  private async load(contactId: string): Promise<void> {
    if (!hasDisablePermission) {
      return;
    }
    this.isLoading = true;
    this.loadError = null;
    try {
      const info = fromApexPortalUser(await getPortalUser({ contactId }));
      if (contactId === this.contactId) {
        this.info = info;
        if (portalUserAvailability(info, true).reason === 'REQUEST_QUEUED') {
          this.follow(info.lastRequest);
        }
      }
    } catch (error) {
      this.loadError = errorText(error, labels.loadFailed);
    } finally {
      this.isLoading = false;
    }
  }

  /** Goes on from the request just made or found: done, failed, or queued (then polls until it is answered). */
  private follow(request: OffboardingRequest | null): void {
    if (!this.settle(request)) {
      this.phase = 'disabling';
      if (this.connected) {
        this.poller.start();
      }
    }
  }

  /** Completed → finish; Failed → show why; true when the request is answered. */
  private settle(request: OffboardingRequest | null): boolean {
    if (request?.status === 'Completed') {
      this.finish();
      return true;
    }
    if (request?.status === 'Failed') {
      this.error = labels.failed(request.detail);
      this.phase = 'idle';
      return true;
    }
    return false;
  }

  /** One answer of the poller; true when the request is done, failed or stale (no longer followed). */
  private answered(info: PortalUser): boolean {
    this.info = info;
    if (!info.isPortalEnabled && info.userId) {
      this.finish();
      return true;
    }
    if (info.lastRequestStale) {
      // Its job ended without an outcome: nothing more will happen; the form offers Disable again with the notice.
      this.phase = 'idle';
      return true;
    }
    return this.settle(info.lastRequest);
  }

  private giveUp(message: string): void {
    this.error = message;
    this.phase = 'done';
  }

  private finish(): void {
    this.poller.stop();
    this.phase = 'done';
    const contactName = this.info?.contactName ?? '';
    this.dispatchEvent(
      new ShowToastEvent({ title: labels.disabled, message: labels.disabledDetail(contactName), variant: 'success' })
    );
    this.dispatchEvent(new RefreshEvent());
    this.dispatchEvent(new CloseActionScreenEvent());
  }
}
