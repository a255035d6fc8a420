// NIPR Tracking editor (record page of a Contact, Account or User), step 3 of the offboarding: shows NIPR tracking
// with a pencil to edit it inline. Choosing Inactive asks the server for the tracking policy's decision
// (previewDeactivation): refused while NIPR transactions are open (each named with what to do; the NiprTrackingGuard
// trigger refuses too), a confirmation listing the active appointments while any are Active, else what stops. Inactive
// is saved by the server under the same policy (deactivateTracking, with the confirmation); Active through Lightning
// Data Service. The page and other components refresh, then it reminds to disable the portal user.
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
  getFieldValue,
  getRecord,
  notifyRecordUpdateAvailable,
  updateRecord,
  type FieldId,
  type RecordRepresentation
} from 'lightning/uiRecordApi';
import { RefreshEvent, registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import CONTACT_TRACKING from '@salesforce/schema/Contact.NIPR_Tracking__c';
import ACCOUNT_TRACKING from '@salesforce/schema/Account.NIPR_Tracking__c';
import USER_TRACKING from '@salesforce/schema/User.NIPR_Tracking__c';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
import previewDeactivation from '@salesforce/apex/NiprTrackingController.previewDeactivation';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import hasManagePermission from '@salesforce/customPermission/Offboarding_Manage_Tracking';
import {
  errorText,
  fromApexTrackingGuard,
  recordErrorText,
  toTrackingValue,
  trackingChangeGuard,
  type TrackingChange,
  type TrackingGuard,
  type TrackingValue
} from 'c/offboardingCore';
import { labels } from './labels';

const TRACKING_FIELDS: Readonly<Record<string, FieldId>> = {
  Contact: CONTACT_TRACKING,
  Account: ACCOUNT_TRACKING,
  User: USER_TRACKING
};

export default class NiprTrackingEditor extends NavigationMixin(LightningElement) {
  @api objectApiName: string | undefined;

  labels = labels;
  options = [
    { label: labels.active, value: 'Active' },
    { label: labels.inactive, value: 'Inactive' }
  ];
  guard: TrackingGuard | null = null;
  isLoading = false;
  loadError: string | null = null;
  isEditing = false;
  isSaving = false;
  draft: TrackingValue = 'Active';
  saveError: string | null = null;
  /** The server's tracking policy decision for Inactive (null until asked, or for Active). */
  preview: Apex.TrackingPreview | null = null;
  isPreviewing = false;
  previewError: string | null = null;
  /** The user confirmed setting Inactive while appointments are still active. */
  confirmed = false;
  /** Shown after Inactive is saved: disable the portal user next. */
  reminder: string | null = null;
  reminderContactId: string | null = null;

  private producerId: string | undefined;
  private refreshHandlerId: number | undefined;

  @api
  get recordId(): string | undefined {
    return this.producerId;
  }
  set recordId(value: string | undefined) {
    if (value && value !== this.producerId) {
      this.producerId = value;
      this.load();
    }
  }

  /** The record's NIPR_Tracking__c through LDS: an edit elsewhere on the page reloads the guard. */
  @wire(getRecord, { recordId: '$recordId', optionalFields: '$trackingFields' })
  wiredRecord({ data }: { data?: RecordRepresentation; error?: unknown }): void {
    const field = this.trackingField;
    if (!data || !field || !this.guard || this.isSaving) {
      return;
    }
    const value = getFieldValue(data, field);
    if (typeof value === 'string' && toTrackingValue(value) !== this.guard.tracking) {
      this.load();
    }
  }

  override connectedCallback(): void {
    this.refreshHandlerId = registerRefreshHandler(this, () => this.load().then(() => true));
  }

  override disconnectedCallback(): void {
    if (this.refreshHandlerId !== undefined) {
      unregisterRefreshHandler(this.refreshHandlerId);
      this.refreshHandlerId = undefined;
    }
  }

  get trackingField(): FieldId | undefined {
    return TRACKING_FIELDS[this.objectApiName ?? this.guard?.objectApiName ?? ''];
  }

  get trackingFields(): FieldId[] | undefined {
    const field = this.trackingField;
    return field ? [field] : undefined;
  }

  get tracking(): string {
    return this.guard?.tracking ?? labels.notSet;
  }

  /** The pencil: with Offboarding_Manage_Tracking (ours) and the server's word that the record may be edited. */
  get canEdit(): boolean {
    return Boolean(hasManagePermission) && this.guard?.canManage === true && !this.isEditing;
  }

  get change(): TrackingChange | null {
    return this.guard && this.isEditing ? trackingChangeGuard(this.guard, this.draft) : null;
  }

  /** Inactive is being chosen for a record whose tracking is not Inactive: the policy applies. */
  get stopping(): boolean {
    return this.isEditing && this.draft === 'Inactive' && this.guard?.tracking !== 'Inactive';
  }

  get decision(): string | null {
    return this.stopping ? (this.preview?.decision ?? null) : null;
  }

  get explanation(): string | null {
    return this.decision === 'allowed' ? (this.preview?.message ?? null) : null;
  }

  /**
   * Why the change cannot be saved: no permission, or the policy's refusal naming the open transactions (the server's
   * preview once it answered: it is fresher than the guard loaded with the page).
   */
  get blockingMessage(): string | null {
    const change = this.change;
    if (change && this.guard?.canManage !== true) {
      return change.blockingMessage;
    }
    const decision = this.decision;
    if (decision === 'refused' || decision === 'skipped') {
      return this.preview?.message ?? null;
    }
    return this.preview ? null : (change?.blockingMessage ?? null);
  }

  get needsConfirmation(): boolean {
    return this.decision === 'needsConfirmation';
  }

  get confirmationMessage(): string {
    return this.preview?.message ?? '';
  }

  get activeAppointments(): { key: string; text: string }[] {
    return (this.preview?.activeAppointments ?? []).map((appointment, index) => ({
      key: appointment.id ?? String(index),
      text: labels.appointment(appointment.stateName ?? appointment.state ?? '', appointment.company ?? '')
    }));
  }

  get confirmLabel(): string {
    return labels.confirm(this.preview?.activeAppointments?.length ?? 0);
  }

  get saveDisabled(): boolean {
    if (this.isSaving || this.isPreviewing || !hasManagePermission || this.guard?.canManage !== true) {
      return true;
    }
    if (!this.stopping) {
      return this.change?.canSave !== true;
    }
    const decision = this.decision;
    return !(decision === 'allowed' || (decision === 'needsConfirmation' && this.confirmed));
  }

  get showContactLink(): boolean {
    return this.reminderContactId !== null && this.reminderContactId !== this.producerId;
  }

  handleEdit(): void {
    if (!this.guard) {
      return;
    }
    this.draft = this.guard.tracking;
    this.saveError = null;
    this.reminder = null;
    this.resetPreview();
    this.isEditing = true;
  }

  handleDraftChange(event: CustomEvent<{ value?: string }>): void {
    this.draft = toTrackingValue(event.detail.value);
    this.saveError = null;
    this.resetPreview();
    if (this.stopping) {
      this.loadPreview().catch(() => undefined);
    }
  }

  handleConfirmChange(event: CustomEvent<{ checked?: boolean }>): void {
    this.confirmed = event.detail.checked === true;
  }

  handleCancel(): void {
    this.isEditing = false;
    this.saveError = null;
    this.resetPreview();
  }

  async handleSave(): Promise<void> {
    const { guard, producerId, change, draft, trackingField } = this;
    if (this.saveDisabled || !guard || !producerId || !change || !trackingField) {
      return;
    }
    if (draft === guard.tracking) {
      this.isEditing = false;
      return;
    }
    this.isSaving = true;
    this.saveError = null;
    try {
      if (draft === 'Inactive') {
        // The server decides again under the same policy (the record may have changed since the preview).
        const result = await deactivateTracking({
          recordIds: [producerId],
          confirmActiveAppointments: this.needsConfirmation && this.confirmed
        });
        const refused = [...(result.skipped ?? []), ...(result.failed ?? [])][0];
        if ((result.done ?? []).length === 0) {
          this.saveError = refused?.reason ?? labels.saveFailed;
          return;
        }
        await notifyRecordUpdateAvailable([{ recordId: producerId }]);
      } else {
        await updateRecord({ fields: { Id: producerId, [trackingField.fieldApiName]: draft } });
      }
      this.isEditing = false;
      this.resetPreview();
      this.guard = { ...guard, tracking: draft };
      this.reminder = change.afterSaveReminder;
      this.reminderContactId = change.afterSaveReminder ? guard.portalContactId : null;
      this.dispatchEvent(
        new ShowToastEvent({
          title: labels.saved(draft),
          message: labels.savedDetail(guard.recordName, draft),
          variant: 'success'
        })
      );
      // Apex-backed components of the page (the offboarding checklist) reload; LDS already has the new value.
      this.dispatchEvent(new RefreshEvent());
    } catch (error) {
      this.saveError = recordErrorText(error, labels.saveFailed);
    } finally {
      this.isSaving = false;
    }
  }

  private resetPreview(): void {
    this.preview = null;
    this.previewError = null;
    this.confirmed = false;
  }

  /** Asks the server what setting Inactive would do (the tracking policy), before anything is saved. */
  private async loadPreview(): Promise<void> {
    const recordId = this.producerId;
    if (!recordId) {
      return;
    }
    this.isPreviewing = true;
    try {
      const previews = await previewDeactivation({ recordIds: [recordId] });
      if (this.stopping && recordId === this.producerId) {
        this.preview = previews[0] ?? null;
      }
    } catch (error) {
      this.previewError = errorText(error, labels.previewFailed);
    } finally {
      this.isPreviewing = false;
    }
  }

  handleOpenContact(): void {
    if (this.reminderContactId) {
      this[NavigationMixin.Navigate]({
        type: 'standard__recordPage',
        attributes: { recordId: this.reminderContactId, objectApiName: 'Contact', actionName: 'view' }
      });
    }
  }

  handleDismissReminder(): void {
    this.reminder = null;
  }

  private async load(): Promise<void> {
    const recordId = this.producerId;
    if (!recordId) {
      return;
    }
    this.isLoading = this.guard === null;
    this.loadError = null;
    try {
      const guard = fromApexTrackingGuard(await getTrackingGuard({ recordId }));
      if (recordId === this.producerId) {
        this.guard = guard;
      }
    } catch (error) {
      this.loadError = errorText(error, labels.loadFailed);
    } finally {
      this.isLoading = false;
    }
  }
}
