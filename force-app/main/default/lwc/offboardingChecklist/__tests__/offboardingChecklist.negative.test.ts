// Without the custom permissions of the three step actions (Offboarding_Terminate, Offboarding_Disable_Portal_User,
// Offboarding_Manage_Tracking): the steps keep their state, and the next step's hint names the permission it needs
// and whom to ask instead of pointing at an action the user does not have.
import type { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
import getChecklist from '@salesforce/apex/OffboardingChecklistController.getChecklist';
import OffboardingChecklist from 'c/offboardingChecklist';
import { flushPromises, mountElement, query, queryAll, resetDom, text } from 'test-utils';

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
jest.mock('@salesforce/customPermission/Offboarding_Terminate', () => ({ default: false }), { virtual: true });
jest.mock('@salesforce/customPermission/Offboarding_Disable_Portal_User', () => ({ default: false }), {
  virtual: true
});
jest.mock('@salesforce/customPermission/Offboarding_Manage_Tracking', () => ({ default: false }), { virtual: true });

type ApexWireMock = ReturnType<typeof createApexTestWireAdapter>;

const checklistAdapter = getChecklist as unknown as ApexWireMock;

const CONTACT_ID = '003000000000001AAA';

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

async function createComponent(data: Apex.ChecklistInfo = contactChecklist()): Promise<HTMLElement> {
  const element = mountElement('c-offboarding-checklist', OffboardingChecklist, {
    recordId: CONTACT_ID,
    objectApiName: 'Contact'
  });
  checklistAdapter.emit(data);
  await flushPromises();
  return element;
}

/** Per step: [state label, hint]. */
function stepTexts(element: HTMLElement): string[][] {
  return queryAll<HTMLElement>(element, 'step').map((step) => [
    text(step.querySelector('[data-id="state"]')),
    text(step.querySelector('[data-id="hint"]'))
  ]);
}

describe('c-offboarding-checklist without the step permissions', () => {
  afterEach(() => {
    resetDom();
    jest.clearAllMocks();
  });

  it('says terminating needs the Offboarding Terminate permission', async () => {
    const element = await createComponent();

    expect(stepTexts(element)).toEqual([
      [
        'Next step',
        'Terminating appointments needs the Offboarding Terminate permission (Offboarding User permission set). Ask a licensing specialist or your Salesforce administrator.'
      ],
      ['Blocked', 'Terminate the active appointments first.'],
      [
        'Blocked',
        'Finish the pending terminations first: NIPR tracking cannot be set Inactive while a NIPR transaction is open (Draft, Ready to Submit, Submitting, Submitted or Needs Attention). Follow them on the NIPR Transactions page.'
      ]
    ]);
    expect(text(query(element, 'summary'))).toBe('Next step: 1. Terminate the appointments');
    expect(text(query(element, 'step'))).not.toContain('Terminate action');
  });

  it('says disabling the portal user needs the Offboarding Disable Portal User permission', async () => {
    const element = await createComponent(contactChecklist({ appointments: { active: 0, pending: 2, terminated: 1 } }));

    expect(stepTexts(element)[1]).toEqual([
      'Next step',
      'Disabling portal users needs the Offboarding Disable Portal User permission (Offboarding Admin permission set) and the Manage External Users permission. Ask your Salesforce administrator.'
    ]);
  });

  it('says stopping NIPR tracking needs the Offboarding Manage Tracking permission', async () => {
    const element = await createComponent(
      contactChecklist({ appointments: { active: 0, pending: 0, terminated: 3 }, portalUser: 'none' })
    );

    expect(stepTexts(element)).toEqual([
      ['Done', 'Every appointment is terminated (3).'],
      ['Done', 'There is no portal user to disable.'],
      [
        'Next step',
        'Setting NIPR tracking Inactive needs the Offboarding Manage Tracking permission (Offboarding Admin permission set). Ask your Salesforce administrator.'
      ]
    ]);
    expect(text(query(element, 'summary'))).toBe('Next step: 3. Stop NIPR tracking');
  });

  it('is accessible', async () => {
    const element = await createComponent();

    await expect(element).toBeAccessible();
  });
});
