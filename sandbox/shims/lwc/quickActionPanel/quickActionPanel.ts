// `lightning-quick-action-panel` (not in lightning-base-components): the header, body and footer of a screen quick
// action, in the SLDS modal markup the platform uses. The sandbox shell puts it inside an SLDS modal container.
// TypeScript only because `@api` is a decorator, which the Node tooling's ESLint parser does not read.
import { LightningElement, api } from 'lwc';

export default class QuickActionPanel extends LightningElement {
  @api header: string | undefined;
}
