// The service scenarios (data/scenarios/*.json, docs in data/scenarios/README.md) run against the sandbox's Apex
// stand-ins. ServiceScenariosTest.cls runs the same files, through the ServiceScenarios static resource, against the
// Apex. One scenario: build the org state (symbolic keys '@p1', '@a1', '@t1' → records), call "Class.method" as the
// scenario's user (data/scenarios/users.json), run the background jobs, and compare with `expect`.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, loadData } = require('./orgForJest');

const SCENARIO_DIR = path.join(ROOT, 'data', 'scenarios');
const START = new Date('2026-06-15T17:00:00.000Z').getTime();

/** Every scenario, in file order, with its file name. */
function loadScenarios(dir = SCENARIO_DIR) {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'users.json')
    .sort();
  return files.flatMap((file) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).scenarios.map((scenario) => ({ ...scenario, file }))
  );
}

function loadUsers(dir = SCENARIO_DIR) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'users.json'), 'utf8'));
}

/** The sandbox users of the scenarios: `key`, `name`, the custom permissions, Manage External Users, record access. */
function sandboxUsers(users) {
  return Object.entries(users).map(([key, user]) => ({
    key,
    name: user.name,
    title: key,
    username: `${user.alias}@scenarios.sandbox`,
    timeZone: 'America/Los_Angeles',
    permissions: [...user.permissions],
    userPermissions: [...user.userPermissions],
    recordAccess: user.recordAccess
  }));
}

const EMPTY_SEED = { companies: {}, licenseClasses: {}, producers: [], transactions: [] };

/** A sandbox org holding only the scenario's records; `refs` maps each symbolic key to its record. */
function buildOrg(orgModule, scenario, users, now) {
  const data = { ...loadData(), seed: EMPTY_SEED, users: sandboxUsers(users) };
  const org = orgModule.createOrg(data);
  const { store } = org;
  const refs = new Map();
  const state = scenario.org ?? {};
  let npn = 17340200;
  for (const [key, spec] of Object.entries(state.producers ?? {})) {
    npn += 1;
    const isContact = spec.type !== 'Account';
    const record = {
      Id: store.newId(isContact ? 'Contact' : 'Account'),
      Name: isContact ? `Pat ${spec.lastName}` : spec.lastName,
      NPN__c: 'npn' in spec ? spec.npn : String(npn),
      NIPR_Tracking__c: spec.tracking ?? 'Active'
    };
    if (isContact) {
      Object.assign(record, { Email: null, AccountId: null });
      store.contacts.push(record);
    } else {
      store.accounts.push(record);
    }
    refs.set(key, record);
  }
  for (const [key, spec] of Object.entries(state.appointments ?? {})) {
    const producer = refs.get(spec.producer);
    const isContact = producer.Id.startsWith('003');
    const record = {
      Id: store.newId('Appointment__c'),
      Name: store.newName('Appointment__c'),
      Producer_Contact__c: isContact ? producer.Id : null,
      Producer_Account__c: isContact ? null : producer.Id,
      State__c: spec.state,
      Company_Name__c: 'Acme Life Insurance Company',
      Company_NAIC__c: spec.naic ?? '12345',
      License_Class__c: 'Life',
      Line_of_Authority__c: spec.lines ?? 'Life',
      Status__c: spec.status ?? 'Active',
      Appointed_On__c: '2020-01-15',
      Terminated_On__c: spec.terminatedOn ?? null
    };
    store.appointments.push(record);
    refs.set(key, record);
  }
  const userId = (userKey) => store.users.find((user) => user.key === userKey)?.Id ?? null;
  for (const [key, spec] of Object.entries(state.transactions ?? {})) {
    const appointment = refs.get(spec.appointment);
    const producer = spec.producer ? refs.get(spec.producer) : null;
    const producerIsContact = producer ? producer.Id.startsWith('003') : null;
    const record = {
      Id: store.newId('NIPR_Transaction__c'),
      Name: store.newName('NIPR_Transaction__c'),
      Appointment__c: appointment.Id,
      Producer_Contact__c: producer ? (producerIsContact ? producer.Id : null) : appointment.Producer_Contact__c,
      Producer_Account__c: producer ? (producerIsContact ? null : producer.Id) : appointment.Producer_Account__c,
      Type__c: spec.type ?? 'Appointment Termination',
      State__c: appointment.State__c,
      Filing_Channel__c: spec.channel ?? null,
      Filed_On__c: spec.filedOn ?? null,
      External_Reference__c: null,
      Filing_Note__c: null,
      Reason_Code__c: spec.reasonCode ?? null,
      Effective_Date__c: spec.effectiveDate ?? null,
      Status__c: spec.status,
      NIPR_Code__c: spec.code ?? null,
      Status_Detail__c: null,
      Fee__c: null,
      NIPR_Reference__c: spec.reference ?? null,
      Idempotency_Key__c: `${appointment.Id}:${spec.requestId ?? key}`,
      Submission_Batch_Id__c: spec.batchId ?? null,
      Submission_Started_On__c:
        typeof spec.startedMinutesAgo === 'number'
          ? new Date(now - spec.startedMinutesAgo * 60_000).toISOString()
          : null,
      Correction_Count__c: spec.correctionCount ?? 0,
      Gateway_Mode__c: spec.gatewayMode ?? null,
      Submission_Attempts__c: spec.attempts ?? 0,
      Submitted_By__c: spec.submittedBy ? userId(spec.submittedBy) : null,
      Submitted_On__c: null,
      CreatedDate: new Date(now - (spec.createdMinutesAgo ?? 60) * 60_000).toISOString(),
      CreatedById: userId('specialist')
    };
    store.transactions.push(record);
    refs.set(key, record);
  }
  if (scenario.gateway === 'none') {
    org.configure({ mode: null });
  }
  return { org, refs };
}

