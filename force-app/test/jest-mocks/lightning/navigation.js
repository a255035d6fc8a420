// Stub of lightning/navigation (after trailheadapps/lwc-recipes): tests read the last page reference navigated to.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

let lastPageReference;
let lastReplace;
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      lastPageReference = pageReference;
      lastReplace = replace;
    }
    [GenerateUrl](pageReference) {
      lastPageReference = pageReference;
      return Promise.resolve(`/generated/${pageReference?.type ?? 'url'}`);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export const getNavigateCalledWith = () => ({ pageReference: lastPageReference, replace: lastReplace });
export const resetNavigation = () => {
  lastPageReference = undefined;
  lastReplace = undefined;
};
