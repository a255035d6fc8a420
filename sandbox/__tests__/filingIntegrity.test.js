/**
 * @jest-environment node
 */
// The sandbox's Apex stand-ins against the filing-integrity contract (docs/filing-integrity.md), through the org's
// service boundary (callApex, updateRecordUi) with the simulated NIPR's log as the witness of what was filed.
// Background Apex runs when the org is asked something once its delay has passed: the tests move the clock.
const { loadData, useOrgBundle } = require('../test/orgForJest');

const NOT_CONFIGURED =
  'NIPR filing is not set up in this org: an administrator sets Mode (Live or Simulated) in Setup → Custom ' +
  'Settings → NIPR Gateway Config → Manage (the organization-level value). Nothing was sent.';
const START = new Date('2026-06-15T17:00:00.000Z').getTime();

const orgModule = useOrgBundle();

let org;
let specialist;
let now;

beforeEach(() => {
  now = START;
  jest.useFakeTimers({ now, doNotFake: ['nextTick', 'setImmediate'] });
  org = orgModule().createOrg(loadData(), { today: '2026-06-15' });
  specialist = org.user('specialist');
});

afterEach(() => {
  jest.useRealTimers();
});

/** Moves the server clock on (the queued NiprSubmissionJob runs at the next request after its delay). */
function advance(ms) {
  now += ms;
  jest.setSystemTime(now);
}

const apex = (name, params, user = specialist) => org.callApex(`NiprTransactionController.${name}`, params, user);

function apexError(call) {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused');
}

function producer(name) {
  return org.store.contacts.find((record) => record.Name === name);
}

function row(id) {
  return org.store.transactions.find((record) => record.Id === id);
}

/** Terminates Maria Alvarez's two Texas appointments and checks them: two Ready to Submit rows. */
function twoReadyRows() {
  const maria = producer('Maria Alvarez');
  const texas = org.store.appointments.filter(
    (record) => record.Producer_Contact__c === maria.Id && record.State__c === 'TX'
  );
  const { transactionIds } = org.callApex(
    'TerminationController.createTerminations',
    {
      request: {
        producerId: maria.Id,
        requestId: 'terminate-1',
        selections: [
          { state: 'TX', reasonCode: 'Canc', effectiveDate: null, appointmentIds: texas.map((record) => record.Id) }
        ]
      }
    },
    specialist
  );
  const checked = apex('checkEligibility', { transactionIds });
  expect(checked.map((info) => info.status)).toEqual(['Ready to Submit', 'Ready to Submit']);
  const { total } = apex('getSubmissionQuote', { transactionIds });
  return { transactionIds, total };
}

function submit(transactionIds, submissionId, total, user = specialist) {
  return apex('submitTransactions', { transactionIds, submissionId, confirmedTotal: total }, user);
}

