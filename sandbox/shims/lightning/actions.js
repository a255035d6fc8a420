// `lightning/actions`: the event a screen quick action dispatches to close itself. As in the project's Jest stub it
// does not bubble: the sandbox shell listens on the action component's element and closes its modal.
export const CLOSE_ACTION_SCREEN_EVENT_NAME = 'lightning__actionsclosescreen';

export class CloseActionScreenEvent extends CustomEvent {
  constructor() {
    super(CLOSE_ACTION_SCREEN_EVENT_NAME, { bubbles: false, composed: false });
  }
}
