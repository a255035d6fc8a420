// Without the Offboarding_Manage_Tracking custom permission: the page says so and offers nothing to run.
import * as navigation from 'lightning/navigation';
import type { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import startBulkDeactivation from '@salesforce/apex/NiprTrackingController.startBulkDeactivation';
import NiprTrackingBulk from 'c/niprTrackingBulk';
import { flushPromises, mountElement, query, resetDom } from 'test-utils';

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

async function createComponent(): Promise<HTMLElement> {
  const element = mountElement('c-nipr-tracking-bulk', NiprTrackingBulk);
  pageReferenceAdapter.emit({
    type: 'standard__navItemPage',
    attributes: { apiName: 'NIPR_Tracking_Bulk' },
    state: { c__ids: '003000000000001AAA', c__object: 'Contact' }
  });
  await flushPromises();
  return element;
}

describe('c-nipr-tracking-bulk without the Offboarding_Manage_Tracking permission', () => {
  afterEach(() => {
    resetDom();
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
