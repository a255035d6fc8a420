import * as navigation from 'lightning/navigation';
import { getRecord, notifyRecordUpdateAvailable, updateRecord } from 'lightning/uiRecordApi';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import type { createLdsTestWireAdapter } from '@salesforce/wire-service-jest-util';
import getTrackingGuard from '@salesforce/apex/NiprTrackingController.getTrackingGuard';
import previewDeactivation from '@salesforce/apex/NiprTrackingController.previewDeactivation';
import deactivateTracking from '@salesforce/apex/NiprTrackingController.deactivateTracking';
import NiprTrackingEditor from 'c/niprTrackingEditor';
import {
  changeChecked,
  changeValue,
  click,
  flushPromises,
  listen,
  mountElement,
  query,
  queryAll,
  resetDom,
  shownError,
  text
} from 'test-utils';

jest.mock('@salesforce/apex/NiprTrackingController.getTrackingGuard', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.previewDeactivation', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/NiprTrackingController.deactivateTracking', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: true }), { virtual: true });

interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}

type LdsWireMock = ReturnType<typeof createLdsTestWireAdapter>;

const mockGetGuard = jest.mocked(getTrackingGuard);
const mockPreview = jest.mocked(previewDeactivation);
const mockDeactivate = jest.mocked(deactivateTracking);
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

const ALLOWED: Apex.TrackingPreview = {
  id: CONTACT_ID,
  name: 'Pat Producer',
  decision: 'allowed',
  activeAppointments: [],
  openTransactions: [],
  message:
    'Setting NIPR tracking Inactive stops NIPR monitoring and billing for Pat Producer. The data is kept for audit.',
  summary: 'Set Inactive'
};
const REFUSAL =
  "NIPR tracking of Pat Producer cannot be set Inactive while NIPR transactions are open. NTX-000001 (Texas) is Submitted: wait for NIPR's answer; Refresh status. Follow it on the NIPR Transactions page first.";
const REFUSED: Apex.TrackingPreview = {
  ...ALLOWED,
  decision: 'refused',
  openTransactions: [{ id: 'a01', name: 'NTX-000001', state: 'TX', stateName: 'Texas', status: 'Submitted' }],
  message: REFUSAL,
  summary: `Refused: ${REFUSAL}`
};
const CONFIRM_MESSAGE =
  'Pat Producer still has 2 active appointments: Alaska (Acme Life Insurance Company) and New York (Beacon Mutual). Setting NIPR tracking Inactive stops NIPR monitoring and billing, but the appointments stay on file with the states: the producer remains appointed until they are terminated. Confirm to set it Inactive anyway.';
