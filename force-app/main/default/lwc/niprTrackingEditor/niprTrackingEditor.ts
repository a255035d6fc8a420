// NIPR Tracking editor (record page of a Contact, Account or User), step 3 of the offboarding: shows NIPR tracking
// with a pencil to edit it inline. Before Inactive is saved it explains what stops, refuses while NIPR transactions
// are open (the NiprTrackingGuard trigger refuses too) and warns while appointments are active; it saves through
// Lightning Data Service so the page and other components refresh, then reminds to disable the portal user.
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { getFieldValue, getRecord, updateRecord, type FieldId, type RecordRepresentation } from 'lightning/uiRecordApi';
import { RefreshEvent, registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import CONTACT_TRACKING from '@salesforce/schema/Contact.NIPR_Tracking__c';
import ACCOUNT_TRACKING from '@salesforce/schema/Account.NIPR_Tracking__c';
import USER_TRACKING from '@salesforce/schema/User.NIPR_Tracking__c';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
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

  get explanation(): string | null {
    return this.change?.explanation ?? null;
  }

  get blockingMessage(): string | null {
    return this.change?.blockingMessage ?? null;
  }

  get warnings(): readonly string[] {
    return this.change?.warnings ?? [];
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  get saveDisabled(): boolean {
    return this.isSaving || !hasManagePermission || this.change?.canSave !== true;
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
    this.isEditing = true;
  }

  handleDraftChange(event: CustomEvent<{ value?: string }>): void {
    this.draft = toTrackingValue(event.detail.value);
    this.saveError = null;
  }

  handleCancel(): void {
    this.isEditing = false;
    this.saveError = null;
  }

  async handleSave(): Promise<void> {
    const { guard, producerId, change, draft, trackingField } = this;
    if (this.isSaving || !guard || !producerId || !change?.canSave || !trackingField) {
      return;
    }
    if (draft === guard.tracking) {
      this.isEditing = false;
      return;
    }
    this.isSaving = true;
    this.saveError = null;
    try {
      await updateRecord({ fields: { Id: producerId, [trackingField.fieldApiName]: draft } });
      this.isEditing = false;
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
