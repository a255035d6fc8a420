// Without the Offboarding_Manage_Tracking custom permission: the page says so and offers nothing to run.
import { createElement } from 'lwc';
import * as navigation from 'lightning/navigation';
import type { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import startBulkDeactivation from '@salesforce/apex/NiprTrackingController.startBulkDeactivation';
import NiprTrackingBulk from 'c/niprTrackingBulk';

jest.mock('@salesforce/apex/NiprTrackingController.deactivateTracking', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.startBulkDeactivation', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.getBulkJobStatus', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: false }), { virtual: true });

const pageReferenceAdapter = navigation.CurrentPageReference as unknown as ReturnType<typeof createTestWireAdapter>;

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createComponent(): Promise<HTMLElement> {
  const element = createElement('c-nipr-tracking-bulk', { is: NiprTrackingBulk });
  document.body.appendChild(element);
  pageReferenceAdapter.emit({
    type: 'standard__navItemPage',
    attributes: { apiName: 'NIPR_Tracking_Bulk' },
    state: { c__ids: '003000000000001AAA', c__object: 'Contact' }
  });
  await flushPromises();
  return element;
}

function query(element: HTMLElement, dataId: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[data-id="${dataId}"]`) ?? null;
}

describe('c-nipr-tracking-bulk without the Offboarding_Manage_Tracking permission', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('says the user may not change NIPR tracking and offers no action', async () => {
    const element = await createComponent();

    expect(query(element, 'no-permission')?.textContent).toContain(
      'You do not have permission to change NIPR tracking.'
    );
    expect(query(element, 'deactivate-selection')).toBeNull();
    expect(query(element, 'ask-all')).toBeNull();
    expect(deactivateTracking).not.toHaveBeenCalled();
    expect(startBulkDeactivation).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
