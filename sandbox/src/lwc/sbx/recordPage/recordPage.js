// A record page of the sample org, laid out as Producer_Contact_Record_Page / Producer_Account_Record_Page: for a
// producer (Contact or Account) the highlights panel with its quick actions, the details and the appointments, and
// in the sidebar c-offboarding-checklist, c-nipr-tracking-editor and the latest NIPR transactions; for a NIPR
// transaction its details. A quick action ("Terminate": c-terminate-appointments; "Disable Customer User" on a
// Contact: c-disable-portal-user) opens its ScreenAction's component in an SLDS modal with the record's Id, and
// closes it on the component's CloseActionScreenEvent, the close button or Escape. While it is open focus stays in it
// and the page behind is inert (runtime/dialogFocus.js); on close focus returns to the button that opened it. Actions the sample user has no
// custom permission for are not shown, nor Disable Customer User without an enabled portal user (as a Dynamic
// Actions visibility rule would). A RefreshEvent (lightning/refresh) reloads the page's data.
import { LightningElement } from 'lwc';
import { currentPageReference, navigate, onNavigate, urlFor } from '../../../runtime/router.js';
import { hasCustomPermission } from '../../../runtime/session.js';
import { getRecordPage } from '../../../runtime/sandboxApi.js';
import { CLOSE_ACTION_SCREEN_EVENT_NAME } from '../../../../shims/lightning/actions.js';
import { REFRESH_EVENT_NAME } from '../../../runtime/refreshHandlers.js';
import { tabbables, trapFocus } from '../../../runtime/dialogFocus.js';

const OBJECTS = {
  Contact: { label: 'Contact', icon: 'standard:contact' },
  Account: { label: 'Account', icon: 'standard:account' },
  NIPR_Transaction__c: { label: 'NIPR Transaction', icon: 'custom:custom20' }
};
/**
 * Quick actions of the producer record pages (force-app quickActions): the custom permission each needs, the objects
 * that have it (all when left out) and when it applies to the record.
 */
const ACTIONS = [
  { name: 'Terminate', label: 'Terminate', permission: 'Offboarding_Terminate' },
  {
    name: 'Disable_Customer_User',
    label: 'Disable Customer User',
    permission: 'Offboarding_Disable_Portal_User',
    objects: ['Contact'],
    applies: (record) => record.portalUser?.enabled === true
  }
];
const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const DATE = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

function formatDate(iso) {
  return iso ? DATE.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '';
}

function recordUrl(id, objectApiName) {
  return urlFor({ type: 'standard__recordPage', attributes: { recordId: id, objectApiName, actionName: 'view' } });
}

export default class RecordPage extends LightningElement {
  recordId = null;
  data = null;
  error = null;
  openAction = null;
  closeTarget = null;
  focusModal = false;
  /** The action whose button opened the modal: focus goes back to it on close. */
  invoker = null;
  restoreFocus = false;
  releaseModal = null;
  stopListening = null;
  onCloseAction = () => this.closeAction();
  onRefresh = () => this.load();

  connectedCallback() {
    this.stopListening = onNavigate((page) => this.show(page));
    window.addEventListener(REFRESH_EVENT_NAME, this.onRefresh);
    this.show(currentPageReference());
  }

  disconnectedCallback() {
    this.releaseFocusTrap();
    this.stopListening?.();
    window.removeEventListener(REFRESH_EVENT_NAME, this.onRefresh);
  }

  renderedCallback() {
    const element = this.template.querySelector('[data-id="action-component"]');
    if (element !== this.closeTarget) {
      this.closeTarget?.removeEventListener(CLOSE_ACTION_SCREEN_EVENT_NAME, this.onCloseAction);
      element?.addEventListener(CLOSE_ACTION_SCREEN_EVENT_NAME, this.onCloseAction);
      this.closeTarget = element;
    }
    if (this.focusModal) {
      this.focusModal = false;
      const modal = this.template.querySelector('[data-id="action-modal"]');
      if (modal) {
        // Focus stays in the modal (the page behind is inert) until it closes.
        this.releaseFocusTrap();
        this.releaseModal = trapFocus(modal);
        // The component may already have focused its heading or first control; else the first control (close).
        if (!this.template.activeElement?.closest?.('[data-id="action-modal"]')) {
          (tabbables(modal)[0] ?? modal).focus();
        }
      }
    }
    if (this.restoreFocus && !this.openAction) {
      this.restoreFocus = false;
      const selector = `[data-id="action"][data-action="${this.invoker}"]`;
      // The button that opened the modal; gone (e.g. the portal user is disabled now): the record's heading.
      (this.template.querySelector(selector) ?? this.template.querySelector('[data-id="record-heading"]'))?.focus();
    }
  }

  releaseFocusTrap() {
    this.releaseModal?.();
    this.releaseModal = null;
  }

  show(page) {
    const recordId = page.type === 'standard__recordPage' ? page.attributes.recordId : null;
    if (recordId && recordId !== this.recordId) {
      // Another record: a new page, its components created afresh.
      this.recordId = recordId;
      this.releaseFocusTrap();
      this.openAction = null;
      this.data = null;
      this.load();
    }
  }

