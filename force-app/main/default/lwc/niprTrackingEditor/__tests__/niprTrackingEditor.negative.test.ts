// Without the Offboarding_Manage_Tracking custom permission: NIPR tracking is shown read-only, with no pencil.
import { updateRecord } from 'lightning/uiRecordApi';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
import NiprTrackingEditor from 'c/niprTrackingEditor';
import { query, renderElement, resetDom } from 'test-utils';

jest.mock('@salesforce/apex/NiprTrackingController.getTrackingGuard', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: false }), { virtual: true });

const CONTACT_ID = '003000000000001AAA';

function createComponent(): Promise<HTMLElement> {
  // The server may still say canManage (e.g. a stale cache): the client's permission check alone hides the pencil.
  jest.mocked(getTrackingGuard).mockResolvedValue({
    objectApiName: 'Contact',
    recordName: 'Pat Producer',
    tracking: 'Active',
    canManage: true
  });
  return renderElement('c-nipr-tracking-editor', NiprTrackingEditor, {
    recordId: CONTACT_ID,
    objectApiName: 'Contact'
  });
}

describe('c-nipr-tracking-editor without the Offboarding_Manage_Tracking permission', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('shows the tracking read-only', async () => {
    const element = await createComponent();

    expect(query(element, 'tracking')?.textContent).toBe('Active');
    expect(query(element, 'edit')).toBeNull();
    expect(query(element, 'tracking-input')).toBeNull();
    expect(query(element, 'save')).toBeNull();
    expect(updateRecord).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