describe('the UI API (the standard API) cannot move the workflow', () => {
  test('a forged Draft → Ready to Submit update is refused with the trigger message and the row stays Draft', () => {
    const draft = org.store.transactions.find((record) => record.Name === 'NTX-000002');
    expect(draft.Status__c).toBe('Draft');
    const error = apexError(() => org.updateRecordUi(draft.Id, { Status__c: 'Ready to Submit' }, specialist));
    expect(error).toBeInstanceOf(orgModule().UiApiError);
    expect(error.status).toBe(400);
    expect(error.body.enhancedErrorType).toBe('RecordError');
    expect(error.body.output.errors.map((detail) => detail.message)).toEqual([
      'Status is changed only by the Producer Offboarding actions (Terminate, Recheck Eligibility, Submit, Resend, ' +
        'Refresh Status, Cancel, Correct). Use Recheck Eligibility instead.'
    ]);
    expect(error.body.output.errors[0].errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
    expect(row(draft.Id).Status__c).toBe('Draft');
    expect(org.getRecordUi(draft.Id, ['NIPR_Transaction__c.Status__c'], []).fields.Status__c.value).toBe('Draft');
  });

  test('a forged NIPR reference or correction counter is refused too; nothing of the row changes', () => {
    const draft = org.store.transactions.find((record) => record.Name === 'NTX-000002');
    const before = { ...draft };
    const error = apexError(() =>
      org.updateRecordUi(draft.Id, { NIPR_Reference__c: 'SIM-FORGED-A', Correction_Count__c: 7 }, specialist)
    );
    expect(error.body.output.errors.map((detail) => detail.message)).toEqual([
      // One error, for the first changed workflow field (NiprTransactionStateMachine adds one per row).
      'NIPR Reference is changed only by the Producer Offboarding actions (Terminate, Recheck Eligibility, Submit, ' +
        'Resend, Refresh Status, Cancel, Correct). Use Submit instead.'
    ]);
    expect(row(draft.Id)).toEqual(before);
  });

  test("an appointment's Status and Terminated On are refused the same way", () => {
    const pending = org.store.appointments.find((record) => record.Status__c === 'Pending Termination');
    const status = apexError(() => org.updateRecordUi(pending.Id, { Status__c: 'Active' }, specialist));
    expect(status.body.output.errors[0].message).toBe(
      'An appointment becomes or leaves Pending Termination, or becomes Terminated, only through the Producer ' +
        "Offboarding actions (Terminate, Cancel, and NIPR's answer). Use Terminate on the producer's record instead."
    );
    const terminatedOn = apexError(() =>
      org.updateRecordUi(pending.Id, { Terminated_On__c: '2026-06-01' }, specialist)
    );
    expect(terminatedOn.body.output.errors[0].message).toBe(
      "Terminated On is set only when NIPR accepts the termination. Use Terminate on the producer's record instead."
    );
    expect(pending.Status__c).toBe('Pending Termination');
    expect(pending.Terminated_On__c).toBeNull();
  });
});

describe('two-step submit: each row is filed once', () => {
  test('a second submission of the same rows with another submission id is refused; NIPR sees one filing per row', () => {
    const { transactionIds, total } = twoReadyRows();
    const first = submit(transactionIds, 'submission-A', total);
    expect(first).toMatchObject({ queued: 2, alreadySubmitted: 0, submitted: 0, failed: 0, mode: 'Simulated' });
    expect(first.transactions.map((info) => info.status)).toEqual(['Submitting', 'Submitting']);
    expect(org.gatewayLog().received).toHaveLength(0); // step 1 only commits; the job files

    const second = apexError(() => submit(transactionIds, 'submission-B', total));
    const [nameA, nameB] = transactionIds.map((id) => row(id).Name);
    expect(second.message).toBe(
      'The transactions were not submitted: ' +
        `${nameA} is already being submitted (started by Lena Ortiz at 2026-06-15 10:00). Nothing was sent twice; ` +
        "wait for NIPR's answer.\n" +
        `${nameB} is already being submitted (started by Lena Ortiz at 2026-06-15 10:00). Nothing was sent twice; ` +
        "wait for NIPR's answer."
    );
    // A double click (the same submission id) is not an error.
    expect(submit(transactionIds, 'submission-A', total)).toMatchObject({ queued: 0, alreadySubmitted: 2 });

    advance(1500);
    const rows = apex('getTransactions', { producerId: producer('Maria Alvarez').Id }).filter((info) =>
      transactionIds.includes(info.id)
    );
    expect(rows.map((info) => info.status)).toEqual(['Submitted', 'Submitted']);
    const log = org.gatewayLog();
    expect(log.filings.map((filing) => filing.idempotencyKey).sort()).toEqual(
      transactionIds.map((id) => `${id}:0`).sort()
    );
    expect(log.received).toHaveLength(2);
    expect(rows.map((info) => info.niprReference).sort()).toEqual(log.filings.map((f) => f.reference).sort());

    // After NIPR answered, another submission of the rows is refused (another submission id) and files nothing.
    expect(apexError(() => submit(transactionIds, 'submission-C', total)).message).toBe(
      'The transactions were not submitted: ' +
        `${nameA} is Submitted: only Ready to Submit transactions can be submitted. NIPR has it already (another ` +
        'submission); it is never filed twice.\n' +
        `${nameB} is Submitted: only Ready to Submit transactions can be submitted. NIPR has it already (another ` +
        'submission); it is never filed twice.'
    );
    advance(1500);
    apex('getTransactions', { producerId: null });
    expect(org.gatewayLog().received).toHaveLength(2);
  });

  test('the gateway log is a request to the org too: the due job runs before it answers', () => {
    const { transactionIds, total } = twoReadyRows();
    submit(transactionIds, 'submission-A', total);
    expect(org.gatewayLog().filings).toHaveLength(0);
    advance(1500);
    expect(org.gatewayLog().filings).toHaveLength(2);
  });

  test('a Submitting row is never cancelled, and no stand-in moves a row outside the workflow table', () => {
    const { transactionIds, total } = twoReadyRows();
    submit(transactionIds, 'submission-A', total);
    const error = apexError(() => apex('cancelTransactions', { transactionIds: [transactionIds[0]] }));
    expect(error.message).toBe(
      `The transactions were not cancelled: ${row(transactionIds[0]).Name} is being submitted to NIPR (it may ` +
        "already be there), so it cannot be cancelled. Wait for NIPR's answer; a Rejected or Failed transaction can " +
        'be cancelled.'
    );
    expect(row(transactionIds[0]).Status__c).toBe('Submitting');
  });
});

describe('resend of a stuck row', () => {
  test('NIPR filed it but the answer was lost: resend sends the same key and NIPR files nothing new', () => {
    const { transactionIds, total } = twoReadyRows();
    const [id] = transactionIds;
    org.configure({ loseAnswers: 1 });
    submit([id], 'submission-A', Math.round((total / 2) * 100) / 100);
    advance(1500);
    const [stuck] = apex('getTransactions', { producerId: null }).filter((info) => info.id === id);
    expect(stuck).toMatchObject({ status: 'Submitting', niprCode: 'DELIVERY_UNCONFIRMED', stuck: true });
    expect(stuck.submissionStartedOn).toBe(new Date(START).toISOString());
    expect(org.gatewayLog().filings).toHaveLength(1);

    const resent = apex('resendTransactions', { transactionIds: [id] });
    expect(resent).toMatchObject({ queued: 1, submitted: 0, mode: 'Simulated' });
    advance(1500);
    const [answered] = apex('getTransactions', { producerId: null }).filter((info) => info.id === id);
    const log = org.gatewayLog();
    expect(log.filings).toHaveLength(1);
    expect(log.received.map((entry) => [entry.idempotencyKey, entry.duplicate])).toEqual([
      [`${id}:0`, false],
      [`${id}:0`, true]
    ]);
    expect(answered).toMatchObject({ status: 'Submitted', niprReference: log.filings[0].reference, stuck: false });
  });

  test('a Submitting row within its time is refused, naming the minutes left; after the timeout it is stuck', () => {
    const { transactionIds, total } = twoReadyRows();
    const [id] = transactionIds;
    org.configure({ loseAnswers: 0, submitTimeoutMinutes: 15 });
    submit([id], 'submission-A', Math.round((total / 2) * 100) / 100);
    const error = apexError(() => apex('resendTransactions', { transactionIds: [id] }));
    expect(error.message).toBe(
      `The transactions were not resent: ${row(id).Name} is still being submitted (started at 2026-06-15 10:00 by ` +
        'Lena Ortiz). It can be resent when NIPR has not answered within 15 minutes.'
    );
    // A job that never ran (the platform lost it): after 15 minutes the row is stuck and can be resent.
    org.store.jobs.length = 0;
    advance(16 * 60_000);
    expect(apex('getTransactions', { producerId: null }).find((info) => info.id === id).stuck).toBe(true);
    expect(apex('resendTransactions', { transactionIds: [id] }).queued).toBe(1);
    advance(1500);
    apex('getTransactions', { producerId: null });
    expect(org.gatewayLog().filings.map((filing) => filing.idempotencyKey)).toEqual([`${id}:0`]);
    expect(row(id).Status__c).toBe('Submitted');
  });

  test('a row that is not Submitting cannot be resent', () => {
    const draft = org.store.transactions.find((record) => record.Name === 'NTX-000002');
    expect(apexError(() => apex('resendTransactions', { transactionIds: [draft.Id] })).message).toBe(
      'The transactions were not resent: NTX-000002 is Draft: only a Submitting transaction that NIPR has not ' +
        'answered can be resent.'
    );
  });
});

describe('gateway configuration', () => {
  test('Simulated by default: getGatewayStatus says so', () => {
    expect(apex('getGatewayStatus', {})).toEqual({
      mode: 'Simulated',
      message: 'Simulated — nothing is filed with NIPR.',
      submitTimeoutMinutes: 15
    });
  });

  test('Not Configured refuses eligibility, submit, resend and refresh with the setup step; nothing changes', () => {
    const { transactionIds, total } = twoReadyRows();
    org.configure({ mode: null });
    expect(apex('getGatewayStatus', {})).toEqual({
      mode: 'Not Configured',
      message: NOT_CONFIGURED,
      submitTimeoutMinutes: 15
    });
    expect(apexError(() => apex('checkEligibility', { transactionIds })).message).toBe(
      `The eligibility check did not complete: ${NOT_CONFIGURED}`
    );
    expect(apexError(() => submit(transactionIds, 'submission-A', total)).message).toBe(
      `The transactions were not submitted: ${NOT_CONFIGURED}`
    );
    expect(apexError(() => apex('resendTransactions', { transactionIds })).message).toBe(
      `The transactions were not resent: ${NOT_CONFIGURED}`
    );
    expect(apexError(() => apex('refreshStatuses', { transactionIds })).message).toBe(
      `The statuses could not be refreshed: ${NOT_CONFIGURED}`
    );
    expect(transactionIds.map((id) => row(id).Status__c)).toEqual(['Ready to Submit', 'Ready to Submit']);
    expect(org.gatewayLog().received).toHaveLength(0);
  });
});

describe('terminate and eligibility guards', () => {
  test('more than 2,000 appointments in one request are refused, naming the count', () => {
    const maria = producer('Maria Alvarez');
    const appointmentIds = Array.from({ length: 2345 }, (_, i) => `a0A8d0000${String(i).padStart(6, '0')}`);
    const error = apexError(() =>
      org.callApex(
        'TerminationController.createTerminations',
        { request: { producerId: maria.Id, requestId: 'big', selections: [{ state: 'TX', appointmentIds }] } },
        specialist
      )
    );
    expect(error.message).toBe(
      'The termination could not be completed: Too many appointments in one request: 2345 were selected, and at ' +
        'most 2000 can be terminated at once. Split it: terminate one state at a time.'
    );
    expect(org.store.transactions).toHaveLength(8);
  });

  test('a row whose appointment has another open transaction is Not Eligible, DUPLICATE_OPEN', () => {
    const draft = org.store.transactions.find((record) => record.Name === 'NTX-000002');
    // A second open row of the same appointment (e.g. imported before the trigger existed).
    org.store.transactions.push({ ...draft, Id: 'a0B8d000000S999AAA', Name: 'NTX-000999' });
    const [checked] = apex('checkEligibility', { transactionIds: [draft.Id] });
    expect(checked).toMatchObject({ status: 'Not Eligible', niprCode: 'DUPLICATE_OPEN' });
    expect(checked.statusDetail).toContain(
      'has another open NIPR transaction; an appointment is terminated once. Cancel this one, or the other.'
    );
  });

  test('Correct increments the correction counter, so the corrected filing goes to NIPR under a new key', () => {
    const { transactionIds, total } = twoReadyRows();
    const [id] = transactionIds;
    // Set up a row the page may correct (as a Needs Attention row of the seed would be).
    row(id).Status__c = 'Needs Attention';
    const corrected = apex('correctTransaction', { transactionId: id, reasonCode: 'Canc', effectiveDate: null });
    expect(corrected.status).toBe('Draft');
    expect(row(id).Correction_Count__c).toBe(1);
    expect(apex('checkEligibility', { transactionIds: [id] })[0].status).toBe('Ready to Submit');
    submit([id], 'submission-A', Math.round((total / 2) * 100) / 100);
    advance(1500);
    apex('getTransactions', { producerId: null });
    expect(org.gatewayLog().filings.map((filing) => filing.idempotencyKey)).toEqual([`${id}:1`]);
  });
});

describe('the filing-integrity review: mode per row, attempts, producer, filed appointments', () => {
  test('submit stores the mode and the first attempt; a switch to Live before the job sends nothing (MODE_CHANGED)', () => {
    const { transactionIds, total } = twoReadyRows();
    submit(transactionIds, 'submission-A', total);
    expect(transactionIds.map((id) => [row(id).Gateway_Mode__c, row(id).Submission_Attempts__c])).toEqual([
      ['Simulated', 1],
      ['Simulated', 1]
    ]);
    org.configure({ mode: 'Live' });
    advance(1500);
    expect(org.gatewayLog().received).toHaveLength(0);
    const infos = apex('getTransactions', { producerId: null }).filter((info) => transactionIds.includes(info.id));
    expect(infos.map((info) => [info.status, info.niprCode, info.gatewayMode, info.stuck])).toEqual([
      ['Submitting', 'MODE_CHANGED', 'Simulated', true],
      ['Submitting', 'MODE_CHANGED', 'Simulated', true]
    ]);
    expect(infos[0].statusDetail).toContain('this org is now set to Live (NIPR Gateway Config)');
    // Back to Simulated: the MODE_CHANGED row is resent at once with its same key, and filed once.
    org.configure({ mode: 'Simulated' });
    expect(apex('resendTransactions', { transactionIds })).toMatchObject({ queued: 2, failed: 0 });
    advance(1500);
    apex('getTransactions', { producerId: null });
    expect(org.gatewayLog().filings.map((filing) => filing.idempotencyKey)).toEqual(
      transactionIds.map((id) => `${id}:0`)
    );
    expect(transactionIds.map((id) => [row(id).Status__c, row(id).Submission_Attempts__c])).toEqual([
      ['Submitted', 2],
      ['Submitted', 2]
    ]);
  });

  test('"not sent" on the first attempt goes back to Ready; after a resend it stays Submitting', () => {
    const { transactionIds, total } = twoReadyRows();
    const [first, second] = transactionIds;
    submit([first], 'submission-A', Math.round((total / 2) * 100) / 100);
    org.configure({ mode: null });
    advance(1500);
    apex('getGatewayStatus', {});
    expect([row(first).Status__c, row(first).NIPR_Code__c]).toEqual(['Ready to Submit', 'NOT_CONFIGURED']);

    org.configure({ mode: 'Simulated', loseAnswers: 1 });
    submit([second], 'submission-B', Math.round((total / 2) * 100) / 100);
    advance(1500);
    expect(apex('resendTransactions', { transactionIds: [second] }).queued).toBe(1);
    org.configure({ mode: null });
    advance(1500);
    apex('getGatewayStatus', {});
    expect([row(second).Status__c, row(second).NIPR_Code__c, row(second).Submission_Attempts__c]).toEqual([
      'Submitting',
      'DELIVERY_UNCONFIRMED',
      2
    ]);
    expect(row(second).Status_Detail__c).toBe(
      `Not sent this time (NOT_CONFIGURED): ${NOT_CONFIGURED} An earlier attempt of this filing may have reached ` +
        'NIPR, so it is not put back to Ready to Submit. Resend it: the same idempotency key makes sure NIPR files ' +
        'it only once.'
    );
  });

  test('refresh asks a reference only at its own gateway: a Live row in a Simulated org keeps Submitted', () => {
    const submitted = org.store.transactions.find((record) => record.Status__c === 'Submitted');
    Object.assign(submitted, { Gateway_Mode__c: null, NIPR_Reference__c: 'NIPR-4410001' });
    const [info] = apex('refreshStatuses', { transactionIds: [submitted.Id] });
    expect(info).toMatchObject({ status: 'Submitted', niprCode: 'MODE_CHANGED' });
    expect(info.gatewayMode ?? null).toBeNull(); // a row from before Gateway_Mode__c: Live by its reference
    expect(info.statusDetail).toBe(
      `Nothing was sent for ${submitted.Name}: it was filed with the Live NIPR gateway, but this org is now set to ` +
        'Simulated (NIPR Gateway Config), and a transaction is never sent to another gateway than its own. An ' +
        'administrator must switch the mode back to Live; then refresh its status. Its status is kept.'
    );
  });

  test('a row without producer is Not Eligible PRODUCER_MISSING and nothing is sent', () => {
    // Not constructible in an org (validation rule At_Least_One_Producer, Restrict deletes): a row from before them.
    const draft = org.store.transactions.find((record) => record.Name === 'NTX-000002');
    Object.assign(draft, { Producer_Contact__c: null, Producer_Account__c: null });
    const [checked] = apex('checkEligibility', { transactionIds: [draft.Id] });
    expect(checked).toMatchObject({ status: 'Not Eligible', niprCode: 'PRODUCER_MISSING' });
    expect(checked.statusDetail).toBe(
      'This transaction has no producer (its Contact or Account is missing), so NIPR cannot be told whose ' +
        'appointment to terminate. Nothing was sent. Cancel it, and terminate the appointment again from the ' +
        "producer's record."
    );
    expect(org.gatewayLog().received).toHaveLength(0);
  });

  test('a job that dies leaves its rows Submitting with JOB_FAILED naming an error id, never the exception text', () => {
    const { transactionIds, total } = twoReadyRows();
    submit(transactionIds, 'submission-A', total);
    // The Contact's NPN read during the filing throws: the job dies on its rows.
    const maria = producer('Maria Alvarez');
    Object.defineProperty(maria, 'NPN__c', {
      get() {
        throw new Error('secret endpoint https://nipr.example/x refused');
      }
    });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      advance(1500);
      apex('getGatewayStatus', {});
    } finally {
      consoleError.mockRestore();
    }
    for (const id of transactionIds) {
      expect([row(id).Status__c, row(id).NIPR_Code__c]).toEqual(['Submitting', 'JOB_FAILED']);
      expect(row(id).Status_Detail__c).toMatch(
        /^The submission job stopped before NIPR's answer was saved \(error id [0-9A-F]{8}\)\. Resend it: the same idempotency key makes sure NIPR files it only once\.$/
      );
    }
  });
});
