// Stub of lightning/actions: the event a screen quick action dispatches to close itself.
export const CloseActionScreenEventName = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
  constructor() {
    super(CloseActionScreenEventName, { bubbles: false, composed: false });
  }
}
