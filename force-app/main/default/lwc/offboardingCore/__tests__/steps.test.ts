import {
  ALL_STEP_PERMISSIONS,
  NAMED_TRANSACTIONS,
  andList,
  confirmationMatches,
  fromApexChecklist,
  fromApexPortalUser,
  fromApexRequest,
  fromApexTrackingGuard,
  offboardingSteps,
  plural,
  portalUserAvailability,
  recordErrorMessages,
  recordErrorText,
  stepMessages,
  toTrackingValue,
  trackingChangeGuard
} from '../offboardingCore';
import type {
  Checklist,
  OpenTransaction,
  PortalUser,
  PortalUserUnavailableReason,
  StepId,
  StepPermissions,
  StepState,
  StepWarningCode,
  TrackingGuard
} from '../offboardingCore';

// ----------------------------------------------------------------------------------------------------------------
// Fixtures

function individual(overrides: Partial<Checklist> = {}): Checklist {
  return {
    kind: 'individual',
    name: 'Pat Producer',
    appointments: { active: 0, pending: 0, terminated: 0 },
    portalUser: 'enabled',
    tracking: 'Active',
    firmMembers: null,
    portalUserRequestStale: false,
    ...overrides
  };
}

function counts(active: number, pending: number, terminated = 0): Checklist['appointments'] {
  return { active, pending, terminated };
}

function firm(overrides: Partial<Checklist> = {}): Checklist {
  return individual({
    kind: 'firm',
    name: 'Acme Agency',
    portalUser: 'none',
    firmMembers: { producers: 4, withActiveAppointments: 0, withPortalUserEnabled: 0, trackingActive: 0 },
    ...overrides
  });
}

function guard(overrides: Partial<TrackingGuard> = {}): TrackingGuard {
  return {
    objectApiName: 'Contact',
    recordName: 'Pat Producer',
    tracking: 'Active',
    canManage: true,
    openTransactions: [],
    activeAppointments: 0,
    portalUserEnabled: false,
    portalContactId: '003000000000001AAA',
    ...overrides
  };
}

function transaction(index: number, state = 'TX', status = 'Submitted'): OpenTransaction {
  return { id: `a01${index}`, name: `NTX-00000${index}`, state, status };
}

function portalUser(overrides: Partial<PortalUser> = {}): PortalUser {
  return {
    contactId: '003000000000001AAA',
    contactName: 'Pat Producer',
    userId: '005000000000001AAA',
    username: 'pat@example.com.portal',
    profileName: 'Customer Community User',
    lastLogin: '2026-03-01T15:00:00.000Z',
    isPortalEnabled: true,
    isActive: true,
    canDisable: true,
    unavailableReason: '',
    activeAppointments: 0,
    pendingTerminations: 0,
    lastRequest: null,
    lastRequestStale: false,
    staleMessage: null,
    ...overrides
  };
}

const states = (checklist: Checklist): StepState[] => offboardingSteps(checklist).steps.map((step) => step.state);
const codes = (checklist: Checklist): StepWarningCode[] =>
  offboardingSteps(checklist).warnings.map((warning) => warning.code);

// ----------------------------------------------------------------------------------------------------------------
// offboardingSteps

