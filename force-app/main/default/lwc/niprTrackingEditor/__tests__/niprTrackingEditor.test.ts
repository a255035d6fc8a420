import * as navigation from 'lightning/navigation';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import type { createLdsTestWireAdapter } from '@salesforce/wire-service-jest-util';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
import NiprTrackingEditor from 'c/niprTrackingEditor';
import { changeValue, click, flushPromises, listen, mountElement, query, resetDom, shownError, text } from 'test-utils';

jest.mock('@salesforce/apex/NiprTrackingController.getTrackingGuard', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: true }), { virtual: true });

interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}

type LdsWireMock = ReturnType<typeof createLdsTestWireAdapter>;

const mockGetGuard = jest.mocked(getTrackingGuard);
const mockUpdateRecord = jest.mocked(updateRecord);
const getRecordAdapter = getRecord as unknown as LdsWireMock;
const navigationMock = navigation as unknown as NavigationMock;

const CONTACT_ID = '003000000000001AAA';
const USER_ID = '005000000000001AAA';

function guard(overrides: Partial<Apex.TrackingGuard> = {}): Apex.TrackingGuard {
  return {
    recordId: CONTACT_ID,
    objectApiName: 'Contact',
    recordName: 'Pat Producer',
    tracking: 'Active',
    canManage: true,
    openTransactions: [],
    activeAppointments: 0,
    portalUserEnabled: false,
    portalContactId: CONTACT_ID,
    ...overrides
  };
}

// ----------------------------------------------------------------------------------------------------------------
// Helpers

function mount(recordId = CONTACT_ID, objectApiName = 'Contact'): HTMLElement {
  return mountElement('c-nipr-tracking-editor', NiprTrackingEditor, { recordId, objectApiName });
}

async function createComponent(
  result: Apex.TrackingGuard = guard(),
  recordId = CONTACT_ID,
  objectApiName = 'Contact'
): Promise<HTMLElement> {
  mockGetGuard.mockResolvedValue(result);
  const element = mount(recordId, objectApiName);
  await flushPromises();
  return element;
}

/** Clicks a button and lets the re-render run. */
async function press(element: HTMLElement, dataId: string): Promise<void> {
  click(query(element, dataId));
  await flushPromises();
}

async function choose(element: HTMLElement, value: string): Promise<void> {
  changeValue(query(element, 'tracking-input'), value);
  await flushPromises();
}

/** Opens the editor and chooses Inactive. */
async function editToInactive(element: HTMLElement): Promise<void> {
  await press(element, 'edit');
  await choose(element, 'Inactive');
}