/** Replaces '@key' strings by Ids, `{ $fakeAppointmentIds: n }` by n well-formed Ids no record has. */
function resolveParams(value, refs) {
  if (typeof value === 'string' && value.startsWith('@')) {
    if (!refs.has(value)) {
      throw new Error(`unknown record key ${value}`);
    }
    return refs.get(value).Id;
  }
  if (Array.isArray(value)) {
    return value.map((item) => resolveParams(item, refs));
  }
  if (value && typeof value === 'object') {
    if (typeof value.$fakeAppointmentIds === 'number') {
      return Array.from({ length: value.$fakeAppointmentIds }, (_, i) => `a0A8d0${String(i).padStart(9, '0')}`);
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveParams(item, refs)]));
  }
  return value;
}

/** '{@t1}' → the record's Name. */
function fillNames(text, refs) {
  return text.replace(/\{(@[A-Za-z0-9]+)\}/g, (_, key) => {
    if (!refs.has(key)) {
      throw new Error(`unknown record key ${key} in an expected message`);
    }
    return refs.get(key).Name;
  });
}

/**
 * Runs one scenario; returns `{ outcome: { result?, error? }, org, refs }` after the background jobs ran.
 * `advance(ms)` moves the (fake) clock.
 */
function runScenario(orgModule, scenario, users, { now = START, advance }) {
  const { org, refs } = buildOrg(orgModule, scenario, users, now);
  const user = org.user(scenario.call.as);
  if (user.key !== scenario.call.as) {
    throw new Error(`unknown user ${scenario.call.as}`);
  }
  const params = resolveParams(scenario.call.params ?? {}, refs);
  if (params.confirmedTotal === '$quote') {
    params.confirmedTotal = org.callApex(
      'NiprTransactionController.getSubmissionQuote',
      { transactionIds: params.transactionIds },
      org.user('specialist')
    ).total;
  }
  const outcome = {};
  try {
    if (scenario.call.method === 'Dml.update') {
      outcome.result = org.updateRecordUi(params.record, params.fields, user);
    } else {
      outcome.result = org.callApex(scenario.call.method, params, user);
    }
  } catch (error) {
    outcome.error =
      error instanceof orgModule.UiApiError
        ? error.body.output.errors.map((detail) => detail.message).join('\n')
        : error.message;
  }
  if (scenario.gatewayAtJob !== undefined) {
    // The org's NIPR Gateway Config changes after the call, before the submission job runs ('none': removed).
    org.configure({ mode: scenario.gatewayAtJob === 'none' ? null : scenario.gatewayAtJob });
  }
  advance(1500);
  org.gatewayLog(); // a request: the due jobs run first
  return { outcome, org, refs };
}

