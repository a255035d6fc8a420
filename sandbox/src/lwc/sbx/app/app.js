// The sandbox shell: Lightning Experience's global header and navigation bar for the "Producer Offboarding" app,
// the sample-user switch and "Reset sample data", and the page of the current URL:
//   home (the producer list), a record page (Contact, Account, NIPR transaction), the NIPR Transactions tab
//   (c-nipr-transactions) and the NIPR Tracking Bulk tab (c-nipr-tracking-bulk), the components that ship in
//   force-app.
import { LightningElement } from 'lwc';
import { currentPageReference, navigate, onNavigate } from '../../../runtime/router.js';
import { currentSession } from '../../../runtime/session.js';
import { resetSampleData, switchUser } from '../../../runtime/sandboxApi.js';

const TABS = [
  { key: 'home', label: 'Producers', href: '/lightning/page/home' },
  { key: 'NIPR_Transactions', label: 'NIPR Transactions', href: '/lightning/n/NIPR_Transactions' },
  { key: 'NIPR_Tracking_Bulk', label: 'NIPR Tracking Bulk', href: '/lightning/n/NIPR_Tracking_Bulk' }
];

export default class App extends LightningElement {
  page = currentPageReference();
  session = currentSession();
  resetting = false;
  stopListening = null;

  connectedCallback() {
    this.stopListening = onNavigate((page) => {
      this.page = page;
    });
  }

  disconnectedCallback() {
    this.stopListening?.();
  }

  get tabKey() {
    const { type, attributes } = this.page;
    if (type === 'standard__navItemPage') {
      return attributes.apiName;
    }
    return type === 'standard__namedPage' || type === 'standard__objectPage' ? 'home' : null;
  }

  get tabs() {
    return TABS.map((tab) => ({
      ...tab,
      active: tab.key === this.tabKey,
      className: `slds-context-bar__item${tab.key === this.tabKey ? ' slds-is-active' : ''}`
    }));
  }

  get isProducerList() {
    return this.tabKey === 'home';
  }

  get isTransactions() {
    return this.tabKey === 'NIPR_Transactions';
  }

  get isTrackingBulk() {
    return this.tabKey === 'NIPR_Tracking_Bulk';
  }

  get isRecord() {
    return this.page.type === 'standard__recordPage';
  }

  get notFoundText() {
    return `There is no page at ${this.page.attributes?.path ?? 'this address'} in the sandbox.`;
  }

  get userOptions() {
    return this.session.users.map((user) => ({
      ...user,
      label: `${user.title} (${user.name})`,
      selected: user.key === this.session.user.key
    }));
  }

  get userInitials() {
    return this.session.user.name
      .split(' ')
      .map((part) => part[0] ?? '')
      .join('')
      .slice(0, 2);
  }

  get userTitle() {
    return `${this.session.user.name}, ${this.session.user.title}`;
  }

  async handleUserChange(event) {
    await switchUser(event.target.value);
    window.location.reload();
  }

  async handleReset() {
    this.resetting = true;
    try {
      await resetSampleData();
      window.location.reload();
    } finally {
      this.resetting = false;
    }
  }

  handleHome() {
    navigate({ type: 'standard__namedPage', attributes: { pageName: 'home' } });
  }
}
