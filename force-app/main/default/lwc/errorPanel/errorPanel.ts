// c-error-panel (after trailheadapps/lwc-recipes: errorPanel): an error a user reads, as an SLDS scoped error
// notification inside a live region (role="alert"), so a message that appears after the panel rendered is announced.
// Shows nothing without a message. Server errors become text in the parent first (c/offboardingCore: errorText).
import { LightningElement, api } from 'lwc';

export type Spacing = 'top' | 'bottom';

const NOTIFICATION = 'slds-scoped-notification slds-theme_error';
const SPACING: Readonly<Record<Spacing, string>> = {
  top: `${NOTIFICATION} slds-m-top_small`,
  bottom: `${NOTIFICATION} slds-m-bottom_small`
};

export default class ErrorPanel extends LightningElement {
  /** The text shown; nothing is shown while it is empty. */
  @api message: string | null | undefined;
  /** Space above (`top`) or below (`bottom`) the notification, only while it is shown; none by default. */
  @api spacing: Spacing | undefined;

  get notificationClass(): string {
    return this.spacing ? SPACING[this.spacing] : NOTIFICATION;
  }
}