const RECORD_LISTS = {
  NIPR_Transaction__c: (store) => store.transactions,
  Offboarding_Audit__c: (store) => store.audits,
  Appointment__c: (store) => store.appointments
};

/** The differences between the outcome and `expect`, each a sentence naming the scenario (empty when it passes). */
function check(scenario, { outcome, org, refs }) {
  const problems = [];
  const say = (text) => problems.push(`${scenario.name} (${scenario.file}): ${text}`);
  const expected = scenario.expect;
  if (expected.error) {
    if (outcome.error === undefined) {
      say(`expected an error, got a result ${JSON.stringify(outcome.result)}`);
    } else if (expected.error.equals !== undefined && outcome.error !== fillNames(expected.error.equals, refs)) {
      say(`error ${JSON.stringify(outcome.error)} is not ${JSON.stringify(fillNames(expected.error.equals, refs))}`);
    } else {
      for (const part of expected.error.contains ?? []) {
        if (!outcome.error.includes(fillNames(part, refs))) {
          say(`error ${JSON.stringify(outcome.error)} does not contain ${JSON.stringify(fillNames(part, refs))}`);
        }
      }
    }
  } else if (outcome.error !== undefined) {
    say(`unexpected error ${JSON.stringify(outcome.error)}`);
  }
  if (expected.resultLength !== undefined && outcome.result?.length !== expected.resultLength) {
    say(`result length ${outcome.result?.length} is not ${expected.resultLength}`);
  }
  for (const [field, value] of Object.entries(expected.result ?? {})) {
    const actual = outcome.result?.[field];
    if (value && typeof value === 'object' && '$length' in value) {
      if (actual?.length !== value.$length) {
        say(`result.${field} has ${actual?.length} items, not ${value.$length}`);
      }
    } else if ((actual ?? null) !== value) {
      say(`result.${field} is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
    }
  }
  // resultContains: texts the serialized result must hold ({@key}: a record's Name), e.g. a nested item's reason.
  for (const part of expected.resultContains ?? []) {
    const text = fillNames(part, refs);
    if (!JSON.stringify(outcome.result ?? null).includes(text)) {
      say(`result ${JSON.stringify(outcome.result)} does not contain ${JSON.stringify(text)}`);
    }
  }
  for (const [key, fields] of Object.entries(expected.records ?? {})) {
    const record = refs.get(key);
    for (const [field, expectedValue] of Object.entries(fields)) {
      const actual = record?.[field] ?? null;
      const value = typeof expectedValue === 'string' ? fillNames(expectedValue, refs) : expectedValue;
      if (actual !== value) {
        say(`${key}.${field} is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
      }
    }
  }
  if (expected.created) {
    // The transactions the call created (not in the org), in Name order (auto-number).
    const seeded = new Set([...refs.values()].map((record) => record.Id));
    const created = org.store.transactions
      .filter((record) => !seeded.has(record.Id))
      .sort((a, b) => a.Name.localeCompare(b.Name));
    if (created.length !== expected.created.length) {
      say(`${created.length} transactions were created, not ${expected.created.length}`);
    }
    expected.created.forEach((fields, index) => {
      for (const [field, value] of Object.entries(fields)) {
        const actual = created[index]?.[field] ?? null;
        if (actual !== value) {
          say(`created[${index}].${field} is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
        }
      }
    });
  }
  for (const [objectName, count] of Object.entries(expected.counts ?? {})) {
    const actual = RECORD_LISTS[objectName](org.store).length;
    if (actual !== count) {
      say(`${objectName} count is ${actual}, not ${count}`);
    }
  }
  return problems;
}

module.exports = { START, SCENARIO_DIR, loadScenarios, loadUsers, runScenario, check };
