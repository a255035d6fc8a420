// Shows the ShowToastEvents of every component (`lightning__showtoast`, bubbling and composed) as SLDS toasts, as
// Lightning Experience does: success, info and warning close themselves ("dismissible", or "pester" without a close
// button); errors and "sticky" toasts stay until closed. `{0}` in the message is replaced by messageData.
import { LightningElement } from 'lwc';
import { SHOW_TOAST_EVENT_NAME } from '../../../../shims/lightning/platformShowToastEvent.js';

const VARIANTS = ['info', 'success', 'warning', 'error'];
const AUTO_CLOSE_MS = { dismissible: 6000, pester: 4000 };

function fill(message, messageData) {
  return String(message ?? '').replace(/\{(\d+)\}/g, (whole, index) => {
    const item = messageData?.[Number(index)];
    return item === undefined ? whole : typeof item === 'string' ? item : (item.label ?? item.url ?? '');
  });
}

export default class ToastContainer extends LightningElement {
  toasts = [];
  count = 0;
  onToast = (event) => this.show(event.detail ?? {});

  connectedCallback() {
    window.addEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
  }

  disconnectedCallback() {
    window.removeEventListener(SHOW_TOAST_EVENT_NAME, this.onToast);
  }

  show({ title, message, messageData, variant, mode }) {
    const kind = VARIANTS.includes(variant) ? variant : 'info';
    const closing = mode ?? (kind === 'error' ? 'sticky' : 'dismissible');
    const key = `toast-${++this.count}`;
    const toast = {
      key,
      variant: kind,
      title: title ?? '',
      message: fill(message, messageData),
      className: `slds-notify slds-notify_toast slds-theme_${kind}`,
      iconName: `utility:${kind}`,
      closable: closing !== 'pester'
    };
    this.toasts = [...this.toasts, toast];
    if (AUTO_CLOSE_MS[closing]) {
      setTimeout(() => this.close(key), AUTO_CLOSE_MS[closing]);
    }
  }

  close(key) {
    this.toasts = this.toasts.filter((toast) => toast.key !== key);
  }

  handleClose(event) {
    this.close(event.currentTarget.dataset.key);
  }

  get hasToasts() {
    return this.toasts.length > 0;
  }
}
