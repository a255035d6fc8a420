// Without the Offboarding_Manage_Tracking custom permission: NIPR tracking is shown read-only, with no pencil.
import { createElement } from 'lwc';
import { updateRecord } from 'lightning/uiRecordApi';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
import NiprTrackingEditor from 'c/niprTrackingEditor';

jest.mock('@salesforce/apex/NiprTrackingController.getTrackingGuard', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: false }), { virtual: true });

const CONTACT_ID = '003000000000001AAA';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createComponent(): Promise<HTMLElement> {
  // The server may still say canManage (e.g. a stale cache): the client's permission check alone hides the pencil.
  jest.mocked(getTrackingGuard).mockResolvedValue({
    objectApiName: 'Contact',
    recordName: 'Pat Producer',
    tracking: 'Active',
    canManage: true
  });
  const element = createElement('c-nipr-tracking-editor', { is: NiprTrackingEditor });
  Object.assign(element, { recordId: CONTACT_ID, objectApiName: 'Contact' });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function query(element: HTMLElement, dataId: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[data-id="${dataId}"]`) ?? null;
}

describe('c-nipr-tracking-editor without the Offboarding_Manage_Tracking permission', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
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
