// Stand-in for TerminationController + TerminationService (force-app/main/default/classes): the same contract
// (docs/design.md, types/apex/*.d.ts), the same checks in the same order and the same messages, over the in-memory
// sample org. The state rules and fees are c/offboardingCore's (`validateTermination`, `feeFor`): not a second copy.
import {
  FILED_STATUSES,
  OPEN_STATUSES,
  feeFor,
  isAllowedTransition,
  recordedEffectiveDate,
  rulesByState,
  stateFeeFor,
  validateRecordedSelection,
  validateTermination
} from 'c/offboardingCore';
import { AuraHandledException, auraEnabled } from './apex.mjs';
import { normalizeId } from './ids.mjs';
import { appointmentsOf, findProducer, toCoreAppointment, transactionFee, transactionsOf } from './store.mjs';
import { appointmentScopeError } from './workflowGuard.mjs';

export const TERMINATE_PERMISSION = 'Offboarding_Terminate';
/** Idempotency_Key__c is Text(100): an 18-character Id, ':' and the request id. */
const MAX_REQUEST_ID_LENGTH = 81;
/** TerminationService.MAX_APPOINTMENTS: at most this many appointments per request. */
export const MAX_APPOINTMENTS = 2000;

const NO_PERMISSION =
  'You do not have permission to terminate appointments. Ask your Salesforce administrator for the ' +
  'Offboarding User permission set.';
const PRODUCER_NOT_FOUND =
  "The producer was not found, or you do not have access to it. Open Terminate from the producer's " +
  'Contact or Account record.';

function canTerminate(user) {
  return user.permissions.includes(TERMINATE_PERMISSION);
}

function compare(a, b) {
  return (a ?? '').localeCompare(b ?? '');
}

/** The appointment's first open transaction, by appointment Id. */
function openTransactionsByAppointment(org, appointmentIds) {
  const open = new Map();
  const wanted = new Set(appointmentIds);
  const candidates = org.store.transactions
    .filter((record) => wanted.has(record.Appointment__c) && OPEN_STATUSES.includes(record.Status__c))
    .sort((a, b) => compare(a.CreatedDate, b.CreatedDate) || compare(a.Id, b.Id));
  for (const record of candidates) {
    if (!open.has(record.Appointment__c)) {
      open.set(record.Appointment__c, record);
    }
  }
  return open;
}

/**
 * The first filed transaction (NiprTransitions.FILED_STATUSES: Submitted, Accepted) of each appointment, whoever owns
 * it (NiprTransactionsSelector.transactionsByAppointmentInStatuses): such an appointment is never terminated again.
 */
function filedTransactionsByAppointment(org, appointmentIds) {
  const filed = new Map();
  const wanted = new Set(appointmentIds);
  const candidates = org.store.transactions
    .filter((record) => wanted.has(record.Appointment__c) && FILED_STATUSES.includes(record.Status__c))
    .sort((a, b) => compare(a.CreatedDate, b.CreatedDate) || compare(a.Id, b.Id));
  for (const record of candidates) {
    if (!filed.has(record.Appointment__c)) {
      filed.set(record.Appointment__c, record);
    }
  }
  return filed;
}

/** TerminationService.filedProblem: the refusal of an appointment NIPR already has a termination of. */
function filedProblem(appointment, filed) {
  return (
    `${describe(appointment)} was already filed with NIPR for termination (${filed.Name}, ${filed.Status__c}); it is ` +
    'never filed twice. If the producer was appointed again, create a new appointment record.'
  );
}

