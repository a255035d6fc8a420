// `force/navigation` (re-exported by lightning-base-components' `lightning/navigation`): navigation inside the
// sandbox app. `Navigate` turns the page reference into a Lightning-style URL and routes there; `CurrentPageReference`
// emits the current page reference on connect and after every navigation.
import { currentPageReference, navigate, onNavigate, urlFor } from '../../src/runtime/router.js';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function NavigationMixin(Base) {
  return class extends Base {
    [Navigate](pageReference, replace) {
      navigate(pageReference, replace === true);
    }

    [GenerateUrl](pageReference) {
      return Promise.resolve(urlFor(pageReference));
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.unsubscribe = null;
  }

  connect() {
    this.unsubscribe = onNavigate((pageReference) => this.dataCallback(pageReference));
    this.dataCallback(currentPageReference());
  }

  update() {}

  disconnect() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
