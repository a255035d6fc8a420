import getPortalUser from '@salesforce/apex/PortalUserController.getPortalUser';
import disablePortalUser from '@salesforce/apex/PortalUserController.disablePortalUser';
import DisablePortalUser, { MAX_POLLS, POLL_INTERVAL_MS } from 'c/disablePortalUser';
import {
  advance,
  changeValue,
  click,
  flushPromises,
  listen,
  mountElement,
  query,
  queryAll,
  resetDom,
  select,
  shownError,
  text
} from 'test-utils';

jest.mock('@salesforce/apex/PortalUserController.getPortalUser', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/PortalUserController.disablePortalUser', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Disable_Portal_User', () => ({ default: true }), {
  virtual: true
});

const mockGetPortalUser = jest.mocked(getPortalUser);
const mockDisable = jest.mocked(disablePortalUser);

const CONTACT_ID = '003000000000001AAA';

function portalUser(overrides: Partial<Apex.PortalUserInfo> = {}): Apex.PortalUserInfo {
  return {
    contactId: CONTACT_ID,
    contactName: 'Pat Producer',
    userId: '005000000000001AAA',
    username: 'pat@example.com.portal',
    profileName: 'Customer Community User',
    lastLogin: '2026-03-01T15:00:00.000Z',
    isPortalEnabled: true,
    isActive: true,
    canDisable: true,
    activeAppointments: 0,
    pendingTerminations: 0,
    ...overrides
  };
}

const QUEUED: Apex.OffboardingAuditInfo = { status: 'Queued', performedBy: 'Ada Admin' };
const COMPLETED: Apex.OffboardingAuditInfo = { status: 'Completed', performedBy: 'Ada Admin' };
const STALE_MESSAGE =
  'The last request by Ada Admin on 2026-03-01 15:00 never finished: its job ended (Aborted) without recording an outcome. Check the portal user below; you can disable it again.';
/** As PortalUserService returns it: still Queued, its job ended; canDisable true, no unavailableReason. */
const STALE: Partial<Apex.PortalUserInfo> = {
  lastRequest: { status: 'Queued', performedBy: 'Ada Admin', performedOn: '2026-03-01T15:00:00.000Z' },
  lastRequestStale: true,
  staleMessage: STALE_MESSAGE
};

// ----------------------------------------------------------------------------------------------------------------
// Helpers

function mount(): HTMLElement {
  return mountElement('c-disable-portal-user', DisablePortalUser, { recordId: CONTACT_ID });
}

async function createComponent(info: Apex.PortalUserInfo = portalUser()): Promise<HTMLElement> {
  mockGetPortalUser.mockResolvedValue(info);
  const element = mount();
  await flushPromises();
  return element;
}

function type(element: HTMLElement, value: string): void {
  changeValue(query(element, 'confirmation'), value);
}

