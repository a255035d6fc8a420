// Without the Offboarding_Disable_Portal_User custom permission: the action says so, loads nothing and offers
// nothing to disable.
import getPortalUser from '@salesforce/apex/PortalUserController.getPortalUser';
import disablePortalUser from '@salesforce/apex/PortalUserController.disablePortalUser';
import DisablePortalUser from 'c/disablePortalUser';
import { click, listen, query, renderElement, resetDom } from 'test-utils';

jest.mock('@salesforce/apex/PortalUserController.getPortalUser', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PortalUserController.disablePortalUser', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Disable_Portal_User', () => ({ default: false }), {
  virtual: true
});

const CONTACT_ID = '003000000000001AAA';

function createComponent(): Promise<HTMLElement> {
  return renderElement('c-disable-portal-user', DisablePortalUser, { recordId: CONTACT_ID });
}

describe('c-disable-portal-user without the Offboarding_Disable_Portal_User permission', () => {
  afterEach(() => {
    resetDom();
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
    const close = listen(element, 'lightning__actionsclosescreen');

    expect(query(element, 'disable')).toBeNull();
    click(query(element, 'cancel'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(disablePortalUser).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
