import * as navigation from 'lightning/navigation';
import { getRecord } from 'lightning/uiRecordApi';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import { refreshApex } from '@salesforce/apex';
import type { createApexTestWireAdapter, createLdsTestWireAdapter } from '@salesforce/wire-service-jest-util';
import getChecklist from '@salesforce/apex/OffboardingChecklistController.getChecklist';
import OffboardingChecklist from 'c/offboardingChecklist';
import { click, flushPromises, mountElement, query, queryAll, resetDom, shownError, text } from 'test-utils';

jest.mock(
  '@salesforce/apex/OffboardingChecklistController.getChecklist',
  () => {
    // A jest.mock factory runs before the imports, so it requires what it needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
// Every step's action granted (unmocked, a custom permission import is its name as a string); denied in
// offboardingChecklist.negative.test.ts.
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/Offboarding_Disable_Portal_User', () => ({ default: true }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: true }), { virtual: true });

type ApexWireMock = ReturnType<typeof createApexTestWireAdapter>;
type LdsWireMock = ReturnType<typeof createLdsTestWireAdapter>;
interface NavigationMock {
  getNavigateCalledWith(): { pageReference?: navigation.PageReference };
  resetNavigation(): void;
}

const checklistAdapter = getChecklist as unknown as ApexWireMock;
const getRecordAdapter = getRecord as unknown as LdsWireMock;
const navigationMock = navigation as unknown as NavigationMock;

const CONTACT_ID = '003000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';

function contactChecklist(overrides: Partial<Apex.ChecklistInfo> = {}): Apex.ChecklistInfo {
  return {
    recordId: CONTACT_ID,
    kind: 'individual',
    objectApiName: 'Contact',
    name: 'Pat Producer',
    appointments: { active: 2, pending: 1, terminated: 3 },
    portalUser: 'enabled',
    tracking: 'Active',
    ...overrides
  };
}

// ----------------------------------------------------------------------------------------------------------------
// Helpers

function mount(recordId = CONTACT_ID, objectApiName = 'Contact'): HTMLElement {
  return mountElement('c-offboarding-checklist', OffboardingChecklist, { recordId, objectApiName });
}

async function createComponent(
  data: Apex.ChecklistInfo = contactChecklist(),
  recordId = CONTACT_ID,
  objectApiName = 'Contact'
): Promise<HTMLElement> {
  const element = mount(recordId, objectApiName);
  checklistAdapter.emit(data);
  await flushPromises();
  return element;
}

function steps(element: HTMLElement): HTMLElement[] {
  return queryAll<HTMLElement>(element, 'step');
}

/** Per step: [state label, status, hint]. */
function stepTexts(element: HTMLElement): string[][] {
  return steps(element).map((step) => [
    text(step.querySelector('[data-id="state"]')),
    text(step.querySelector('[data-id="status"]')),
    text(step.querySelector('[data-id="hint"]'))
  ]);
}

function warningCodes(element: HTMLElement): string[] {
  return queryAll<HTMLElement>(element, 'warning').map((warning) => warning.dataset.code ?? '');
}

describe('c-offboarding-checklist', () => {
  afterEach(() => {
    resetDom();
    navigationMock.resetNavigation();
    jest.clearAllMocks();
  });

  it('shows a spinner until the checklist arrives', async () => {
    const element = mount();
    await flushPromises();

    expect(query(element, 'loading')).not.toBeNull();
    expect(checklistAdapter.getLastConfig()).toEqual({ recordId: CONTACT_ID });
  });

  it('shows the load error', async () => {
    const element = mount();
    checklistAdapter.error({ message: 'You do not have access to this Contact.' });
    await flushPromises();

    expect(text(shownError(element, 'error'))).toBe('You do not have access to this Contact.');
    expect(steps(element)).toHaveLength(0);
  });

  it('shows the three steps in order with their live state', async () => {
    const element = await createComponent();

    expect(steps(element).map((step) => step.dataset.step)).toEqual(['appointments', 'portalUser', 'tracking']);
    expect(stepTexts(element)).toEqual([
      [
        'Next step',
        '2 active, 1 pending termination, 3 terminated',
        'Terminate the 2 active appointments with the Terminate action in the page header, then submit them on the NIPR Transactions page.'
      ],
      ['Blocked', 'Portal user enabled', 'Terminate the active appointments first.'],
      [
        'Blocked',
        'NIPR tracking Active',
        'Finish the pending terminations first: NIPR tracking cannot be set Inactive while a NIPR transaction is open (Draft, Ready to Submit, Submitting, Submitted or Needs Attention). Follow them on the NIPR Transactions page.'
      ]
    ]);
    expect(text(query(element, 'summary'))).toBe('Next step: 1. Terminate the appointments');
    expect(steps(element)[0]?.className).toContain('step_current');
    expect(warningCodes(element)).toEqual([]);
  });

  it('states the tracking policy: with active appointments only, tracking is possible after a confirmation', async () => {
    const element = await createComponent(contactChecklist({ appointments: { active: 2, pending: 0, terminated: 0 } }));

    expect(stepTexts(element)[2]).toEqual([
      'To do',
      'NIPR tracking Active',
      'Terminate the active appointments first (recommended). NIPR tracking can be set Inactive before that only after you confirm: monitoring and billing stop, but the appointments stay on file with the states until they are terminated. It cannot be set Inactive while a NIPR transaction is open.'
    ]);
  });

  it('counts terminations recorded as filed outside NIPR (Terminated appointments) as done', async () => {
    const element = await createComponent(
      contactChecklist({ appointments: { active: 0, pending: 0, terminated: 3 }, portalUser: 'disabled' })
    );

    expect(stepTexts(element)[0]).toEqual([
      'Done',
      '0 active, 0 pending termination, 3 terminated',
      'Every appointment is terminated (3).'
    ]);
    expect(text(query(element, 'summary'))).toBe('Next step: 3. Stop NIPR tracking');
  });

  it('highlights disabling the portal user once only terminations are pending', async () => {
    const element = await createComponent(contactChecklist({ appointments: { active: 0, pending: 2, terminated: 1 } }));

    expect(stepTexts(element).map(([state]) => state)).toEqual(['To do', 'Next step', 'Blocked']);
    expect(steps(element)[1]?.className).toContain('step_current');
    expect(text(steps(element)[1]?.querySelector('[data-id="hint"]') ?? null)).toContain('Disable Customer User');
  });

  it('says the portal user can be disabled again when its last request never finished', async () => {
    // ChecklistInfo.portalUserRequestStale: the last Disable Customer User request is still Queued, its job ended.
    const stale: Apex.ChecklistInfo & { portalUserRequestStale?: boolean } = {
      ...contactChecklist({ appointments: { active: 0, pending: 1, terminated: 1 } }),
      portalUserRequestStale: true
    };
    const element = await createComponent(stale);

    expect(stepTexts(element)[1]).toEqual([
      'Next step',
      'Portal user enabled',
      'The last Disable Customer User request never finished: its job ended without recording an outcome. Disable the portal user again with the Disable Customer User action in the page header. This is permanent.'
    ]);
    expect(text(query(element, 'summary'))).toBe('Next step: 2. Disable the portal user');
    await expect(element).toBeAccessible();
  });

  it('keeps the usual hint when the last request is not stale', async () => {
    const element = await createComponent(contactChecklist({ appointments: { active: 0, pending: 1, terminated: 1 } }));

    expect(stepTexts(element)[1]?.[2]).toBe(
      'Disable the portal user with the Disable Customer User action in the page header. This is permanent.'
    );
  });

  it('says when the offboarding is complete', async () => {
    const element = await createComponent(
      contactChecklist({
        appointments: { active: 0, pending: 0, terminated: 4 },
        portalUser: 'disabled',
        tracking: 'Inactive'
      })
    );

    expect(stepTexts(element).map(([state]) => state)).toEqual(['Done', 'Done', 'Done']);
    expect(text(query(element, 'summary'))).toBe('Pat Producer is offboarded: every step is done.');
    expect(query(element, 'open-transactions')).toBeNull();
  });

  it('warns about steps done out of order', async () => {
    const element = await createComponent(
      contactChecklist({
        appointments: { active: 1, pending: 0, terminated: 0 },
        portalUser: 'disabled',
        tracking: 'Inactive'
      })
    );

    expect(warningCodes(element)).toEqual([
      'TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS',
      'PORTAL_USER_DISABLED_WITH_ACTIVE_APPOINTMENTS'
    ]);
    expect(text(query(element, 'warnings'))).toContain(
      'NIPR tracking is Inactive while 1 appointment is still active.'
    );
  });

  it('notes a portal user disabled while terminations are pending', async () => {
    const element = await createComponent(
      contactChecklist({ appointments: { active: 0, pending: 1, terminated: 0 }, portalUser: 'disabled' })
    );

    expect(warningCodes(element)).toEqual(['PORTAL_USER_DISABLED_WITH_PENDING_TERMINATIONS']);
    const note = query(element, 'warning');
    expect(note?.className).toContain('slds-scoped-notification_light');
  });

  it('opens the producer on the NIPR Transactions page', async () => {
    const element = await createComponent();

    click(query(element, 'open-transactions'));

    expect(navigationMock.getNavigateCalledWith().pageReference).toEqual({
      type: 'standard__navItemPage',
      attributes: { apiName: 'NIPR_Transactions' },
      state: { c__producerId: CONTACT_ID }
    });
  });

  it('shows a firm with its own appointments and the roll-up of its producers', async () => {
    const element = await createComponent(
      {
        recordId: ACCOUNT_ID,
        kind: 'firm',
        objectApiName: 'Account',
        name: 'Acme Agency',
        appointments: { active: 0, pending: 0, terminated: 2 },
        portalUser: 'none',
        tracking: 'Active',
        firmMembers: { producers: 5, withActiveAppointments: 2, withPortalUserEnabled: 1, trackingActive: 4 }
      },
      ACCOUNT_ID,
      'Account'
    );

    expect(stepTexts(element)[1]).toEqual([
      'Next step',
      "1 of the firm's 5 producers with an enabled portal user",
      "Disable the portal users of the firm's producers with the Disable Customer User action on each producer's page."
    ]);
    expect(text(query(element, 'firm-producers'))).toBe('5 producers (Contacts)');
    expect(text(query(element, 'firm-active'))).toBe('2 with active appointments');
    expect(text(query(element, 'firm-portal'))).toBe('1 with an enabled portal user');
    expect(text(query(element, 'firm-tracking'))).toBe('4 with NIPR tracking Active');
    expect(warningCodes(element)).toEqual(['FIRM_MEMBERS_WITH_ACTIVE_APPOINTMENTS']);
  });

  it('shows no roll-up for an individual producer', async () => {
    const element = await createComponent();

    expect(query(element, 'firm')).toBeNull();
  });

  it('reloads on a RefreshEvent and stops listening when removed', async () => {
    const element = await createComponent();
    const [, handler] = jest.mocked(registerRefreshHandler).mock.calls[0] ?? [];

    await expect(handler?.()).resolves.toBe(true);
    expect(refreshApex).toHaveBeenCalledTimes(1);

    document.body.removeChild(element);
    expect(unregisterRefreshHandler).toHaveBeenCalledTimes(1);
  });

  it('reloads when NIPR tracking changes through LDS', async () => {
    const element = await createComponent();
    expect(getRecordAdapter.getLastConfig()).toEqual({
      recordId: CONTACT_ID,
      optionalFields: [{ objectApiName: 'Contact', fieldApiName: 'NIPR_Tracking__c' }]
    });
    const record = (value: string) => ({
      id: CONTACT_ID,
      apiName: 'Contact',
      fields: { NIPR_Tracking__c: { value, displayValue: value } }
    });

    getRecordAdapter.emit(record('Active'));
    getRecordAdapter.emit(record('Active'));
    await flushPromises();
    expect(refreshApex).not.toHaveBeenCalled();

    getRecordAdapter.emit(record('Inactive'));
    await flushPromises();
    expect(refreshApex).toHaveBeenCalledTimes(1);

    checklistAdapter.emit(contactChecklist({ tracking: 'Inactive' }));
    await flushPromises();
    expect(text(steps(element)[2]?.querySelector('[data-id="status"]') ?? null)).toBe('NIPR tracking Inactive');
  });

  it('is accessible', async () => {
    const element = await createComponent(
      contactChecklist({ appointments: { active: 1, pending: 1, terminated: 0 }, portalUser: 'disabled' })
    );

    await expect(element).toBeAccessible();
  });
});