function describe(appointment) {
  const details = [appointment.Company_Name__c, appointment.State__c].filter((detail) => detail);
  return `Appointment ${appointment.Name ?? appointment.Id}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function toProducerInfo(record) {
  const isContact = record.Id.startsWith('003');
  return {
    id: record.Id,
    name: record.Name,
    kind: isContact ? 'individual' : 'firm',
    objectApiName: isContact ? 'Contact' : 'Account',
    npn: record.NPN__c,
    niprTracking: record.NIPR_Tracking__c
  };
}

function toAppointmentInfo(record, producerId) {
  return {
    id: record.Id,
    producerId,
    state: record.State__c,
    companyName: record.Company_Name__c,
    companyNaic: record.Company_NAIC__c,
    licenseClass: record.License_Class__c,
    linesOfAuthority: record.Line_of_Authority__c,
    status: record.Status__c,
    appointedOn: record.Appointed_On__c
  };
}

/** TerminationService.withTransaction: the appointment with the transaction that keeps it out of Terminate. */
function withTransaction(info, record) {
  return {
    ...info,
    openTransactionId: record.Id,
    openTransactionName: record.Name,
    openTransactionStatus: record.Status__c
  };
}

/**
 * TerminationService.pendingWithOpenTransaction: the producer's Pending Termination appointments with an open
 * transaction (newest transaction first, each appointment once; `skip`: the Active ones, already listed).
 */
function pendingWithOpenTransaction(org, producerId, skip) {
  const seen = new Set(skip);
  const byId = new Map(org.store.appointments.map((record) => [record.Id, record]));
  const pending = [];
  for (const record of transactionsOf(org.store, producerId)) {
    const appointment = byId.get(record.Appointment__c);
    if (
      appointment &&
      OPEN_STATUSES.includes(record.Status__c) &&
      appointment.Status__c === 'Pending Termination' &&
      !seen.has(appointment.Id)
    ) {
      seen.add(appointment.Id);
      // As the Apex: the transaction's query carries no Appointed_On__c.
      const info = toAppointmentInfo(appointment, producerId);
      delete info.appointedOn;
      pending.push(withTransaction(info, record));
    }
  }
  return pending;
}

/** `TerminationController.getTerminationContext(Id producerId)`. */
function terminationContext(org, { producerId }, { user }) {
  const context = {
    canTerminate: canTerminate(user),
    today: org.today(user),
    trackingActive: false,
    appointments: [],
    unavailable: [],
    rules: [],
    reasons: []
  };
  if (!context.canTerminate) {
    return context;
  }
  const producer = findProducer(org.store, normalizeId(producerId));
  if (!producer) {
    throw new AuraHandledException(PRODUCER_NOT_FOUND);
  }
  context.producer = toProducerInfo(producer);
  context.trackingActive = producer.NIPR_Tracking__c === 'Active';

  const active = appointmentsOf(org.store, producer.Id)
    .filter((record) => record.Status__c === 'Active')
    .sort(
      (a, b) =>
        compare(a.State__c, b.State__c) ||
        compare(a.Company_Name__c, b.Company_Name__c) ||
        compare(a.License_Class__c, b.License_Class__c) ||
        compare(a.Id, b.Id)
    );
  const activeIds = active.map((record) => record.Id);
  const blocked = openTransactionsByAppointment(org, activeIds);
  // An appointment already filed with NIPR is not offered again.
  const filed = filedTransactionsByAppointment(org, activeIds);
  const eligible = active.filter((record) => !blocked.has(record.Id) && !filed.has(record.Id));
  context.appointments = eligible.map((record) => toAppointmentInfo(record, producer.Id));
  // TerminationContext.unavailable: the Active ones kept out by an open or filed transaction, then the Pending
  // Termination ones with an open transaction of the producer (newest first, each appointment once).
  context.unavailable = active
    .filter((record) => blocked.has(record.Id) || filed.has(record.Id))
    .map((record) =>
      withTransaction(toAppointmentInfo(record, producer.Id), blocked.get(record.Id) ?? filed.get(record.Id))
    )
    .concat(pendingWithOpenTransaction(org, producer.Id, activeIds));
  // Their rules too: the modal names their states.
  const states = new Set([
    ...eligible.map((record) => record.State__c),
    ...context.unavailable.map((info) => info.state)
  ]);
  context.rules = org.rules.filter((rule) => states.has(rule.state)).sort((a, b) => compare(a.state, b.state));
  context.reasons = org.reasons.map(({ code, name }) => ({ code, name }));
  context.setting = { ...org.setting };
  return context;
}

function requireWellFormed(request) {
  if (!request || !normalizeId(request.producerId)) {
    throw new AuraHandledException(
      "The termination request names no producer. Open Terminate from the producer's Contact or Account record."
    );
  }
  const requestId = typeof request.requestId === 'string' ? request.requestId.trim() : '';
  if (requestId === '' || requestId.length > MAX_REQUEST_ID_LENGTH) {
    throw new AuraHandledException(
      `The termination request has no valid request id (1 to ${MAX_REQUEST_ID_LENGTH} characters). Close the ` +
        'Terminate window, open it again and resubmit.'
    );
  }
  if (!Array.isArray(request.selections) || request.selections.length === 0) {
    throw new AuraHandledException('Select at least one appointment to terminate.');
  }
}

/** Every appointment Id of the request, in request order, each once. */
function requestedAppointmentIds(request) {
  const ids = [];
  for (const selection of request.selections) {
    for (const id of selection?.appointmentIds ?? []) {
      const normalized = normalizeId(id) ?? id;
      if (normalized && !ids.includes(normalized)) {
        ids.push(normalized);
      }
    }
  }
  return ids;
}

/** The selections still to create: appointments already done by this request are left out (TerminationService). */
function pendingSelections(selections, done) {
  const pending = [];
  for (const selection of selections) {
    if (!selection) {
      continue;
    }
    const named = (selection.appointmentIds ?? []).filter((id) => id).map((id) => normalizeId(id) ?? id);
    const remaining = named.filter((id) => !done.has(id));
    if (remaining.length === 0 && named.length > 0) {
      continue;
    }
    pending.push({ ...selection, appointmentIds: remaining });
  }
  return pending;
}

function appointmentProblem(appointmentId, appointment, producerId, producerName, selection, stateName) {
  if (!appointment) {
    return (
      `Appointment ${appointmentId} was not found, or you do not have access to it. Refresh the page and select ` +
      'the appointments again.'
    );
  }
  if (appointment.Producer_Contact__c !== producerId && appointment.Producer_Account__c !== producerId) {
    return (
      `${describe(appointment)} does not belong to ${producerName ?? 'this producer'}. Refresh the page and select ` +
      "only this producer's appointments."
    );
  }
  if (selection.state !== appointment.State__c) {
    return (
      `${describe(appointment)} is an appointment in ${appointment.State__c}, not in ${stateName}. Select it under ` +
      `${appointment.State__c}.`
    );
  }
  if (appointment.Status__c !== 'Active') {
    return (
      `${describe(appointment)} is ${appointment.Status__c ?? 'without a status'}, not Active. Refresh the page: ` +
      'only Active appointments can be terminated.'
    );
  }
  return null;
}

function blankToNull(value) {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Checks everything; returns the transactions to create by appointment Id and adds each problem to `problems`. */
function validateAndBuild(org, user, request, selections, problems) {
  const producerId = normalizeId(request.producerId);
  const producer = findProducer(org.store, producerId);
  if (!producer) {
    problems.push(PRODUCER_NOT_FOUND);
  } else if (producer.NIPR_Tracking__c !== 'Active') {
    problems.push(
      `NIPR tracking is not Active for ${producer.Name}, so its appointments cannot be terminated through NIPR. ` +
        'Set NIPR Tracking to Active on the producer first, then terminate.'
    );
  }
  const ids = selections.flatMap((selection) => selection.appointmentIds);
  const appointments = new Map(
    org.store.appointments.filter((record) => ids.includes(record.Id)).map((record) => [record.Id, record])
  );
  const open = openTransactionsByAppointment(org, ids);
  const filed = filedTransactionsByAppointment(org, ids);
  const rules = rulesByState(org.rules);
  const today = org.today(user);
  const toCreate = new Map();
  const seen = new Set();
  for (const selection of selections) {
    const rule = typeof selection.state === 'string' ? rules.get(selection.state) : undefined;
    const coreRequest = {
      state: selection.state ?? '',
      reasonCode: selection.reasonCode ?? null,
      effectiveDate: selection.effectiveDate ?? null,
      appointmentIds: selection.appointmentIds
    };
    // A selection with a channel records a termination filed outside NIPR (RecordedTerminationService).
    const recorded = blankToNull(selection.channel) !== null;
    const recordRequest = {
      ...coreRequest,
      channel: selection.channel ?? null,
      filedOn: selection.filedOn ?? null,
      reference: selection.reference ?? null,
      note: selection.note ?? null
    };
    const ruleProblems = recorded
      ? validateRecordedSelection(rule, recordRequest, today, org.reasons)
      : validateTermination(rule, coreRequest, today, org.reasons);
    problems.push(...ruleProblems.map((problem) => problem.message));
    const stateName = rule?.name ?? selection.state;
    const fees = rule
      ? new Map(
          feeFor(org.rules, org.setting, [coreRequest], [...appointments.values()].map(toCoreAppointment)).items.map(
            (item) => [item.appointmentId, item]
          )
        )
      : new Map();
    for (const appointmentId of selection.appointmentIds) {
      const appointment = appointments.get(appointmentId);
      let problem =
        appointmentProblem(appointmentId, appointment, producerId, producer?.Name, selection, stateName) ??
        openTransactionProblem(appointment, open.get(appointmentId));
      if (problem === null && filed.has(appointmentId)) {
        problem = filedProblem(appointment, filed.get(appointmentId));
      }
      if (problem === null && seen.has(appointmentId)) {
        problem = `${describe(appointment)} is selected more than once. Select each appointment once.`;
      } else if (problem === null) {
        seen.add(appointmentId);
      }
      if (problem !== null) {
        problems.push(problem);
      } else if (rule && recorded) {
        toCreate.set(appointmentId, recordedRow(user, producerId, appointment, rule, recordRequest));
      } else if (rule) {
        const fee = fees.get(appointmentId);
        toCreate.set(appointmentId, {
          Appointment__c: appointmentId,
          Producer_Contact__c: producerId.startsWith('003') ? producerId : null,
          Producer_Account__c: producerId.startsWith('001') ? producerId : null,
          Type__c: 'Appointment Termination',
          Status__c: 'Draft',
          State__c: rule.state,
          Reason_Code__c: blankToNull(selection.reasonCode),
          Effective_Date__c: blankToNull(selection.effectiveDate),
          Fee__c: fee ? transactionFee(fee) : org.setting.niprFeePerTransaction
        });
      }
    }
  }
  return toCreate;
}

/** RecordedTerminationService.newRecord: the row recording one appointment's termination filed outside NIPR. */
function recordedRow(user, producerId, appointment, rule, request) {
  return {
    Appointment__c: appointment.Id,
    Producer_Contact__c: producerId.startsWith('003') ? producerId : null,
    Producer_Account__c: producerId.startsWith('001') ? producerId : null,
    Type__c: 'Termination Filed Elsewhere',
    Status__c: 'Filed Outside NIPR',
    State__c: rule.state,
    Reason_Code__c: blankToNull(request.reasonCode),
    Effective_Date__c: recordedEffectiveDate(rule, request),
    Filing_Channel__c: blankToNull(request.channel),
    Filed_On__c: blankToNull(request.filedOn),
    External_Reference__c: blankToNull(request.reference),
    Filing_Note__c: blankToNull(request.note),
    // The state's fee where the rule has one; no NIPR fee: nothing goes to NIPR.
    Fee__c: stateFeeFor(rule, toCoreAppointment(appointment)),
    Submitted_By__c: user.Id,
    Submitted_On__c: new Date().toISOString()
  };
}

/** RecordedTerminationService.detail: the audit entry's text. */
function recordDetail(record) {
  return (
    `Recorded the ${record.State__c} termination of appointment ${record.Appointment__c} (transaction ${record.Id}) ` +
    `as filed outside NIPR: ${record.Filing_Channel__c}, filed on ${record.Filed_On__c}, effective ` +
    `${record.Effective_Date__c ?? 'not stated'}, reason ${record.Reason_Code__c}` +
    `${record.External_Reference__c ? `, reference ${record.External_Reference__c}` : ''}.`
  );
}

function openTransactionProblem(appointment, open) {
  if (!open) {
    return null;
  }
  return (
    `${describe(appointment)} already has an open NIPR transaction (${open.Name}, ${open.Status__c}). Finish or ` +
    'cancel that transaction before terminating the appointment again.'
  );
}

/** The transactions of this request that already exist (exact key match), by appointment Id. */
function existingByAppointment(org, keys) {
  const existing = new Map();
  for (const [appointmentId, key] of keys) {
    const record = org.store.transactions.find((transaction) => transaction.Idempotency_Key__c === key);
    if (record) {
      existing.set(appointmentId, record);
    }
  }
  return existing;
}

/** Inserts the transactions and sets the appointments to Pending Termination, all or nothing. */
function save(org, user, toCreate) {
  const now = new Date().toISOString();
  const created = new Map();
  // The NIPR_Transaction__c trigger's check of an insert: terminate (none → Draft), record (none → Filed Outside NIPR).
  for (const fields of toCreate.values()) {
    const action = fields.Status__c === 'Filed Outside NIPR' ? 'record' : 'terminate';
    if (!isAllowedTransition(null, fields.Status__c, action)) {
      throw new Error(`NIPR transaction: (new) → ${fields.Status__c} is not allowed by ${action}.`);
    }
  }
  const appointmentChanges = [];
  for (const [appointmentId, fields] of toCreate) {
    const appointment = org.store.appointments.find((record) => record.Id === appointmentId);
    const recorded = fields.Status__c === 'Filed Outside NIPR';
    const status = recorded ? 'Terminated' : 'Pending Termination';
    // AppointmentStateGuard in the action's scope (all or nothing: checked before anything is written).
    const refusal = appointmentScopeError(appointment.Status__c, status, recorded ? 'record' : 'terminate');
    if (refusal) {
      throw new AuraHandledException(refusal);
    }
    appointmentChanges.push({
      appointment,
      fields: recorded
        ? { Status__c: status, Terminated_On__c: fields.Effective_Date__c ?? fields.Filed_On__c }
        : { Status__c: status }
    });
    created.set(appointmentId, {
      Id: org.store.newId('NIPR_Transaction__c'),
      Name: org.store.newName('NIPR_Transaction__c'),
      NIPR_Code__c: null,
      Status_Detail__c: null,
      NIPR_Reference__c: null,
      Submission_Batch_Id__c: null,
      Submission_Started_On__c: null,
      Correction_Count__c: 0,
      Gateway_Mode__c: null,
      Submission_Attempts__c: 0,
      Submitted_By__c: null,
      Submitted_On__c: null,
      Filing_Channel__c: null,
      Filed_On__c: null,
      External_Reference__c: null,
      Filing_Note__c: null,
      ...fields,
      CreatedDate: now,
      CreatedById: user.Id
    });
  }
  // Nothing can fail between here and the end: the in-memory "commit" is these loops.
  org.store.transactions.push(...created.values());
  for (const { appointment, fields } of appointmentChanges) {
    Object.assign(appointment, fields);
  }
  for (const record of created.values()) {
    if (record.Status__c === 'Filed Outside NIPR') {
      org.store.audits.push({
        Id: org.store.newId('Offboarding_Audit__c'),
        Name: org.store.newName('Offboarding_Audit__c'),
        Action__c: 'Record Termination Filed Elsewhere',
        Contact__c: record.Producer_Contact__c,
        Account__c: record.Producer_Account__c,
        Target_User_Id__c: null,
        Status__c: 'Completed',
        Detail__c: recordDetail(record).slice(0, 2000),
        Performed_By__c: user.Id,
        Performed_On__c: now,
        Job_Id__c: null,
        CreatedDate: now
      });
    }
  }
  return created;
}

/** `TerminationController.createTerminations(TerminationRequest request)`. */
function terminations(org, { request }, { user }) {
  if (!canTerminate(user)) {
    throw new AuraHandledException(NO_PERMISSION);
  }
  requireWellFormed(request);
  const appointmentIds = requestedAppointmentIds(request);
  if (appointmentIds.length > MAX_APPOINTMENTS) {
    throw new AuraHandledException(
      `Too many appointments in one request: ${appointmentIds.length} were selected, and at most ` +
        `${MAX_APPOINTMENTS} can be terminated at once. Split it: terminate one state at a time.`
    );
  }
  const requestId = request.requestId.trim();
  const keys = new Map(appointmentIds.map((id) => [id, `${id}:${requestId}`]));
  const existing = existingByAppointment(org, keys);

  const problems = [];
  const pending = pendingSelections(request.selections, new Set(existing.keys()));
  if (pending.length === 0 && existing.size === 0) {
    throw new AuraHandledException('Select at least one appointment to terminate.');
  }
  const toCreate = pending.length === 0 ? new Map() : validateAndBuild(org, user, request, pending, problems);
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  for (const [appointmentId, fields] of toCreate) {
    fields.Idempotency_Key__c = keys.get(appointmentId);
  }
  const created = save(org, user, toCreate);
  return {
    transactionIds: appointmentIds
      .map((id) => (existing.get(id) ?? created.get(id))?.Id)
      .filter((id) => id !== undefined),
    created: created.size,
    alreadyExisted: existing.size
  };
}

// TerminationController's prefixes (OffboardingErrors.toAura: prefix + the service's message).
/** `TerminationController.getTerminationContext(Id producerId)`. */
export const getTerminationContext = auraEnabled('The Terminate action could not be loaded: ', terminationContext);
/** `TerminationController.createTerminations(TerminationRequest request)`. */
export const createTerminations = auraEnabled('The termination could not be completed: ', terminations);
