// Without the Offboarding_Disable_Portal_User custom permission: the action says so, loads nothing and offers
// nothing to disable.
import { createElement } from 'lwc';
import getPortalUser from '@salesforce/apex/PortalUserController.getPortalUser';
import disablePortalUser from '@salesforce/apex/PortalUserController.disablePortalUser';
import DisablePortalUser from 'c/disablePortalUser';

jest.mock('@salesforce/apex/PortalUserController.getPortalUser', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PortalUserController.disablePortalUser', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Disable_Portal_User', () => ({ default: false }), {
  virtual: true
});

const CONTACT_ID = '003000000000001AAA';

// eslint-disable-next-line @lwc/lwc/no-async-operation
const flushPromises = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function createComponent(): Promise<HTMLElement> {
  const element = createElement('c-disable-portal-user', { is: DisablePortalUser });
  Object.assign(element, { recordId: CONTACT_ID });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function query(element: HTMLElement, dataId: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[data-id="${dataId}"]`) ?? null;
}

describe('c-disable-portal-user without the Offboarding_Disable_Portal_User permission', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('says the user may not disable portal users and loads nothing', async () => {
    const element = await createComponent();

    expect(query(element, 'unavailable')?.textContent).toContain('You do not have permission to disable portal users.');
    expect(getPortalUser).not.toHaveBeenCalled();
    expect(query(element, 'loading')).toBeNull();
    expect(query(element, 'permanent')).toBeNull();
    expect(query(element, 'confirmation')).toBeNull();
  });

  it('offers Close only', async () => {
    const element = await createComponent();
    const close = jest.fn();
    element.addEventListener('lightning__actionsclosescreen', close);

    expect(query(element, 'disable')).toBeNull();
    query(element, 'cancel')?.dispatchEvent(new CustomEvent('click'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(disablePortalUser).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