describe('offboardingSteps', () => {
  it('lists the three steps in order', () => {
    const plan = offboardingSteps(individual({ appointments: counts(2, 1, 3) }));

    expect(plan.steps.map((step) => [step.number, step.id, step.title])).toEqual([
      [1, 'appointments', 'Terminate the appointments'],
      [2, 'portalUser', 'Disable the portal user'],
      [3, 'tracking', 'Stop NIPR tracking']
    ]);
    expect(plan.steps.map((step) => step.status)).toEqual([
      '2 active, 1 pending termination, 3 terminated',
      'Portal user enabled',
      'NIPR tracking Active'
    ]);
  });

  it.each<[string, Checklist, StepId | null, StepState[]]>([
    [
      'active appointments: terminate first (tracking only after a confirmation: to do, not blocked)',
      individual({ appointments: counts(2, 0) }),
      'appointments',
      ['current', 'blocked', 'todo']
    ],
    [
      'pending and portal enabled: disabling is safe',
      individual({ appointments: counts(0, 2) }),
      'portalUser',
      ['todo', 'current', 'blocked']
    ],
    [
      'pending, portal disabled: wait for NIPR',
      individual({ appointments: counts(0, 2), portalUser: 'disabled' }),
      'appointments',
      ['current', 'done', 'blocked']
    ],
    [
      'terminated, portal enabled: disable it',
      individual({ appointments: counts(0, 0, 3) }),
      'portalUser',
      ['done', 'current', 'todo']
    ],
    [
      'terminated, no portal user: stop tracking',
      individual({ appointments: counts(0, 0, 3), portalUser: 'none' }),
      'tracking',
      ['done', 'done', 'current']
    ],
    ['everything done', individual({ portalUser: 'disabled', tracking: 'Inactive' }), null, ['done', 'done', 'done']],
    [
      'tracking stopped first (out of order)',
      individual({ appointments: counts(1, 0), portalUser: 'none', tracking: 'Inactive' }),
      'appointments',
      ['current', 'done', 'done']
    ],
    [
      'portal disabled first (out of order)',
      individual({ appointments: counts(1, 1), portalUser: 'disabled' }),
      'appointments',
      ['current', 'done', 'blocked']
    ],
    [
      'firm with active appointments',
      firm({ appointments: counts(1, 0) }),
      'appointments',
      ['current', 'done', 'todo']
    ],
    [
      'firm whose producers keep portal users',
      firm({ firmMembers: { producers: 3, withActiveAppointments: 0, withPortalUserEnabled: 2, trackingActive: 3 } }),
      'portalUser',
      ['done', 'current', 'todo']
    ],
    ['firm done', firm({ tracking: 'Inactive' }), null, ['done', 'done', 'done']]
  ])('%s', (_name, checklist, next, expected) => {
    const plan = offboardingSteps(checklist);

    expect(plan.next).toBe(next);
    expect(states(checklist)).toEqual(expected);
    expect(plan.steps.filter((step) => step.state === 'current').map((step) => step.id)).toEqual(next ? [next] : []);
  });

  it('counts terminations recorded as filed outside NIPR (appointment Terminated) as done', () => {
    // A termination filed on a state portal or on paper (status Filed Outside NIPR) leaves the appointment
    // Terminated, like one NIPR accepted: step 1 is done and tracking is the next step once the portal user is gone.
    const plan = offboardingSteps(individual({ appointments: counts(0, 0, 3), portalUser: 'disabled' }));
    expect(plan.steps[0]?.state).toBe('done');
    expect(plan.steps[0]?.hint).toBe(stepMessages.appointmentsDone(3));
    expect(plan.next).toBe('tracking');
    expect(plan.steps[2]?.hint).toBe(stepMessages.setTrackingInactive);
  });

  it('states the tracking policy in the checklist', () => {
    expect(stepMessages.finishTerminationsFirst).toContain('cannot be set Inactive while a NIPR transaction is open');
    expect(stepMessages.terminateBeforeTracking).toContain('only after you confirm');
    expect(stepMessages.terminateBeforeTracking).toContain('stay on file with the states');
    expect(stepMessages.finishTerminationsFirst).not.toContain('while appointments are active');
  });

  it.each<[string, Checklist, string[]]>([
    [
      'terminate',
      individual({ appointments: counts(1, 0) }),
      [stepMessages.terminate(1), stepMessages.terminateFirst, stepMessages.terminateBeforeTracking]
    ],
    [
      'wait for NIPR, disable now',
      individual({ appointments: counts(0, 2, 1) }),
      [stepMessages.waitForNipr(2), stepMessages.disablePortalUser, stepMessages.finishTerminationsFirst]
    ],
    [
      'disable, then tracking',
      individual({ appointments: counts(0, 0, 2) }),
      ['Every appointment is terminated (2).', stepMessages.disablePortalUser, stepMessages.disablePortalUserFirst]
    ],
    [
      'no portal user, stop tracking',
      individual({ portalUser: 'none' }),
      [
        'No active or pending appointments to terminate.',
        'There is no portal user to disable.',
        stepMessages.setTrackingInactive
      ]
    ],
    [
      'all done',
      individual({ portalUser: 'disabled', tracking: 'Inactive' }),
      [stepMessages.appointmentsDone(0), 'The portal user is disabled.', stepMessages.trackingDone]
    ],
    [
      'firm portal users',
      firm({ firmMembers: { producers: 2, withActiveAppointments: 0, withPortalUserEnabled: 1, trackingActive: 0 } }),
      [stepMessages.appointmentsDone(0), stepMessages.disableFirmPortalUsers, stepMessages.disablePortalUserFirst]
    ],
    [
      'firm without portal users',
      firm(),
      [stepMessages.appointmentsDone(0), stepMessages.firmPortalUsersDone, stepMessages.setTrackingInactive]
    ]
  ])('hints: %s', (_name, checklist, hints) => {
    expect(offboardingSteps(checklist).steps.map((step) => step.hint)).toEqual(hints);
  });

  const withoutPermission = (missing: keyof StepPermissions): StepPermissions => ({
    ...ALL_STEP_PERMISSIONS,
    [missing]: false
  });

  it.each<[string, Checklist]>([
    ['active appointments', individual({ appointments: counts(2, 1, 3) })],
    ['pending, portal enabled', individual({ appointments: counts(0, 2) })],
    ['pending, portal disabled', individual({ appointments: counts(0, 2), portalUser: 'disabled' })],
    ['stop tracking', individual({ portalUser: 'none' })],
    ['all done', individual({ portalUser: 'disabled', tracking: 'Inactive' })],
    [
      'firm portal users',
      firm({ firmMembers: { producers: 2, withActiveAppointments: 1, withPortalUserEnabled: 1, trackingActive: 2 } })
    ]
  ])('with every permission, the plan is the default one: %s', (_name, checklist) => {
    expect(offboardingSteps(checklist, { terminate: true, disablePortalUser: true, manageTracking: true })).toEqual(
      offboardingSteps(checklist)
    );
  });

  it.each<[string, Checklist, keyof StepPermissions, StepId, string]>([
    [
      'step 1 without Terminate',
      individual({ appointments: counts(2, 1) }),
      'terminate',
      'appointments',
      stepMessages.terminateNoPermission
    ],
    [
      'step 1 of a firm without Terminate',
      firm({ appointments: counts(1, 0) }),
      'terminate',
      'appointments',
      stepMessages.terminateNoPermission
    ],
    [
      'step 2 without Disable Portal User',
      individual({ appointments: counts(0, 2) }),
      'disablePortalUser',
      'portalUser',
      stepMessages.disablePortalUserNoPermission
    ],
    [
      'step 2 of a firm without Disable Portal User',
      firm({ firmMembers: { producers: 3, withActiveAppointments: 0, withPortalUserEnabled: 2, trackingActive: 3 } }),
      'disablePortalUser',
      'portalUser',
      stepMessages.disablePortalUserNoPermission
    ],
    [
      'step 3 without Manage Tracking',
      individual({ appointments: counts(0, 0, 2), portalUser: 'none' }),
      'manageTracking',
      'tracking',
      stepMessages.manageTrackingNoPermission
    ]
  ])('%s: the next step keeps its state and names the permission', (_name, checklist, missing, step, hint) => {
    const granted = offboardingSteps(checklist);
    const denied = offboardingSteps(checklist, withoutPermission(missing));

    expect(granted.next).toBe(step);
    expect(denied.next).toBe(step);
    expect(denied.warnings).toEqual(granted.warnings);
    expect(denied.steps).toEqual(
      granted.steps.map((expected) => (expected.id === step ? { ...expected, hint } : expected))
    );
    expect(denied.steps.find((found) => found.id === step)?.state).toBe('current');
  });

  it.each<[string, Checklist, keyof StepPermissions]>([
    ['step 1 waiting for NIPR', individual({ appointments: counts(0, 2), portalUser: 'disabled' }), 'terminate'],
    ['step 1 done', individual({ appointments: counts(0, 0, 2) }), 'terminate'],
    ['step 2 blocked', individual({ appointments: counts(1, 0) }), 'disablePortalUser'],
    ['step 2 done', individual({ portalUser: 'disabled' }), 'disablePortalUser'],
    ['step 3 blocked', individual({ appointments: counts(0, 1), portalUser: 'none' }), 'manageTracking'],
    ['step 3 after step 2', individual({ appointments: counts(0, 0, 1) }), 'manageTracking'],
    ['step 3 done', individual({ portalUser: 'disabled', tracking: 'Inactive' }), 'manageTracking']
  ])('%s: a missing permission changes nothing', (_name, checklist, missing) => {
    expect(offboardingSteps(checklist, withoutPermission(missing))).toEqual(offboardingSteps(checklist));
  });

  it('says which permission a step needs and whom to ask', () => {
    expect(stepMessages.terminateNoPermission).toBe(
      'Terminating appointments needs the Offboarding Terminate permission (Offboarding User permission set). Ask a licensing specialist or your Salesforce administrator.'
    );
    expect(stepMessages.disablePortalUserNoPermission).toContain('Offboarding Disable Portal User permission');
    expect(stepMessages.disablePortalUserNoPermission).toContain('Ask your Salesforce administrator.');
    expect(stepMessages.manageTrackingNoPermission).toContain('Offboarding Manage Tracking permission');
    expect(stepMessages.manageTrackingNoPermission).toContain('Ask your Salesforce administrator.');
  });

  it('says what to do in plain words', () => {
    expect(stepMessages.terminate(2)).toBe(
      'Terminate the 2 active appointments with the Terminate action in the page header, then submit them on the NIPR Transactions page.'
    );
    expect(stepMessages.waitForNipr(1)).toBe(
      '1 termination is waiting for NIPR. Submit and follow it on the NIPR Transactions page.'
    );
  });

  it('says a portal user whose last request never finished can be disabled again', () => {
    const stale = offboardingSteps(individual({ appointments: counts(0, 1), portalUserRequestStale: true }));
    const fresh = offboardingSteps(individual({ appointments: counts(0, 1) }));

    expect(stale.next).toBe('portalUser');
    expect(stale.steps[1]).toEqual({ ...fresh.steps[1], hint: stepMessages.disablePortalUserAgain });
    expect(stale.steps[1]?.state).toBe('current');
    expect(stepMessages.disablePortalUserAgain).toBe(
      'The last Disable Customer User request never finished: its job ended without recording an outcome. Disable the portal user again with the Disable Customer User action in the page header. This is permanent.'
    );
    expect(fresh.steps[1]?.hint).toBe(stepMessages.disablePortalUser);
  });

  it.each<[string, Checklist, StepPermissions, string]>([
    [
      'blocked by active appointments',
      individual({ appointments: counts(1, 0), portalUserRequestStale: true }),
      ALL_STEP_PERMISSIONS,
      stepMessages.terminateFirst
    ],
    [
      'without Disable Portal User',
      individual({ portalUserRequestStale: true }),
      withoutPermission('disablePortalUser'),
      stepMessages.disablePortalUserNoPermission
    ],
    [
      'already disabled',
      individual({ portalUser: 'disabled', portalUserRequestStale: true }),
      ALL_STEP_PERMISSIONS,
      stepMessages.portalUserDone.disabled
    ]
  ])('a stale request changes nothing when the step cannot be done now: %s', (_name, checklist, permissions, hint) => {
    expect(offboardingSteps(checklist, permissions).steps[1]?.hint).toBe(hint);
  });

  it('rolls up the portal users of a firm', () => {
    const plan = offboardingSteps(
      firm({ firmMembers: { producers: 3, withActiveAppointments: 0, withPortalUserEnabled: 2, trackingActive: 1 } })
    );
    expect(plan.steps[1]?.status).toBe("2 of the firm's 3 producers with an enabled portal user");
  });

  it.each<[string, Checklist, StepWarningCode[]]>([
    ['in order', individual({ appointments: counts(1, 1) }), []],
    [
      'tracking Inactive with active appointments',
      individual({ appointments: counts(2, 0), tracking: 'Inactive' }),
      ['TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS']
    ],
    [
      'tracking Inactive with pending terminations',
      individual({ appointments: counts(0, 1), portalUser: 'none', tracking: 'Inactive' }),
      ['TRACKING_INACTIVE_WITH_PENDING_TERMINATIONS']
    ],
    [
      'portal disabled with active appointments',
      individual({ appointments: counts(1, 0), portalUser: 'disabled' }),
      ['PORTAL_USER_DISABLED_WITH_ACTIVE_APPOINTMENTS']
    ],
    [
      'portal disabled while pending (fine)',
      individual({ appointments: counts(0, 3), portalUser: 'disabled' }),
      ['PORTAL_USER_DISABLED_WITH_PENDING_TERMINATIONS']
    ],
    [
      'everything out of order',
      individual({ appointments: counts(1, 1), portalUser: 'disabled', tracking: 'Inactive' }),
      [
        'TRACKING_INACTIVE_WITH_ACTIVE_APPOINTMENTS',
        'TRACKING_INACTIVE_WITH_PENDING_TERMINATIONS',
        'PORTAL_USER_DISABLED_WITH_ACTIVE_APPOINTMENTS',
        'PORTAL_USER_DISABLED_WITH_PENDING_TERMINATIONS'
      ]
    ],
    [
      'firm members with active appointments',
      firm({ firmMembers: { producers: 5, withActiveAppointments: 2, withPortalUserEnabled: 0, trackingActive: 5 } }),
      ['FIRM_MEMBERS_WITH_ACTIVE_APPOINTMENTS']
    ]
  ])('warnings: %s', (_name, checklist, expected) => {
    expect(codes(checklist)).toEqual(expected);
  });

  it('words the warnings and tells a note from a warning', () => {
    const plan = offboardingSteps(
      individual({ appointments: counts(1, 1), portalUser: 'disabled', tracking: 'Inactive' })
    );
    expect(plan.warnings.map((warning) => [warning.severity, warning.message])).toEqual([
      [
        'warning',
        'NIPR tracking is Inactive while 1 appointment is still active. Set tracking Active to terminate it, then set it Inactive again.'
      ],
      [
        'warning',
        'NIPR tracking is Inactive while 1 termination is still pending. Keep tracking Active until NIPR has confirmed them.'
      ],
      ['warning', 'The portal user is disabled but 1 appointment is still active. Terminate it next.'],
      [
        'info',
        'The portal user was disabled while 1 termination is pending. That is fine: follow it to completion on the NIPR Transactions page.'
      ]
    ]);
    expect(stepMessages.trackingInactiveWithActive(2)).toContain('2 appointments are still active');
    expect(stepMessages.portalDisabledWithActive(3)).toContain('Terminate them next.');
    expect(stepMessages.portalDisabledWithPending(2)).toContain('follow them');
    expect(stepMessages.firmMembersActive(1, 1)).toBe(
      "1 of the firm's 1 producer still has active appointments. Offboard that producer from their own pages too."
    );
    expect(stepMessages.firmMembersActive(2, 5)).toBe(
      "2 of the firm's 5 producers still have active appointments. Offboard them from their own pages too."
    );
  });
});