describe('c-nipr-tracking-editor', () => {
  afterEach(() => {
    resetDom();
    navigationMock.resetNavigation();
    jest.clearAllMocks();
  });

  it('shows a spinner while the tracking loads', async () => {
    mockGetGuard.mockReturnValue(new Promise(() => undefined));
    const element = mount();
    await flushPromises();

    expect(query(element, 'loading')).not.toBeNull();
    expect(mockGetGuard).toHaveBeenCalledWith({ recordId: CONTACT_ID });
  });

  it('shows the load error', async () => {
    mockGetGuard.mockRejectedValue({ body: { message: 'Record not found.' } });
    const element = mount();
    await flushPromises();

    expect(text(shownError(element, 'load-error'))).toBe('Record not found.');
    expect(query(element, 'edit')).toBeNull();
  });

  it('shows the tracking with a pencil to edit it', async () => {
    const element = await createComponent();

    expect(text(query(element, 'tracking'))).toBe('Active');
    expect(query(element, 'edit')?.alternativeText).toBe('Edit NIPR Tracking');
    expect(query(element, 'tracking-input')).toBeNull();
  });

  it('offers Active and Inactive, starting from the current value', async () => {
    const element = await createComponent();
    await press(element, 'edit');

    const input = query(element, 'tracking-input');
    expect(input?.value).toBe('Active');
    expect(input?.options.map((option) => option.value)).toEqual(['Active', 'Inactive']);
    expect(query(element, 'edit')).toBeNull();
    expect(query(element, 'explanation')).toBeNull();
  });

  it('explains Inactive and saves it through LDS', async () => {
    const element = await createComponent();
    const toast = listen(element, 'lightning__showtoast');
    const refresh = listen(element, 'lightning__refresh');
    await editToInactive(element);

    expect(text(query(element, 'explanation'))).toBe(
      'Setting NIPR tracking Inactive stops NIPR monitoring and billing for Pat Producer. The data is kept for audit.'
    );
    expect(query(element, 'save')?.disabled).toBe(false);

    await press(element, 'save');

    expect(mockUpdateRecord).toHaveBeenCalledWith({ fields: { Id: CONTACT_ID, NIPR_Tracking__c: 'Inactive' } });
    expect(text(query(element, 'tracking'))).toBe('Inactive');
    expect(query(element, 'tracking-input')).toBeNull();
    expect(toast.mock.calls[0][0].detail).toEqual({
      title: 'NIPR tracking set Inactive',
      message: 'NIPR tracking of Pat Producer is now Inactive.',
      variant: 'success'
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(query(element, 'reminder')).toBeNull();
  });

  it('refuses Inactive while NIPR transactions are open, naming them', async () => {
    const element = await createComponent(
      guard({ openTransactions: [{ id: 'a01', name: 'NTX-000001', state: 'TX', status: 'Submitted' }] })
    );
    await editToInactive(element);

    expect(text(shownError(element, 'blocked'))).toBe(
      'NIPR tracking of Pat Producer cannot be set Inactive while NIPR transactions are open: NTX-000001 (TX, Submitted). Submit or cancel them on the NIPR Transactions page first.'
    );
    expect(query(element, 'save')?.disabled).toBe(true);

    await press(element, 'save');
    expect(mockUpdateRecord).not.toHaveBeenCalled();

    await choose(element, 'Active');
    expect(shownError(element, 'blocked')).toBeNull();
  });

  it('warns while appointments are active but lets Inactive be saved', async () => {
    const element = await createComponent(guard({ activeAppointments: 2 }));
    await editToInactive(element);

    expect(text(query(element, 'warning'))).toBe(
      'Pat Producer still has 2 active appointments. Terminate them first: with tracking Inactive they cannot be terminated from here.'
    );
    expect(query(element, 'save')?.disabled).toBe(false);
  });

  it('shows the error of the server guard and stays in edit', async () => {
    const element = await createComponent();
    mockUpdateRecord.mockRejectedValueOnce({
      body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: { errors: [{ message: 'NIPR tracking cannot be set Inactive: NTX-000009 (FL, Draft) is open.' }] }
      }
    });
    await editToInactive(element);
    await press(element, 'save');

    expect(text(shownError(element, 'save-error'))).toBe(
      'NIPR tracking cannot be set Inactive: NTX-000009 (FL, Draft) is open.'
    );
    expect(query(element, 'tracking-input')).not.toBeNull();
    expect(query(element, 'save')?.disabled).toBe(false);

    await choose(element, 'Active');
    expect(shownError(element, 'save-error')).toBeNull();
  });

  it('reminds to disable the portal user after saving Inactive', async () => {
    const element = await createComponent(guard({ portalUserEnabled: true }));
    await editToInactive(element);
    await press(element, 'save');

    expect(text(query(element, 'reminder'))).toContain(
      "Now disable the portal user of Pat Producer to free the portal seat (Disable Customer User action on the producer's Contact page)."
    );
    expect(query(element, 'open-contact')).toBeNull();

    await press(element, 'dismiss');
    expect(query(element, 'reminder')).toBeNull();
  });

  it('links a User record to the producer Contact that carries the action', async () => {
    const element = await createComponent(
      guard({ recordId: USER_ID, objectApiName: 'User', portalUserEnabled: true }),
      USER_ID,
      'User'
    );
    await editToInactive(element);
    await press(element, 'save');

    expect(mockUpdateRecord).toHaveBeenCalledWith({ fields: { Id: USER_ID, NIPR_Tracking__c: 'Inactive' } });
    await press(element, 'open-contact');
    expect(navigationMock.getNavigateCalledWith().pageReference).toEqual({
      type: 'standard__recordPage',
      attributes: { recordId: CONTACT_ID, objectApiName: 'Contact', actionName: 'view' }
    });
  });

  it('saves Active without guards', async () => {
    const element = await createComponent(
      guard({ tracking: 'Inactive', openTransactions: [{ id: 'a01', name: 'NTX-1', status: 'Draft' }] })
    );
    await press(element, 'edit');
    await choose(element, 'Active');

    expect(shownError(element, 'blocked')).toBeNull();
    expect(query(element, 'explanation')).toBeNull();
    await press(element, 'save');
    expect(mockUpdateRecord).toHaveBeenCalledWith({ fields: { Id: CONTACT_ID, NIPR_Tracking__c: 'Active' } });
  });

  it('closes without saving when nothing changed or on Cancel', async () => {
    const element = await createComponent();
    await press(element, 'edit');
    await press(element, 'save');
    expect(query(element, 'tracking-input')).toBeNull();

    await editToInactive(element);
    await press(element, 'cancel');
    expect(query(element, 'tracking-input')).toBeNull();
    expect(text(query(element, 'tracking'))).toBe('Active');
    expect(mockUpdateRecord).not.toHaveBeenCalled();
  });

  it('saves once for a double click', async () => {
    const element = await createComponent();
    mockUpdateRecord.mockReturnValueOnce(new Promise(() => undefined));
    await editToInactive(element);

    query(element, 'save')?.dispatchEvent(new CustomEvent('click'));
    query(element, 'save')?.dispatchEvent(new CustomEvent('click'));
    await flushPromises();

    expect(mockUpdateRecord).toHaveBeenCalledTimes(1);
    expect(query(element, 'saving')).not.toBeNull();
    expect(query(element, 'save')?.disabled).toBe(true);
  });

  it('hides the pencil when the server says the record cannot be managed', async () => {
    const element = await createComponent(guard({ canManage: false }));

    expect(text(query(element, 'tracking'))).toBe('Active');
    expect(query(element, 'edit')).toBeNull();
  });

  it('reloads when the tracking changes elsewhere on the page', async () => {
    const element = await createComponent();
    expect(getRecordAdapter.getLastConfig()).toEqual({
      recordId: CONTACT_ID,
      optionalFields: [{ objectApiName: 'Contact', fieldApiName: 'NIPR_Tracking__c' }]
    });

    getRecordAdapter.emit({ id: CONTACT_ID, apiName: 'Contact', fields: { NIPR_Tracking__c: { value: 'Active' } } });
    await flushPromises();
    expect(mockGetGuard).toHaveBeenCalledTimes(1);

    mockGetGuard.mockResolvedValue(guard({ tracking: 'Inactive' }));
    getRecordAdapter.emit({
      id: CONTACT_ID,
      apiName: 'Contact',
      fields: { NIPR_Tracking__c: { value: 'Inactive' } }
    });
    await flushPromises();

    expect(mockGetGuard).toHaveBeenCalledTimes(2);
    expect(text(query(element, 'tracking'))).toBe('Inactive');
  });

  it('reloads on a RefreshEvent and stops listening when removed', async () => {
    const element = await createComponent();
    const [, handler] = jest.mocked(registerRefreshHandler).mock.calls[0] ?? [];
    mockGetGuard.mockResolvedValue(guard({ portalUserEnabled: true }));

    await expect(handler?.()).resolves.toBe(true);
    expect(mockGetGuard).toHaveBeenCalledTimes(2);

    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledTimes(1);
  });

  it('is accessible', async () => {
    const element = await createComponent(
      guard({ activeAppointments: 1, openTransactions: [{ id: 'a01', name: 'NTX-1', state: 'TX', status: 'Draft' }] })
    );
    await editToInactive(element);

    await expect(element).toBeAccessible();
  });
});