describe('c-disable-portal-user', () => {
  afterEach(() => {
    resetDom();
    jest.useRealTimers();
    jest.clearAllMocks();
  });

  it('shows a spinner while the portal user loads', async () => {
    mockGetPortalUser.mockReturnValue(new Promise(() => undefined));
    const element = mount();
    await flushPromises();

    expect(query(element, 'loading')).not.toBeNull();
    expect(mockGetPortalUser).toHaveBeenCalledWith({ contactId: CONTACT_ID });
    expect(query(element, 'disable')).toBeNull();
  });

  it('shows the load error', async () => {
    mockGetPortalUser.mockRejectedValue({ body: { message: 'Insufficient access to this Contact.' } });
    const element = mount();
    await flushPromises();

    expect(text(shownError(element, 'load-error'))).toBe('Insufficient access to this Contact.');
    expect(query(element, 'disable')).toBeNull();
  });

  it.each<[string, Partial<Apex.PortalUserInfo>, string]>([
    [
      'no portal user',
      { userId: undefined, canDisable: false, unavailableReason: 'noPortalUser' },
      'Pat Producer has no portal user: there is nothing to disable.'
    ],
    [
      'already disabled',
      { isPortalEnabled: false, canDisable: false, unavailableReason: 'alreadyDisabled' },
      'The portal user of Pat Producer is already disabled.'
    ],
    [
      'no Manage External Users',
      { canDisable: false, unavailableReason: 'noPermission' },
      'You do not have permission to disable portal users.'
    ]
  ])('says why it is not offered: %s', async (_name, overrides, message) => {
    const element = await createComponent(portalUser(overrides));

    expect(text(query(element, 'unavailable'))).toContain(message);
    expect(query(element, 'disable')).toBeNull();
    expect(query(element, 'confirmation')).toBeNull();
    expect(query(element, 'cancel')?.label).toBe('Close');
  });

  it('warns that disabling is permanent and names the user', async () => {
    const element = await createComponent();

    expect(select(element, 'lightning-quick-action-panel')).toHaveProperty(
      'header',
      'Disable Customer User — Pat Producer'
    );
    expect(text(query(element, 'permanent'))).toContain('This is permanent');
    expect(text(query(element, 'permanent'))).toContain('cannot be re-enabled, a new portal user would be needed');
    expect(text(query(element, 'username'))).toBe('pat@example.com.portal');
    expect(text(query(element, 'profile'))).toBe('Customer Community User');
    expect(query(element, 'last-login')?.value).toBe('2026-03-01T15:00:00.000Z');
    expect(query(element, 'warnings')).toBeNull();
  });

  it('says when the user never logged in', async () => {
    const element = await createComponent(portalUser({ lastLogin: undefined }));

    expect(query(element, 'last-login')).toBeNull();
    expect(text(query(element, 'never-logged-in'))).toBe('Never logged in');
  });

  it('warns about active appointments and pending terminations without blocking', async () => {
    const element = await createComponent(portalUser({ activeAppointments: 2, pendingTerminations: 1 }));

    const warnings = queryAll(element, 'warning').map(text);
    expect(warnings).toEqual([
      'Pat Producer still has 2 active appointments. Terminate them first: the safe order is terminate, then disable the portal user.',
      '1 termination of Pat Producer is still pending with NIPR. Disabling now is allowed; follow it on the NIPR Transactions page.'
    ]);
    type(element, 'Pat Producer');
    await flushPromises();
    expect(query(element, 'disable')?.disabled).toBe(false);
  });

  it('enables Disable only when the producer name is typed', async () => {
    const element = await createComponent();

    expect(query(element, 'confirmation')?.label).toBe('Type Pat Producer to confirm');
    expect(query(element, 'disable')?.disabled).toBe(true);

    type(element, 'Pat');
    await flushPromises();
    expect(query(element, 'disable')?.disabled).toBe(true);

    type(element, '  pat producer ');
    await flushPromises();
    expect(query(element, 'disable')?.disabled).toBe(false);

    type(element, 'Pat Producers');
    await flushPromises();
    expect(query(element, 'disable')?.disabled).toBe(true);
    click(query(element, 'disable'));
    await flushPromises();
    expect(mockDisable).not.toHaveBeenCalled();
  });

  it('disables, polls every 2 seconds until Completed, then closes with a toast', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser());
    const element = mount();
    await advance(0);
    const toast = listen(element, 'lightning__showtoast');
    const refresh = listen(element, 'lightning__refresh');
    const close = listen(element, 'lightning__actionsclosescreen');

    type(element, ' pat producer');
    await advance(0);
    mockDisable.mockResolvedValue(QUEUED);
    mockGetPortalUser.mockResolvedValue(portalUser({ canDisable: false, lastRequest: QUEUED }));
    click(query(element, 'disable'));
    await advance(0);

    expect(mockDisable).toHaveBeenCalledWith({ contactId: CONTACT_ID, confirmation: 'pat producer' });
    expect(text(query(element, 'disabling'))).toContain('Disabling…');
    expect(query(element, 'disable')).toBeNull();
    expect(mockGetPortalUser).toHaveBeenCalledTimes(1);

    await advance(POLL_INTERVAL_MS - 1);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
    expect(query(element, 'disabling')).not.toBeNull();

    mockGetPortalUser.mockResolvedValue(portalUser({ isPortalEnabled: false, lastRequest: COMPLETED }));
    await advance(POLL_INTERVAL_MS);

    expect(mockGetPortalUser).toHaveBeenCalledTimes(3);
    expect(toast).toHaveBeenCalledTimes(1);
    expect(toast.mock.calls[0][0].detail).toEqual({
      title: 'Portal user disabled',
      message: 'The portal user of Pat Producer is disabled.',
      variant: 'success'
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);

    await advance(POLL_INTERVAL_MS * 3);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(3);
  });

  it('finishes at once when the server answers Completed', async () => {
    const element = await createComponent();
    const close = listen(element, 'lightning__actionsclosescreen');
    type(element, 'Pat Producer');
    await flushPromises();
    mockDisable.mockResolvedValue(COMPLETED);

    click(query(element, 'disable'));
    await flushPromises();

    expect(close).toHaveBeenCalledTimes(1);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(1);
  });

  it('shows why the request failed and lets the user try again', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser());
    const element = mount();
    await advance(0);
    type(element, 'Pat Producer');
    await advance(0);
    mockDisable.mockResolvedValue(QUEUED);
    mockGetPortalUser.mockResolvedValue(
      portalUser({ lastRequest: { status: 'Failed', detail: 'INSUFFICIENT_ACCESS: Manage External Users' } })
    );

    click(query(element, 'disable'));
    await advance(POLL_INTERVAL_MS);

    expect(text(shownError(element, 'error'))).toBe(
      'The portal user was not disabled: INSUFFICIENT_ACCESS: Manage External Users'
    );
    expect(query(element, 'disabling')).toBeNull();
    expect(query(element, 'last-failure')).toBeNull();
    expect(query(element, 'disable')?.disabled).toBe(false);

    await advance(POLL_INTERVAL_MS * 2);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
  });

  it('shows a server error and keeps the form', async () => {
    const element = await createComponent();
    type(element, 'Pat Producer');
    await flushPromises();
    mockDisable.mockRejectedValue({ body: { message: 'Type the producer name exactly to confirm.' } });

    click(query(element, 'disable'));
    await flushPromises();

    expect(text(shownError(element, 'error'))).toBe('Type the producer name exactly to confirm.');
    expect(query(element, 'disable')?.disabled).toBe(false);
    expect(query(element, 'confirmation')?.value).toBe('Pat Producer');
  });

  it('sends one request for a double click', async () => {
    const element = await createComponent();
    type(element, 'Pat Producer');
    await flushPromises();
    mockDisable.mockReturnValue(new Promise(() => undefined));

    click(query(element, 'disable'));
    click(query(element, 'disable'));
    await flushPromises();

    expect(mockDisable).toHaveBeenCalledTimes(1);
    expect(query(element, 'disable')?.disabled).toBe(true);
    expect(query(element, 'confirmation')?.disabled).toBe(true);
  });

  it('follows a request already queued when the action opens', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(
      portalUser({ canDisable: false, unavailableReason: 'requestQueued', lastRequest: QUEUED })
    );
    const element = mount();
    await advance(0);

    expect(query(element, 'disabling')).not.toBeNull();
    expect(query(element, 'unavailable')).toBeNull();

    await advance(POLL_INTERVAL_MS);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
  });

  it('does not follow a stale request: warns, offers Disable again and polls nothing', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser(STALE));
    const element = mount();
    await advance(0);

    const stale = query<HTMLElement>(element, 'stale');
    expect(stale?.getAttribute('role')).toBe('status');
    expect(stale?.classList.contains('slds-scoped-notification')).toBe(true);
    expect(stale?.querySelector('lightning-icon')).toHaveProperty('iconName', 'utility:warning');
    expect(text(stale)).toContain('The last request never finished');
    expect(text(query(element, 'stale-message'))).toBe(STALE_MESSAGE);
    expect(query(element, 'disabling')).toBeNull();
    expect(query(element, 'unavailable')).toBeNull();
    expect(text(query(element, 'permanent'))).toContain('This is permanent');
    expect(query(element, 'confirmation')?.label).toBe('Type Pat Producer to confirm');
    expect(query(element, 'disable')?.disabled).toBe(true);

    type(element, 'Pat Producer');
    await advance(0);
    expect(query(element, 'disable')?.disabled).toBe(false);

    await advance(POLL_INTERVAL_MS * 5);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(1);
  });

  it('disables again from a stale request and follows the new one', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser(STALE));
    const element = mount();
    await advance(0);
    const close = listen(element, 'lightning__actionsclosescreen');
    type(element, 'Pat Producer');
    await advance(0);
    mockDisable.mockResolvedValue(QUEUED);
    mockGetPortalUser.mockResolvedValue(portalUser({ canDisable: false, lastRequest: QUEUED }));

    click(query(element, 'disable'));
    await advance(0);

    expect(mockDisable).toHaveBeenCalledWith({ contactId: CONTACT_ID, confirmation: 'Pat Producer' });
    expect(query(element, 'disabling')).not.toBeNull();
    expect(query(element, 'stale')).toBeNull();

    mockGetPortalUser.mockResolvedValue(portalUser({ isPortalEnabled: false, lastRequest: COMPLETED }));
    await advance(POLL_INTERVAL_MS);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stops following a request whose job ends without an outcome and offers Disable again', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(
      portalUser({ canDisable: false, unavailableReason: 'requestQueued', lastRequest: QUEUED })
    );
    const element = mount();
    await advance(0);
    expect(query(element, 'disabling')).not.toBeNull();

    mockGetPortalUser.mockResolvedValue(portalUser(STALE));
    await advance(POLL_INTERVAL_MS);

    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
    expect(query(element, 'disabling')).toBeNull();
    expect(text(query(element, 'stale-message'))).toBe(STALE_MESSAGE);
    expect(query(element, 'disable')).not.toBeNull();

    await advance(POLL_INTERVAL_MS * 5);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
  });

  it('shows no stale warning for a request in progress', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(
      portalUser({
        canDisable: false,
        unavailableReason: 'requestQueued',
        lastRequest: QUEUED,
        lastRequestStale: false
      })
    );
    const element = mount();
    await advance(0);

    expect(query(element, 'stale')).toBeNull();
    expect(query(element, 'disable')).toBeNull();
    expect(query(element, 'disabling')).not.toBeNull();
  });

  it('stops polling when the action closes', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser({ lastRequest: QUEUED }));
    const element = mount();
    await advance(0);
    await advance(POLL_INTERVAL_MS);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);

    document.body.removeChild(element);
    await advance(POLL_INTERVAL_MS * 5);

    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer that arrives after the action closed', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValueOnce(portalUser({ lastRequest: QUEUED }));
    let answer: (info: Apex.PortalUserInfo) => void = () => undefined;
    mockGetPortalUser.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const element = mount();
    await advance(POLL_INTERVAL_MS);
    const close = listen(element, 'lightning__actionsclosescreen');

    document.body.removeChild(element);
    answer(portalUser({ isPortalEnabled: false, lastRequest: COMPLETED }));
    await advance(POLL_INTERVAL_MS * 2);

    expect(close).not.toHaveBeenCalled();
    expect(mockGetPortalUser).toHaveBeenCalledTimes(2);
  });

  it('stops after about a minute and says the request goes on', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValue(portalUser({ lastRequest: QUEUED }));
    const element = mount();
    await advance(0);

    await advance(POLL_INTERVAL_MS * MAX_POLLS);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(MAX_POLLS + 1);
    expect(text(shownError(element, 'error'))).toContain('Disabling takes longer than usual.');
    expect(query(element, 'disabling')).toBeNull();

    await advance(POLL_INTERVAL_MS * 3);
    expect(mockGetPortalUser).toHaveBeenCalledTimes(MAX_POLLS + 1);
  });

  it('says so when the progress cannot be checked', async () => {
    jest.useFakeTimers();
    mockGetPortalUser.mockResolvedValueOnce(portalUser({ lastRequest: QUEUED }));
    mockGetPortalUser.mockRejectedValueOnce(new Error(''));
    const element = mount();
    await advance(POLL_INTERVAL_MS);

    expect(text(shownError(element, 'error'))).toContain('The progress could not be checked.');
  });

  it('shows the last failed attempt', async () => {
    const element = await createComponent(portalUser({ lastRequest: { status: 'Failed', detail: 'Timed out' } }));

    expect(text(query(element, 'last-failure'))).toBe(
      'The last attempt to disable this portal user failed (Timed out). You can try again.'
    );
  });

  it('closes on Cancel', async () => {
    const element = await createComponent();
    const close = listen(element, 'lightning__actionsclosescreen');

    expect(query(element, 'cancel')?.label).toBe('Cancel');
    click(query(element, 'cancel'));

    expect(close).toHaveBeenCalledTimes(1);
    expect(mockDisable).not.toHaveBeenCalled();
  });

  it('is accessible', async () => {
    const element = await createComponent(portalUser({ activeAppointments: 1 }));

    await expect(element).toBeAccessible();
  });

  it('is accessible with a stale request', async () => {
    const element = await createComponent(portalUser({ ...STALE, activeAppointments: 1 }));

    expect(query(element, 'stale')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