// ----------------------------------------------------------------------------------------------------------------
// trackingChangeGuard

describe('trackingChangeGuard', () => {
  it('lets Active become Inactive with the explanation when nothing is open', () => {
    expect(trackingChangeGuard(guard())).toEqual({
      canSave: true,
      blockingMessage: null,
      explanation:
        'Setting NIPR tracking Inactive stops NIPR monitoring and billing for Pat Producer. The data is kept for audit.',
      warnings: [],
      afterSaveReminder: null
    });
  });

  it('refuses Inactive while transactions are open, naming them', () => {
    const change = trackingChangeGuard(
      guard({ openTransactions: [transaction(1, 'TX', 'Submitted'), transaction(2, 'FL', 'Draft')] })
    );
    expect(change.canSave).toBe(false);
    expect(change.blockingMessage).toBe(
      "NIPR tracking of Pat Producer cannot be set Inactive while NIPR transactions are open. NTX-000001 (TX) is Submitted: wait for NIPR's answer; Refresh status. NTX-000002 (FL) is Draft: recheck or cancel it. Follow them on the NIPR Transactions page first."
    );
  });

  it('names the first transactions and counts the others', () => {
    const open = Array.from({ length: NAMED_TRANSACTIONS + 2 }, (_, index) => transaction(index + 1));
    const message = trackingChangeGuard(guard({ openTransactions: open })).blockingMessage ?? '';

    expect(message).toContain("NTX-000005 (TX) is Submitted: wait for NIPR's answer; Refresh status. 2 more are open.");
    expect(message).not.toContain('NTX-000006');
    expect(
      trackingChangeGuard(guard({ openTransactions: [{ id: 'x', name: 'NTX-9', state: '', status: 'Draft' }] }))
        .blockingMessage
    ).toContain('open. NTX-9 (no state) is Draft: recheck or cancel it.');
  });

  it.each<[string, Partial<TrackingGuard>, boolean, number, boolean]>([
    ['active appointments: warn', { activeAppointments: 2 }, true, 1, false],
    ['portal user enabled: remind', { portalUserEnabled: true }, true, 0, true],
    ['no permission: refuse', { canManage: false }, false, 0, false],
    [
      'already Inactive: nothing to guard',
      { tracking: 'Inactive', openTransactions: [transaction(1)], portalUserEnabled: true },
      true,
      0,
      false
    ]
  ])('%s', (_name, overrides, canSave, warnings, reminds) => {
    const change = trackingChangeGuard(guard(overrides));
    expect(change.canSave).toBe(canSave);
    expect(change.warnings).toHaveLength(warnings);
    expect(change.afterSaveReminder !== null).toBe(reminds);
  });

  it('words the warning, the reminder and the missing permission', () => {
    const change = trackingChangeGuard(guard({ activeAppointments: 1, portalUserEnabled: true }));
    expect(change.warnings).toEqual([
      'Pat Producer still has 1 active appointment. Setting NIPR tracking Inactive needs your confirmation: billing stops, but the appointments stay on file with the states until they are terminated, and with tracking Inactive they cannot be terminated from here.'
    ]);
    expect(change.afterSaveReminder).toBe(
      "Now disable the portal user of Pat Producer to free the portal seat (Disable Customer User action on the producer's Contact page)."
    );
    expect(trackingChangeGuard(guard({ canManage: false })).blockingMessage).toBe(stepMessages.trackingNoPermission);
  });

  it('guards nothing but the permission when tracking becomes Active', () => {
    const inactive = guard({ tracking: 'Inactive', openTransactions: [transaction(1)], activeAppointments: 3 });
    expect(trackingChangeGuard(inactive, 'Active')).toEqual({
      canSave: true,
      blockingMessage: null,
      explanation: null,
      warnings: [],
      afterSaveReminder: null
    });
    expect(trackingChangeGuard({ ...inactive, canManage: false }, 'Active').canSave).toBe(false);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// portalUserAvailability

describe('portalUserAvailability', () => {
  it.each<[string, Partial<PortalUser>, boolean, PortalUserUnavailableReason | null]>([
    ['enabled portal user', {}, true, null],
    ['no custom permission', {}, false, 'NO_PERMISSION'],
    ['no portal user', { userId: null, canDisable: false, unavailableReason: 'noPortalUser' }, true, 'NO_PORTAL_USER'],
    ['no portal user (client check)', { userId: null }, true, 'NO_PORTAL_USER'],
    [
      'already disabled',
      { isPortalEnabled: false, canDisable: false, unavailableReason: 'alreadyDisabled' },
      true,
      'ALREADY_DISABLED'
    ],
    [
      'completed while polling',
      { lastRequest: { status: 'Completed', detail: '', performedBy: 'Ada', performedOn: null } },
      true,
      'ALREADY_DISABLED'
    ],
    ['request queued', { canDisable: false, unavailableReason: 'requestQueued' }, true, 'REQUEST_QUEUED'],
    [
      'queued (client check)',
      { lastRequest: { status: 'Queued', detail: '', performedBy: 'Ada', performedOn: null } },
      true,
      'REQUEST_QUEUED'
    ],
    [
      'failed request: try again',
      { lastRequest: { status: 'Failed', detail: 'boom', performedBy: 'Ada', performedOn: null } },
      true,
      null
    ],
    ['no Manage External Users', { canDisable: false, unavailableReason: 'noPermission' }, true, 'NO_PERMISSION'],
    ['no access to the Contact', { canDisable: false, unavailableReason: 'noAccess' }, true, 'NO_ACCESS'],
    ['refused without a known code', { canDisable: false, unavailableReason: 'toString' }, true, 'NO_PERMISSION'],
    ['refused, state says why', { canDisable: false, isPortalEnabled: false }, true, 'ALREADY_DISABLED'],
    [
      'stale request: not in progress, disable again',
      { lastRequest: { status: 'Queued', detail: '', performedBy: 'Ada', performedOn: null }, lastRequestStale: true },
      true,
      null
    ],
    [
      'stale request without the permission',
      { lastRequest: { status: 'Queued', detail: '', performedBy: 'Ada', performedOn: null }, lastRequestStale: true },
      false,
      'NO_PERMISSION'
    ],
    [
      'stale request, no Manage External Users',
      {
        canDisable: false,
        unavailableReason: 'noPermission',
        lastRequest: { status: 'Queued', detail: '', performedBy: 'Ada', performedOn: null },
        lastRequestStale: true
      },
      true,
      'NO_PERMISSION'
    ]
  ])('%s', (_name, overrides, hasPermission, reason) => {
    const availability = portalUserAvailability(portalUser(overrides), hasPermission);
    expect(availability.reason).toBe(reason);
    expect(availability.available).toBe(reason === null);
    expect(availability.message === null).toBe(reason === null);
  });

  it('says why in words', () => {
    const message = (overrides: Partial<PortalUser>, hasPermission = true) =>
      portalUserAvailability(portalUser(overrides), hasPermission).message;
    expect(message({}, false)).toBe(stepMessages.portalNoPermission);
    expect(message({ userId: null })).toBe('Pat Producer has no portal user: there is nothing to disable.');
    expect(message({ isPortalEnabled: false })).toBe('The portal user of Pat Producer is already disabled.');
    expect(message({ canDisable: false, unavailableReason: 'requestQueued' })).toBe(
      'The portal user of Pat Producer is being disabled.'
    );
    expect(message({ canDisable: false, unavailableReason: 'noAccess' })).toBe(stepMessages.portalNoAccess);
  });

  it('tells a stale request with the server message, only when it can be disabled again', () => {
    const queued = { status: 'Queued', detail: '', performedBy: 'Ada Admin', performedOn: null } as const;
    const serverMessage =
      'The last request by Ada Admin on 2026-03-01 15:00 never finished: its job ended (Aborted) without recording an outcome. Check the portal user below; you can disable it again.';
    const notice = (overrides: Partial<PortalUser>, hasPermission = true) =>
      portalUserAvailability(portalUser({ lastRequest: queued, ...overrides }), hasPermission).staleNotice;

    expect(notice({ lastRequestStale: true, staleMessage: serverMessage })).toBe(serverMessage);
    expect(notice({ lastRequestStale: true })).toBe(
      'The last request to disable the portal user of Pat Producer never finished: its job ended without recording an outcome. Check the portal user below; you can disable it again.'
    );
    expect(notice({ lastRequestStale: true, staleMessage: serverMessage }, false)).toBeNull();
    expect(notice({ lastRequestStale: true, staleMessage: serverMessage, isPortalEnabled: false })).toBeNull();
    expect(notice({ lastRequestStale: false, staleMessage: serverMessage })).toBeNull();
    expect(notice({ lastRequest: null })).toBeNull();
    expect(portalUserAvailability(portalUser(), true).staleNotice).toBeNull();
  });

  it('warns about active appointments and pending terminations when it can be disabled', () => {
    expect(
      portalUserAvailability(portalUser({ activeAppointments: 2, pendingTerminations: 1 }), true).warnings
    ).toEqual([
      'Pat Producer still has 2 active appointments. Terminate them first: the safe order is terminate, then disable the portal user.',
      '1 termination of Pat Producer is still pending with NIPR. Disabling now is allowed; follow it on the NIPR Transactions page.'
    ]);
    expect(portalUserAvailability(portalUser({ pendingTerminations: 2 }), true).warnings).toEqual([
      '2 terminations of Pat Producer are still pending with NIPR. Disabling now is allowed; follow them on the NIPR Transactions page.'
    ]);
    expect(portalUserAvailability(portalUser({ activeAppointments: 2, userId: null }), true).warnings).toEqual([]);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// confirmationMatches

describe('confirmationMatches', () => {
  it.each<[string | null | undefined, string | null | undefined, boolean]>([
    ['Pat Producer', 'Pat Producer', true],
    ['  pat producer ', 'Pat Producer', true],
    ['PAT PRODUCER', 'Pat Producer ', true],
    ['Pat', 'Pat Producer', false],
    // Blanks inside the name are collapsed, as PortalUserService compares (normalizeSpace): the server accepts it.
    ['Pat  Producer', 'Pat Producer', true],
    ['PatProducer', 'Pat Producer', false],
    ['', 'Pat Producer', false],
    [null, 'Pat Producer', false],
    ['', '', false],
    ['  ', '  ', false],
    ['anything', undefined, false]
  ])('confirmationMatches(%j, %j) is %s', (typed, name, expected) => {
    expect(confirmationMatches(typed, name)).toBe(expected);
  });
});

// ----------------------------------------------------------------------------------------------------------------
// Apex records

describe('Apex records of steps 2 and 3', () => {
  it('maps a checklist, reading what is missing as not known', () => {
    expect(
      fromApexChecklist({
        kind: 'individual',
        objectApiName: 'Contact',
        name: 'Pat Producer',
        appointments: { active: 1, pending: 2, terminated: 3 },
        portalUser: 'disabled',
        tracking: 'Active'
      })
    ).toEqual(
      individual({ appointments: counts(1, 2, 3), portalUser: 'disabled', tracking: 'Active', firmMembers: null })
    );
    expect(fromApexChecklist({})).toEqual(
      individual({ name: '', portalUser: 'none', tracking: 'Inactive', firmMembers: null })
    );
  });

  it('maps a stale portal user request of a producer (a firm has none of its own)', () => {
    expect(fromApexChecklist({ kind: 'individual', portalUser: 'enabled', portalUserRequestStale: true })).toEqual(
      individual({ name: '', tracking: 'Inactive', portalUserRequestStale: true })
    );
    expect(fromApexChecklist({ kind: 'individual', portalUserRequestStale: false }).portalUserRequestStale).toBe(false);
    expect(fromApexChecklist({ kind: 'firm', portalUserRequestStale: true }).portalUserRequestStale).toBe(false);
  });

  it('maps a firm with its roll-up', () => {
    expect(
      fromApexChecklist({
        kind: 'firm',
        name: 'Acme Agency',
        portalUser: 'none',
        tracking: 'Active',
        firmMembers: { producers: 3, withActiveAppointments: 1 }
      }).firmMembers
    ).toEqual({ producers: 3, withActiveAppointments: 1, withPortalUserEnabled: 0, trackingActive: 0 });
    expect(fromApexChecklist({ objectApiName: 'Account' }).firmMembers).toEqual({
      producers: 0,
      withActiveAppointments: 0,
      withPortalUserEnabled: 0,
      trackingActive: 0
    });
  });

  it('maps a tracking guard', () => {
    expect(
      fromApexTrackingGuard({
        objectApiName: 'User',
        recordName: 'Pat Producer',
        tracking: 'Active',
        canManage: true,
        openTransactions: [{ id: 'a01', name: 'NTX-1', state: 'TX', status: 'Draft' }, { id: 'a02' }],
        activeAppointments: 2,
        portalUserEnabled: true,
        portalContactId: '003'
      })
    ).toEqual({
      objectApiName: 'User',
      recordName: 'Pat Producer',
      tracking: 'Active',
      canManage: true,
      openTransactions: [
        { id: 'a01', name: 'NTX-1', state: 'TX', status: 'Draft' },
        { id: 'a02', name: 'a02', state: '', status: '' }
      ],
      activeAppointments: 2,
      portalUserEnabled: true,
      portalContactId: '003'
    });
    expect(fromApexTrackingGuard({})).toEqual({
      objectApiName: '',
      recordName: '',
      tracking: 'Inactive',
      canManage: false,
      openTransactions: [],
      activeAppointments: 0,
      portalUserEnabled: false,
      portalContactId: null
    });
    expect(fromApexTrackingGuard({ openTransactions: [{}] }).openTransactions).toEqual([
      { id: '', name: '', state: '', status: '' }
    ]);
  });

  it('maps a portal user and its last request', () => {
    expect(
      fromApexPortalUser({
        contactId: '003000000000001AAA',
        contactName: 'Pat Producer',
        userId: '005000000000001AAA',
        username: 'pat@example.com.portal',
        profileName: 'Customer Community User',
        lastLogin: '2026-03-01T15:00:00.000Z',
        isPortalEnabled: true,
        isActive: true,
        canDisable: true,
        activeAppointments: 0,
        pendingTerminations: 0
      })
    ).toEqual(portalUser());
    expect(fromApexPortalUser({})).toEqual({
      contactId: '',
      contactName: '',
      userId: null,
      username: '',
      profileName: '',
      lastLogin: null,
      isPortalEnabled: false,
      isActive: false,
      canDisable: false,
      unavailableReason: '',
      activeAppointments: 0,
      pendingTerminations: 0,
      lastRequest: null,
      lastRequestStale: false,
      staleMessage: null
    });
    const staleMessage =
      'The last request by Ada Admin on 2026-03-01 15:00 never finished: its job ended (Aborted) without recording an outcome. Check the portal user below; you can disable it again.';
    expect(
      fromApexPortalUser({
        contactName: 'Pat Producer',
        lastRequest: { status: 'Queued', performedBy: 'Ada Admin' },
        lastRequestStale: true,
        staleMessage
      })
    ).toMatchObject({
      lastRequest: { status: 'Queued', detail: '', performedBy: 'Ada Admin', performedOn: null },
      lastRequestStale: true,
      staleMessage
    });
    expect(fromApexPortalUser({ lastRequestStale: true, staleMessage: '' }).staleMessage).toBeNull();
    expect(fromApexPortalUser({ lastRequestStale: false, staleMessage }).staleMessage).toBeNull();
    expect(fromApexRequest({ status: 'Queued', performedBy: 'Ada', performedOn: '2026-03-01T15:00:00.000Z' })).toEqual({
      status: 'Queued',
      detail: '',
      performedBy: 'Ada',
      performedOn: '2026-03-01T15:00:00.000Z'
    });
    expect(fromApexRequest({ status: 'Failed', detail: 'No access' })).toEqual({
      status: 'Failed',
      detail: 'No access',
      performedBy: '',
      performedOn: null
    });
    expect(fromApexRequest({ status: 'Done' })).toBeNull();
    expect(fromApexRequest(undefined)).toBeNull();
  });

  it.each([
    ['Active', 'Active'],
    ['Inactive', 'Inactive'],
    [undefined, 'Inactive'],
    ['active', 'Inactive']
  ])('toTrackingValue(%j) is %s', (value, expected) => {
    expect(toTrackingValue(value)).toBe(expected);
  });
});

describe('step message helpers', () => {
  it.each<[readonly string[], string]>([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C']
  ])('andList(%j) is %j', (items, expected) => {
    expect(andList(items)).toBe(expected);
  });

  it('counts in words', () => {
    expect(plural(1, 'producer', 'producers')).toBe('1 producer');
    expect(plural(0, 'producer', 'producers')).toBe('0 producers');
  });
});

describe('Lightning Data Service errors', () => {
  const triggerError = {
    body: {
      message: 'An error occurred while trying to update the record. Please try again.',
      output: {
        errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Open NIPR transactions: NTX-000001.' }],
        fieldErrors: { NIPR_Tracking__c: [{ message: 'Not allowed.' }, { message: ' ' }, {}] }
      }
    }
  };

  it('reads the server messages under body.output', () => {
    expect(recordErrorMessages(triggerError)).toEqual(['Open NIPR transactions: NTX-000001.', 'Not allowed.']);
    expect(recordErrorText(triggerError, 'Fallback')).toBe('Open NIPR transactions: NTX-000001. Not allowed.');
  });

  it.each<[string, unknown, string]>([
    ['no output', { body: { message: 'Record not found.' } }, 'Record not found.'],
    ['empty output', { body: { message: 'Generic.', output: { errors: [], fieldErrors: {} } } }, 'Generic.'],
    ['output without lists', { body: { output: { errors: 'x', fieldErrors: [] } } }, 'Fallback'],
    ['no body', new Error('Offline'), 'Offline'],
    ['nothing', undefined, 'Fallback']
  ])('falls back to errorText: %s', (_name, error, expected) => {
    expect(recordErrorText(error, 'Fallback')).toBe(expected);
  });
});
