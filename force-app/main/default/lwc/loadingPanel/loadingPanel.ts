// c-loading-panel: what a component shows while its data loads: a spinner, with the text a screen reader reads, in a
// block high enough to hold it (the spinner is positioned over its container).
import { LightningElement, api } from 'lwc';

export type SpinnerSize = 'small' | 'medium';

export default class LoadingPanel extends LightningElement {
  /** What is loading, read by screen readers (the spinner's alternative text). */
  @api label = '';
  /** `small` in a card, `medium` in a quick action. */
  @api size: SpinnerSize = 'small';

  get holderClass(): string {
    return this.size === 'medium' ? 'holder holder_medium' : 'holder';
  }
}
