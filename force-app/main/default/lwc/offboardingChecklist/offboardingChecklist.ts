// Offboarding checklist (record page of a Contact or Account): the three steps in order with their live state, the
// next safe step highlighted and what was done out of order; a firm also shows the roll-up of its producers.
// The step logic is c/offboardingCore's offboardingSteps; this component wires the data and the user's step
// permissions (a step's hint names the permission its action needs when the user lacks it) and keeps it fresh (a
// RefreshEvent from the actions, or a change of NIPR tracking through Lightning Data Service, reloads it).
import { LightningElement, api, wire } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { getFieldValue, getRecord, type FieldId, type RecordRepresentation } from 'lightning/uiRecordApi';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import { refreshApex } from '@salesforce/apex';
import CONTACT_TRACKING from '@salesforce/schema/Contact.NIPR_Tracking__c';
import ACCOUNT_TRACKING from '@salesforce/schema/Account.NIPR_Tracking__c';
import getChecklist from '@salesforce/apex/OffboardingChecklistController.getChecklist';
import hasTerminatePermission from '@salesforce/customPermission/Offboarding_Terminate';
import hasDisablePermission from '@salesforce/customPermission/Offboarding_Disable_Portal_User';
import hasManagePermission from '@salesforce/customPermission/Offboarding_Manage_Tracking';
import {
  errorText,
  fromApexChecklist,
  offboardingSteps,
  type Checklist,
  type OffboardingPlan,
  type StepPermissions,
  type StepState
} from 'c/offboardingCore';
import { labels } from './labels';

const TRACKING_FIELDS: Readonly<Record<string, FieldId>> = {
  Contact: CONTACT_TRACKING,
  Account: ACCOUNT_TRACKING
};

/** The step actions the user may take (anything but `true` means no: unmocked in Jest, an import is a string). */
const PERMISSIONS: StepPermissions = {
  terminate: hasTerminatePermission === true,
  disablePortalUser: hasDisablePermission === true,
  manageTracking: hasManagePermission === true
};

const STATE_ICONS: Readonly<Record<StepState, string>> = {
  done: 'utility:success',
  current: 'utility:forward',
  blocked: 'utility:lock',
  todo: 'utility:clock'
};

interface WiredChecklist {
  readonly data?: Apex.ChecklistInfo;
  readonly error?: unknown;
}

/** One step as the template shows it. */
interface StepView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: string;
  readonly hint: string;
  readonly stateLabel: string;
  readonly icon: string;
  readonly className: string;
  readonly showTransactions: boolean;
  readonly buttonVariant: 'brand' | 'neutral';
}

interface WarningView {
  readonly key: string;
  readonly message: string;
  readonly icon: string;
  readonly iconLabel: string;
  readonly className: string;
}

export default class OffboardingChecklist extends NavigationMixin(LightningElement) {
  @api recordId: string | undefined;
  @api objectApiName: string | undefined;

  labels = labels;
  checklist: Checklist | null = null;
  error: string | null = null;

  private wired: WiredChecklist | undefined;
  private lastTracking: unknown;
  private refreshHandlerId: number | undefined;

  @wire(getChecklist, { recordId: '$recordId' })
  wiredChecklist(result: WiredChecklist): void {
    this.wired = result;
    if (result.data) {
      this.checklist = fromApexChecklist(result.data);
      this.error = null;
    } else if (result.error) {
      this.error = errorText(result.error, labels.loadFailed);
    }
  }

  /** NIPR tracking through LDS: when it changes (the editor, an inline edit), the checklist reloads. */
  @wire(getRecord, { recordId: '$recordId', optionalFields: '$trackingFields' })
  wiredRecord({ data }: { data?: RecordRepresentation; error?: unknown }): void {
    const field = TRACKING_FIELDS[this.objectApiName ?? ''];
    if (!data || !field) {
      return;
    }
    const tracking = getFieldValue(data, field);
    if (this.lastTracking !== undefined && tracking !== this.lastTracking) {
      this.refresh();
    }
    this.lastTracking = tracking;
  }

  override connectedCallback(): void {
    this.refreshHandlerId = registerRefreshHandler(this, () => this.refresh().then(() => true));
  }

  override disconnectedCallback(): void {
    if (this.refreshHandlerId !== undefined) {
      unregisterRefreshHandler(this.refreshHandlerId);
      this.refreshHandlerId = undefined;
    }
  }

  get trackingFields(): FieldId[] | undefined {
    const field = TRACKING_FIELDS[this.objectApiName ?? ''];
    return field ? [field] : undefined;
  }

  get isLoading(): boolean {
    return this.checklist === null && this.error === null;
  }

  get plan(): OffboardingPlan | null {
    return this.checklist ? offboardingSteps(this.checklist, PERMISSIONS) : null;
  }

  get steps(): StepView[] {
    const checklist = this.checklist;
    return (this.plan?.steps ?? []).map((step) => ({
      id: step.id,
      number: step.number,
      title: step.title,
      status: step.status,
      hint: step.hint,
      stateLabel: labels.states[step.state],
      icon: STATE_ICONS[step.state],
      className: `step step_${step.state}`,
      buttonVariant: step.state === 'current' ? 'brand' : 'neutral',
      showTransactions:
        step.id === 'appointments' &&
        checklist !== null &&
        checklist.appointments.active + checklist.appointments.pending > 0
    }));
  }

  get summary(): string {
    const plan = this.plan;
    const next = plan?.steps.find((step) => step.id === plan.next);
    if (next) {
      return labels.nextStep(next.number, next.title);
    }
    return labels.complete(this.checklist?.name ?? '');
  }

  get warnings(): WarningView[] {
    return (this.plan?.warnings ?? []).map((warning) => ({
      key: warning.code,
      message: warning.message,
      icon: warning.severity === 'warning' ? 'utility:warning' : 'utility:info',
      iconLabel: warning.severity === 'warning' ? labels.warningIcon : labels.infoIcon,
      className: `slds-scoped-notification slds-m-bottom_x-small ${
        warning.severity === 'warning' ? 'slds-theme_warning' : 'slds-scoped-notification_light'
      }`
    }));
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  get firm(): { producers: string; active: string; portal: string; tracking: string } | null {
    const members = this.checklist?.firmMembers;
    return members
      ? {
          producers: labels.firmProducers(members.producers),
          active: labels.firmActive(members.withActiveAppointments),
          portal: labels.firmPortal(members.withPortalUserEnabled),
          tracking: labels.firmTracking(members.trackingActive)
        }
      : null;
  }

  handleOpenTransactions(): void {
    this[NavigationMixin.Navigate]({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: this.recordId }
    });
  }

  private refresh(): Promise<void> {
    return this.wired ? refreshApex(this.wired) : Promise.resolve();
  }
}