const NEEDS_CONFIRMATION: Apex.TrackingPreview = {
  ...ALLOWED,
  decision: 'needsConfirmation',
  activeAppointments: [
    { id: 'a0A1', state: 'AK', stateName: 'Alaska', company: 'Acme Life Insurance Company' },
    { id: 'a0A2', state: 'NY', stateName: 'New York', company: 'Beacon Mutual' }
  ],
  message: CONFIRM_MESSAGE,
  summary: 'Needs confirmation: 2 active appointments (…)'
};
function done(id = CONTACT_ID): Apex.BulkTrackingResult {
  return { done: [{ id, name: 'Pat Producer', outcome: 'done' }], skipped: [], failed: [] };
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
  mockPreview.mockResolvedValue([{ ...ALLOWED, id: recordId }]);
  mockDeactivate.mockResolvedValue(done(recordId));
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

  it('asks the server for the policy, explains Inactive and saves it through the server', async () => {
    const element = await createComponent();
    const toast = listen(element, 'lightning__showtoast');
    const refresh = listen(element, 'lightning__refresh');
    await editToInactive(element);

    expect(mockPreview).toHaveBeenCalledWith({ recordIds: [CONTACT_ID] });
    expect(text(query(element, 'explanation'))).toBe(ALLOWED.message);
    expect(query(element, 'confirm-panel')).toBeNull();
    expect(query(element, 'save')?.disabled).toBe(false);

    await press(element, 'save');

    expect(mockDeactivate).toHaveBeenCalledWith({ recordIds: [CONTACT_ID], confirmActiveAppointments: false });
    expect(mockUpdateRecord).not.toHaveBeenCalled();
    expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: CONTACT_ID }]);
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

  it('shows the refusal panel while NIPR transactions are open, naming them with what to do', async () => {
    const element = await createComponent(
      guard({ openTransactions: [{ id: 'a01', name: 'NTX-000001', state: 'TX', status: 'Submitted' }] })
    );
    mockPreview.mockResolvedValue([REFUSED]);
    await editToInactive(element);

    expect(text(shownError(element, 'blocked'))).toBe(REFUSAL);
    expect(text(shownError(element, 'blocked'))).not.toContain('cancel');
    expect(query(element, 'save')?.disabled).toBe(true);

    await press(element, 'save');
    expect(mockDeactivate).not.toHaveBeenCalled();

    await choose(element, 'Active');
    expect(shownError(element, 'blocked')).toBeNull();
  });

  it('asks for a confirmation listing the active appointments, then saves with it', async () => {
    const element = await createComponent(guard({ activeAppointments: 2 }));
    mockPreview.mockResolvedValue([NEEDS_CONFIRMATION]);
    await editToInactive(element);

    expect(text(query(element, 'confirm-message'))).toBe(CONFIRM_MESSAGE);
    expect(queryAll(element, 'active-appointment').map((item) => text(item))).toEqual([
      'Alaska: Acme Life Insurance Company',
      'New York: Beacon Mutual'
    ]);
    expect(query(element, 'confirm-active')?.label).toBe(
      'I confirm: set NIPR tracking Inactive although these 2 appointments stay on file with the states (the producer remains appointed until terminated).'
    );
    expect(query(element, 'save')?.disabled).toBe(true);

    changeChecked(query(element, 'confirm-active'), true);
    await flushPromises();
    expect(query(element, 'save')?.disabled).toBe(false);

    await press(element, 'save');
    expect(mockDeactivate).toHaveBeenCalledWith({ recordIds: [CONTACT_ID], confirmActiveAppointments: true });
    expect(text(query(element, 'tracking'))).toBe('Inactive');
  });

  it('asks again after choosing Active then Inactive (the confirmation is not kept)', async () => {
    const element = await createComponent(guard({ activeAppointments: 2 }));
    mockPreview.mockResolvedValue([NEEDS_CONFIRMATION]);
    await editToInactive(element);
    changeChecked(query(element, 'confirm-active'), true);
    await flushPromises();
    await choose(element, 'Active');
    await choose(element, 'Inactive');

    expect(mockPreview).toHaveBeenCalledTimes(2);
    expect(query(element, 'confirm-active')?.checked).toBe(false);
    expect(query(element, 'save')?.disabled).toBe(true);
  });

  it('shows the server refusal of the save and stays in edit', async () => {
    const element = await createComponent();
    mockDeactivate.mockResolvedValueOnce({
      done: [],
      skipped: [{ id: CONTACT_ID, name: 'Pat Producer', outcome: 'skipped', reason: REFUSAL }],
      failed: []
    });
    await editToInactive(element);
    await press(element, 'save');

    expect(text(shownError(element, 'save-error'))).toBe(REFUSAL);
    expect(query(element, 'tracking-input')).not.toBeNull();
    expect(query(element, 'save')?.disabled).toBe(false);

    await choose(element, 'Active');
    expect(shownError(element, 'save-error')).toBeNull();
  });

  it('shows a preview that failed to load and keeps Save disabled', async () => {
    const element = await createComponent();
    mockPreview.mockRejectedValueOnce({ body: { message: 'NIPR tracking could not be loaded: no access.' } });
    await editToInactive(element);

    expect(text(shownError(element, 'preview-error'))).toBe('NIPR tracking could not be loaded: no access.');
    expect(query(element, 'save')?.disabled).toBe(true);
  });

  it('shows an error of the save request and stays in edit', async () => {
    const element = await createComponent();
    mockDeactivate.mockRejectedValueOnce({ body: { message: 'NIPR tracking could not be changed: try again.' } });
    await editToInactive(element);
    await press(element, 'save');

    expect(text(shownError(element, 'save-error'))).toBe('NIPR tracking could not be changed: try again.');
    expect(query(element, 'tracking-input')).not.toBeNull();
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

    expect(mockDeactivate).toHaveBeenCalledWith({ recordIds: [USER_ID], confirmActiveAppointments: false });
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
    expect(mockDeactivate).not.toHaveBeenCalled();
  });

  it('saves once for a double click', async () => {
    const element = await createComponent();
    await editToInactive(element);
    mockDeactivate.mockReturnValueOnce(new Promise(() => undefined));

    query(element, 'save')?.dispatchEvent(new CustomEvent('click'));
    query(element, 'save')?.dispatchEvent(new CustomEvent('click'));
    await flushPromises();

    expect(mockDeactivate).toHaveBeenCalledTimes(1);
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

  it('is accessible with the refusal panel', async () => {
    const element = await createComponent(
      guard({ activeAppointments: 1, openTransactions: [{ id: 'a01', name: 'NTX-1', state: 'TX', status: 'Draft' }] })
    );
    mockPreview.mockResolvedValue([REFUSED]);
    await editToInactive(element);

    await expect(element).toBeAccessible();
  });

  it('is accessible with the confirmation panel', async () => {
    const element = await createComponent(guard({ activeAppointments: 2 }));
    mockPreview.mockResolvedValue([NEEDS_CONFIRMATION]);
    await editToInactive(element);

    expect(query(element, 'confirm-panel')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