  async load() {
    const recordId = this.recordId;
    this.error = null;
    try {
      const data = await getRecordPage(recordId);
      if (recordId === this.recordId) {
        this.data = data;
      }
    } catch (error) {
      this.data = null;
      this.error = error.message;
    }
  }

  get record() {
    return this.data?.record ?? null;
  }

  get isLoading() {
    return !this.data && !this.error;
  }

  get isProducer() {
    return this.record !== null && this.record.objectApiName !== 'NIPR_Transaction__c';
  }

  get objectInfo() {
    return OBJECTS[this.record?.objectApiName] ?? { label: 'Record', icon: 'standard:record' };
  }

  get actions() {
    const record = this.record;
    return this.isProducer
      ? ACTIONS.filter(
          (action) =>
            hasCustomPermission(action.permission) &&
            (!action.objects || action.objects.includes(record.objectApiName)) &&
            (!action.applies || action.applies(record))
        )
      : [];
  }

  get isDisableOpen() {
    return this.openAction?.name === 'Disable_Customer_User';
  }

  get hasActions() {
    return this.actions.length > 0;
  }

  get highlights() {
    const record = this.record;
    if (!record) {
      return [];
    }
    if (!this.isProducer) {
      return [
        { label: 'Status', value: record.status },
        { label: 'State', value: record.state },
        { label: 'Producer', value: record.producerName }
      ];
    }
    const highlights = [
      { label: 'NPN', value: record.npn },
      { label: 'NIPR Tracking', value: record.niprTracking },
      { label: 'Type', value: record.kind === 'firm' ? 'Firm' : 'Individual' }
    ];
    if (record.objectApiName === 'Contact') {
      highlights.push({ label: 'Portal user', value: this.portalUserText });
    }
    return highlights;
  }

  get portalUserText() {
    const user = this.record?.portalUser;
    return user ? `${user.enabled ? 'Enabled' : 'Disabled'} (${user.username})` : 'None';
  }

  get fields() {
    const record = this.record;
    if (!record) {
      return [];
    }
    const fields = this.isProducer
      ? [
          { label: 'Name', value: record.name },
          { label: 'NPN', value: record.npn },
          { label: 'NIPR Tracking', value: record.niprTracking },
          record.objectApiName === 'Contact'
            ? {
                label: 'Account',
                value: record.accountName ?? '',
                url: record.accountId && recordUrl(record.accountId, 'Account')
              }
            : { label: 'Agents', value: record.agents.map((agent) => agent.name).join(', ') },
          record.objectApiName === 'Contact' ? { label: 'Email', value: record.email ?? '' } : null,
          record.objectApiName === 'Contact' ? { label: 'Portal user', value: this.portalUserText } : null
        ]
      : [
          { label: 'Transaction', value: record.name },
          { label: 'Type', value: record.type },
          {
            label: 'Producer',
            value: record.producerName,
            url: record.producerId && recordUrl(record.producerId, record.producerObjectApiName)
          },
          { label: 'Appointment', value: `${record.appointmentName ?? ''} · ${record.companyName ?? ''}` },
          { label: 'State', value: record.state },
          { label: 'Reason code', value: record.reasonCode ?? '' },
          { label: 'Effective date', value: formatDate(record.effectiveDate) },
          { label: 'Fee', value: record.fee === undefined || record.fee === null ? '' : USD.format(record.fee) },
          { label: 'Status', value: record.status },
          { label: 'Status detail', value: record.statusDetail ?? '' },
          { label: 'NIPR code', value: record.niprCode ?? '' },
          { label: 'NIPR reference', value: record.niprReference ?? '' },
          { label: 'Created', value: formatDate(record.createdDate) }
        ];
    return fields.filter((field) => field !== null).map((field) => ({ ...field, key: field.label }));
  }

  get appointments() {
    return (this.data?.appointments ?? []).map((appointment) => ({
      ...appointment,
      appointedOnText: formatDate(appointment.appointedOn),
      linesText: (appointment.linesOfAuthority ?? '').split(';').join(', '),
      statusClass: appointment.status === 'Active' ? 'slds-badge slds-theme_success' : 'slds-badge'
    }));
  }

  get appointmentsTitle() {
    return `Appointments (${this.appointments.length})`;
  }

  get transactions() {
    return (this.data?.transactions ?? []).map((transaction) => ({
      ...transaction,
      url: recordUrl(transaction.id, 'NIPR_Transaction__c'),
      detail: `${transaction.state} · ${transaction.status} · ${formatDate(transaction.createdDate)}`
    }));
  }

  get hasTransactions() {
    return this.transactions.length > 0;
  }

  get transactionsTitle() {
    return `NIPR Transactions (${this.data?.transactionCount ?? 0})`;
  }

  handleAction(event) {
    this.invoker = event.currentTarget.dataset.action;
    this.openAction = this.actions.find((action) => action.name === this.invoker) ?? null;
    this.focusModal = true;
  }

  closeAction() {
    if (this.openAction) {
      this.releaseFocusTrap();
      this.openAction = null;
      this.restoreFocus = true;
      this.load();
    }
  }

  handleModalKeydown(event) {
    if (event.key === 'Escape') {
      this.closeAction();
    }
  }

  handleViewTransactions() {
    navigate({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: this.recordId }
    });
  }
}
