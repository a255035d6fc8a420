// `lightning/platformShowToastEvent`: the same event as the platform's (and the Jest stub's); the sandbox shell
// listens for it on window and shows an SLDS toast.
export const SHOW_TOAST_EVENT_NAME = 'lightning__showtoast';

export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super(SHOW_TOAST_EVENT_NAME, { composed: true, cancelable: true, bubbles: true, detail: toast });
  }
}
