// The producer list (home): individuals (Contacts) and firms (Accounts) of the sample org, as a list view. Rows can be
// selected for the list view button "Set NIPR Tracking Inactive" (the Visualforce pages NiprTrackingBulkContacts and
// NiprTrackingBulkAccounts): like it, the button hands the selection of one object to the NIPR Tracking Bulk tab as
// page state (`c__object`, `c__ids`).
import { LightningElement } from 'lwc';
import { navigate, urlFor } from '../../../runtime/router.js';
import { getProducers } from '../../../runtime/sandboxApi.js';

/** The list view button hands over at most this many records (NiprTrackingBulkExtension). */
const MAX_SELECTION = 200;

export default class ProducerList extends LightningElement {
  producers = [];
  selectedIds = [];
  error = null;
  loaded = false;

  async connectedCallback() {
    try {
      const producers = await getProducers();
      this.producers = producers.map((producer) => ({
        ...producer,
        url: urlFor({
          type: 'standard__recordPage',
          attributes: { recordId: producer.id, objectApiName: producer.objectApiName, actionName: 'view' }
        }),
        kindLabel: producer.kind === 'firm' ? 'Firm (Account)' : 'Individual (Contact)',
        iconName: producer.kind === 'firm' ? 'standard:account' : 'standard:contact',
        portalUserText: producer.portalUser ? (producer.portalUser.enabled ? 'Enabled' : 'Disabled') : '—',
        trackingClass: producer.niprTracking === 'Active' ? 'slds-badge slds-theme_success' : 'slds-badge',
        statesText: producer.states.join(', ') || '—',
        checkboxId: `select-${producer.id}`,
        selectLabel: `Select ${producer.name}`
      }));
    } catch (error) {
      this.error = error.message;
    } finally {
      this.loaded = true;
    }
  }

  get countText() {
    const firms = this.producers.filter((producer) => producer.kind === 'firm').length;
    return `${this.producers.length} producers · ${this.producers.length - firms} individuals, ${firms} firms`;
  }

  get selected() {
    return this.producers.filter((producer) => this.selectedIds.includes(producer.id));
  }

  /** The object of the selection; null when nothing or both Contacts and Accounts are selected. */
  get selectedObject() {
    const objects = [...new Set(this.selected.map((producer) => producer.objectApiName))];
    return objects.length === 1 ? objects[0] : null;
  }

  get selectionText() {
    const count = this.selected.length;
    if (count === 0) {
      return 'Select producers, then Set NIPR Tracking Inactive.';
    }
    if (this.selectedObject === null) {
      return 'Select Contacts or Accounts, not both: Set NIPR Tracking Inactive works on the selection of one list view.';
    }
    return `${count} ${this.selectedObject === 'Account' ? 'firm' : 'individual'}${count === 1 ? '' : 's'} selected.`;
  }

  get bulkDisabled() {
    return this.selectedObject === null;
  }

  handleSelect(event) {
    const id = event.target.dataset.producerId;
    this.selectedIds = event.target.checked
      ? [...this.selectedIds, id]
      : this.selectedIds.filter((selectedId) => selectedId !== id);
    this.producers = this.producers.map((producer) => ({
      ...producer,
      selected: this.selectedIds.includes(producer.id)
    }));
  }

  handleBulkTracking() {
    if (this.selectedObject === null) {
      return;
    }
    navigate({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Tracking_Bulk' },
      state: {
        c__object: this.selectedObject,
        c__ids: this.selected
          .slice(0, MAX_SELECTION)
          .map((producer) => producer.id)
          .join(',')
      }
    });
  }
}
