// The producer list (home): individuals (Contacts) and firms (Accounts) of the sample org, as a list view.
import { LightningElement } from 'lwc';
import { urlFor } from '../../../runtime/router.js';
import { getProducers } from '../../../runtime/sandboxApi.js';

export default class ProducerList extends LightningElement {
  producers = [];
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
        portalUserText: producer.portalUser ? (producer.portalUser.active ? 'Active' : 'Disabled') : '—',
        trackingClass: producer.niprTracking === 'Active' ? 'slds-badge slds-theme_success' : 'slds-badge',
        statesText: producer.states.join(', ') || '—'
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
}
