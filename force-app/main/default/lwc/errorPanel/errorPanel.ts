// c-error-panel (after trailheadapps/lwc-recipes: errorPanel): an error a user reads, as an SLDS scoped error
// notification inside a live region (role="alert"), so a message that appears after the panel rendered is announced.
// Shows nothing without a message. Server errors become text in the parent first (c/offboardingCore: errorText).
// The whole message is shown (it wraps, never truncated); an unexpected server error ends with
// "(error id 7F3A9C21)…": the id is its own selectable span, so the user can copy it for the administrator.
import { LightningElement, api } from 'lwc';

export type Spacing = 'top' | 'bottom';

const NOTIFICATION = 'slds-scoped-notification slds-theme_error';
const SPACING: Readonly<Record<Spacing, string>> = {
  top: `${NOTIFICATION} slds-m-top_small`,
  bottom: `${NOTIFICATION} slds-m-bottom_small`
};

/** The message around its `(error id XXXXXXXX)` id, if it has one. */
export interface MessageParts {
  readonly before: string;
  readonly errorId: string | null;
  readonly after: string;
}

const ERROR_ID = /(\(error id )([0-9A-Za-z]{4,32})(\))/;

export function messageParts(message: string | null | undefined): MessageParts {
  const text = message ?? '';
  const found = ERROR_ID.exec(text);
  if (!found) {
    return { before: text, errorId: null, after: '' };
  }
  const [, open = '', id = '', close = ''] = found;
  return {
    before: text.slice(0, found.index) + open,
    errorId: id,
    after: close + text.slice(found.index + found[0].length)
  };
}

export default class ErrorPanel extends LightningElement {
  /** The text shown; nothing is shown while it is empty. */
  @api message: string | null | undefined;
  /** Space above (`top`) or below (`bottom`) the notification, only while it is shown; none by default. */
  @api spacing: Spacing | undefined;

  get parts(): MessageParts {
    return messageParts(this.message);
  }

  get notificationClass(): string {
    return this.spacing ? SPACING[this.spacing] : NOTIFICATION;
  }
}
