// Stand-in for NiprTransactionService (force-app/main/default/classes), step 1b: eligibility, quote, submission,
// cancel, correction and status refresh, with the same permissions, status transitions, idempotency and messages
// (see its class header), over the in-memory org and simulatedNiprGateway.mjs. The state rules and fees are
// c/offboardingCore's (`validateTermination`, `quoteFor`, `sameAmount`). Errors are AuraHandledExceptions; the
// controller stand-in adds its prefix. The org is changed only after every check passed (all or nothing).
//
// Issue 10 (docs/filing-integrity.md): every status change goes through the generated workflow table
// (`isAllowedTransition`, as the NIPR_Transaction__c trigger checks it); submit is two committed steps (Submitting, then
// NiprSubmissionJob in asyncJobs.mjs files each row once with the key `<Id>:<Correction_Count__c>`); stuck Submitting
// rows are resent with the same key; the org's gateway configuration (niprGateways.mjs) must say Simulated.
import {
  FILED_STATUSES,
  OPEN_STATUSES,
  actionsFrom,
  isAllowedTransition,
  quoteFor,
  rulesByState,
  sameAmount,
  validateTermination
} from 'c/offboardingCore';
import { AuraHandledException, recordError } from './apex.mjs';
import { enqueueJob } from './asyncJobs.mjs';
import { normalizeId } from './ids.mjs';
import * as gateways from './niprGateways.mjs';
import * as gateway from './simulatedNiprGateway.mjs';
import { findProducer } from './store.mjs';
import { appointmentOf, codeValue, detailValue, isStuck, toInfo } from './transactionInfo.mjs';
import { appointmentScopeError } from './workflowGuard.mjs';

const SUBMIT_PERMISSION = 'Offboarding_Submit_NIPR';
const TERMINATE_PERMISSION = 'Offboarding_Terminate';
const MAX_TRANSACTIONS = 500;
const MAX_SUBMISSION_ID_LENGTH = 81;
const MAX_REFERENCE_LENGTH = 100;
export const CODE_DELIVERY_UNCONFIRMED = 'DELIVERY_UNCONFIRMED';
export const CODE_JOB_FAILED = 'JOB_FAILED';
export const CODE_DUPLICATE_OPEN = 'DUPLICATE_OPEN';
export const CODE_REFERENCE_INVALID = 'REFERENCE_INVALID';
/** NiprTransactionRows.CODE_NOT_CONFIGURED: NiprSubmissionJob found no gateway configuration (the row was not sent). */
export const CODE_NOT_CONFIGURED = 'NOT_CONFIGURED';
/** NiprTransactionRows.CODE_MODE_CHANGED: the org's mode is no longer the row's Gateway_Mode__c (nothing was sent). */
export const CODE_MODE_CHANGED = 'MODE_CHANGED';
/** NiprTransactionRows.CODE_PRODUCER_MISSING: the row has no producer (Not Eligible; nothing is ever sent). */
export const CODE_PRODUCER_MISSING = 'PRODUCER_MISSING';
/** NiprTransactionRows.CODE_NPN_MISSING: the producer has no NPN (Needs Attention, as NIPR answers it). */
export const CODE_NPN_MISSING = 'NPN_MISSING';
/** NiprSubmissionJob.RESEND_ADVICE. */
const RESEND_ADVICE = ' Resend it: the same idempotency key makes sure NIPR files it only once.';

/** Server time until NiprSubmissionJob runs (or the next request after it: asyncJobs.mjs). */
export const SUBMISSION_JOB_DELAY_MS = 1000;

/** The statuses the workflow table lets an action start from (no hand-kept lists). */
const canStart = (action, status) => actionsFrom(status).includes(action);

function requirePermission(user, permission, action) {
  if (!user.permissions.includes(permission)) {
    throw new AuraHandledException(
      `You do not have permission to ${action} (custom permission ${permission}). Ask your Salesforce administrator ` +
        'for the Offboarding permission set that grants it.'
    );
  }
}

/** The requested rows, in request order, each once. */
function load(org, transactionIds) {
  const ids = [...new Set((transactionIds ?? []).filter((id) => id).map((id) => normalizeId(id) ?? id))];
  if (ids.length === 0) {
    throw new AuraHandledException('Select at least one transaction.');
  }
  if (ids.length > MAX_TRANSACTIONS) {
    throw new AuraHandledException(
      `At most ${MAX_TRANSACTIONS} transactions can be handled at once; ${ids.length} were selected.`
    );
  }
  const rows = ids.map((id) => org.store.transactions.find((record) => record.Id === id)).filter((row) => row);
  if (rows.length < ids.length) {
    throw new AuraHandledException(
      `${ids.length - rows.length} of the selected transactions were not found, or you do not have access to them. ` +
        'Refresh the page and select them again.'
    );
  }
  return rows;
}

/**
 * The status, code and detail a row gets by `action` (applied when the action saves). A status change the workflow
 * table does not allow is a bug of the stand-in, refused as the NIPR_Transaction__c trigger refuses it.
 */
function change(row, status, code, message, action, fields = {}) {
  const moves = row.Status__c !== status || action === 'resend';
  if (moves && !isAllowedTransition(row.Status__c, status, action)) {
    throw new Error(`${row.Name}: ${row.Status__c} → ${status} is not allowed by ${action}.`);
  }
  return {
    row,
    fields: { ...fields, Status__c: status, NIPR_Code__c: codeValue(code), Status_Detail__c: detailValue(message) }
  };
}

/** Saves the changes: every transaction, then the appointments (the in-memory "DML"). */
function save(changes, appointmentChanges = []) {
  for (const { row, fields } of changes) {
    Object.assign(row, fields);
  }
  for (const { appointment, fields } of appointmentChanges) {
    Object.assign(appointment, fields);
  }
}

/** NIPR's idempotency key of a row's filing: `<Id>:<Correction_Count__c>` (every resend sends the same one). */
export function filingKey(row) {
  return `${row.Id}:${row.Correction_Count__c ?? 0}`;
}

/**
 * NiprTransactionRows.rowMode: the gateway mode a row is filed with (Gateway_Mode__c, set by Submit). A row from
 * before that field: a 'SIM-' reference was filed with the simulator, any other reference with the Live gateway;
 * without a reference, the org's current mode.
 */
export function rowMode(row, currentMode) {
  if (typeof row.Gateway_Mode__c === 'string' && row.Gateway_Mode__c.trim() !== '') {
    return row.Gateway_Mode__c;
  }
  if (typeof row.NIPR_Reference__c !== 'string' || row.NIPR_Reference__c.trim() === '') {
    return currentMode;
  }
  return row.NIPR_Reference__c.startsWith(gateway.REFERENCE_PREFIX) ? gateways.MODE_SIMULATED : gateways.MODE_LIVE;
}

/** NiprTransactionRows.modeChangedMessage: the detail of a row not sent because the org's mode changed. */
export function modeChangedMessage(row, ownMode, currentMode) {
  const submitted = row.Status__c === 'Submitted';
  return (
    `Nothing was sent for ${row.Name}: it was ${submitted ? 'filed with' : 'confirmed for'} the ${ownMode} NIPR ` +
    `gateway, but this org is now set to ${currentMode} (NIPR Gateway Config), and a transaction is never sent to ` +
    `another gateway than its own. An administrator must switch the mode back to ${ownMode}` +
    (submitted
      ? '; then refresh its status. Its status is kept.'
      : '; resend it once the mode is back. It stays Submitting (it cannot be cancelled while being submitted).')
  );
}

/**
 * NiprTransactionRows.producerCheck: nothing is ever sent with npn = null. No producer (both lookups empty) → Not
 * Eligible PRODUCER_MISSING; a producer without NPN → Needs Attention NPN_MISSING. Null when both are there.
 */
function producerCheck(org, row) {
  if (!row.Producer_Contact__c && !row.Producer_Account__c) {
    return {
      status: 'Not Eligible',
      code: CODE_PRODUCER_MISSING,
      message:
        'This transaction has no producer (its Contact or Account is missing), so NIPR cannot be told whose ' +
        'appointment to terminate. Nothing was sent. Cancel it, and terminate the appointment again from the ' +
        "producer's record."
    };
  }
  const producer = findProducer(org.store, row.Producer_Contact__c ?? row.Producer_Account__c);
  const npn = producer?.NPN__c;
  if (typeof npn !== 'string' || npn.trim() === '') {
    return {
      status: 'Needs Attention',
      code: CODE_NPN_MISSING,
      message: 'NIPR identifies the producer by National Producer Number (NPN), and this producer has none.'
    };
  }
  return null;
}

/** Another open transaction of the same appointment (DUPLICATE_OPEN), or null. */
function otherOpenTransaction(org, row) {
  if (!row.Appointment__c) {
    return null;
  }
  return (
    org.store.transactions.find(
      (other) =>
        other.Id !== row.Id && other.Appointment__c === row.Appointment__c && OPEN_STATUSES.includes(other.Status__c)
    ) ?? null
  );
}

/** NiprTransactionRows.duplicateOpenCheck's message. */
function duplicateOpenMessage(org, row) {
  const appointment = appointmentOf(org, row);
  return (
    `Appointment ${appointment?.Name ?? row.Appointment__c} has another open NIPR transaction; an appointment is ` +
    'terminated once. Cancel this one, or the other.'
  );
}

function requestOf(row, reasonCode, effectiveDate) {
  const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  return {
    state: row.State__c ?? '',
    reasonCode: text(reasonCode),
    effectiveDate: text(effectiveDate),
    appointmentIds: row.Appointment__c ? [row.Appointment__c] : []
  };
}

/** The state's rules and the appointment, re-checked before the gateway: null, or the check the row fails. */
function localCheck(org, row, today) {
  const other = otherOpenTransaction(org, row);
  if (other) {
    return { status: 'Not Eligible', code: CODE_DUPLICATE_OPEN, message: duplicateOpenMessage(org, row) };
  }
  const producer = producerCheck(org, row);
  if (producer) {
    return producer;
  }
  const appointment = appointmentOf(org, row);
  if (row.Appointment__c && appointment) {
    const producerId = row.Producer_Contact__c ?? row.Producer_Account__c;
    if (appointment.Producer_Contact__c !== producerId && appointment.Producer_Account__c !== producerId) {
      return {
        status: 'Not Eligible',
        code: 'PRODUCER_MISMATCH',
        message: `Appointment ${appointment.Name} does not belong to this transaction's producer.`
      };
    }
    if (appointment.Status__c !== 'Pending Termination') {
      return {
        status: 'Not Eligible',
        code: 'APPOINTMENT_NOT_PENDING',
        message:
          `Appointment ${appointment.Name} is ${appointment.Status__c ?? 'without a status'}, not Pending ` +
          'Termination: there is nothing to file.'
      };
    }
  }
  const rule = row.State__c ? rulesByState(org.rules).get(row.State__c) : undefined;
  const problems = validateTermination(
    rule,
    requestOf(row, row.Reason_Code__c, row.Effective_Date__c),
    today,
    org.reasons
  );
  if (problems.length === 0) {
    return null;
  }
  const code = problems[0].code;
  return {
    status: code === 'NOT_FILED_THROUGH_NIPR' || code === 'NO_APPOINTMENTS' ? 'Not Eligible' : 'Needs Attention',
    code,
    message: problems.map((problem) => problem.message).join(' ')
  };
}

function filingFor(org, row) {
  const appointment = appointmentOf(org, row);
  const isContact = Boolean(row.Producer_Contact__c);
  const producer = findProducer(org.store, row.Producer_Contact__c ?? row.Producer_Account__c);
  return {
    transactionId: row.Id,
    idempotencyKey: filingKey(row),
    npn: producer?.NPN__c ?? null,
    producerKind: isContact ? 'individual' : 'firm',
    state: row.State__c,
    companyNaic: appointment?.Company_NAIC__c ?? null,
    companyName: appointment?.Company_Name__c ?? null,
    licenseClass: appointment?.License_Class__c ?? null,
    linesOfAuthority: (appointment?.Line_of_Authority__c ?? '')
      .split(';')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    reasonCode: row.Reason_Code__c,
    effectiveDate: row.Effective_Date__c
  };
}

function infos(org, rows) {
  return rows.map((row) => toInfo(org, row));
}

/** `checkEligibility(List<Id> transactionIds)`: Draft, Needs Attention and Ready rows, checked here, then at NIPR. */
export function checkEligibility(org, { transactionIds }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'check the eligibility of NIPR transactions');
  gateways.requireGateway(org);
  const rows = load(org, transactionIds);
  const today = org.today(user);
  const changes = [];
  const filings = [];
  for (const row of rows.filter((candidate) => canStart('checkEligibility', candidate.Status__c))) {
    const check = localCheck(org, row, today);
    if (check === null) {
      filings.push(filingFor(org, row));
    } else {
      changes.push(change(row, check.status, check.code, check.message, 'checkEligibility'));
    }
  }
  const byId = new Map(rows.map((row) => [row.Id, row]));
  for (const result of gateway.checkEligibility(filings, rulesByState(org.rules), today)) {
    changes.push(
      change(byId.get(result.transactionId), result.status, result.code, result.message, 'checkEligibility')
    );
  }
  save(changes);
  return infos(org, rows);
}

/** The quote of rows (offboardingCore's `quoteFor`, the client twin of the service's quote). */
function quote(org, rows) {
  return quoteFor(
    rows.map((row) => {
      const appointment = appointmentOf(org, row);
      return {
        id: row.Id,
        state: row.State__c ?? '',
        stateName: org.rules.find((rule) => rule.state === row.State__c)?.name ?? row.State__c ?? '',
        companyName: appointment?.Company_Name__c ?? '',
        licenseClass: appointment?.License_Class__c ?? '',
        linesOfAuthority: appointment?.Line_of_Authority__c ?? ''
      };
    }),
    org.rules,
    org.setting
  );
}

/** `getSubmissionQuote(List<Id> transactionIds)`: the cost of the Ready to Submit rows among them. */
export function getSubmissionQuote(org, { transactionIds }) {
  return quote(
    org,
    load(org, transactionIds).filter((row) => row.Status__c === 'Ready to Submit')
  );
}

function money(amount) {
  return amount === null || amount === undefined ? 'no total' : `$${Number(amount).toFixed(2)}`;
}

function notSubmittable(row) {
  const advice =
    {
      'Not Eligible': 'Correct it or cancel it.',
      Submitted: 'NIPR has it already (another submission); it is never filed twice.',
      Accepted: 'NIPR has it already (another submission); it is never filed twice.',
      Draft: 'Recheck its eligibility first.',
      'Needs Attention': 'Recheck its eligibility first.',
      Rejected: 'Correct it and recheck its eligibility before submitting it again.',
      Failed: 'Correct it and recheck its eligibility before submitting it again.'
    }[row.Status__c] ?? 'It cannot be submitted.';
  return `${row.Name} is ${row.Status__c}: only Ready to Submit transactions can be submitted. ${advice}`;
}

/** 'YYYY-MM-DD HH:mm' in the user's time zone (Apex DateTime.format('yyyy-MM-dd HH:mm')). */
function formatDateTime(iso, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone ?? 'America/Los_Angeles',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value])
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** NiprResendService.stillBeingSubmitted. */
function stillBeingSubmitted(org, user, row) {
  const submitter = org.store.users.find((candidate) => candidate.Id === row.Submitted_By__c);
  const started = row.Submission_Started_On__c
    ? `at ${formatDateTime(row.Submission_Started_On__c, user.timeZone)} `
    : '';
  return (
    `${row.Name} is still being submitted (started ${started}by ${submitter?.name ?? 'another user'}). It can be ` +
    `resent when NIPR has not answered within ${gateways.submitTimeoutMinutes(org)} minutes.`
  );
}

function alreadyBeingSubmitted(org, user, row) {
  const submitter = org.store.users.find((candidate) => candidate.Id === row.Submitted_By__c);
  const started = row.Submission_Started_On__c
    ? formatDateTime(row.Submission_Started_On__c, user.timeZone)
    : 'an unknown time';
  return (
    `${row.Name} is already being submitted (started by ${submitter?.name ?? 'another user'} at ${started}). ` +
    "Nothing was sent twice; wait for NIPR's answer."
  );
}

/** NiprSubmissionJob: one Queueable per submission (or resend) of these rows, run as `user` after the delay. */
function enqueueSubmission(org, user, ids) {
  enqueueJob(org, user, {
    className: 'NiprSubmissionJob',
    jobType: 'Queueable',
    stepMs: SUBMISSION_JOB_DELAY_MS,
    about: { transactionIds: ids },
    step(jobOrg, job) {
      deliver(jobOrg, job.runAs, ids);
      job.JobItemsProcessed = 1;
      job.TotalJobItems = 1;
      job.Status = 'Completed';
    },
    // The Finalizer: a job that died on its rows leaves them Submitting with JOB_FAILED (stuck: can be resent).
    fail(jobOrg, job, error) {
      const rows = jobOrg.store.transactions.filter((row) => ids.includes(row.Id) && row.Status__c === 'Submitting');
      // The exception text goes to the log only; the rows name its error id (NiprSubmissionJob.recordJobFailure).
      const errorId = recordError('NiprSubmissionJob: the submission job stopped:', error);
      save(
        rows.map((row) =>
          change(
            row,
            'Submitting',
            CODE_JOB_FAILED,
            `The submission job stopped before NIPR's answer was saved (error id ${errorId}).${RESEND_ADVICE}`,
            'deliver'
          )
        )
      );
    }
  });
}

/**
 * NiprSubmissionJob.notSent: certainly not sent this time. On the first attempt (Submission_Attempts__c = 1) back to
 * Ready to Submit with the code; after a resend (or with no attempt recorded) an earlier attempt may have reached NIPR,
 * so it stays Submitting with DELIVERY_UNCONFIRMED.
 */
function notSent(row, code, message) {
  if (row.Submission_Attempts__c !== 1) {
    return change(
      row,
      'Submitting',
      CODE_DELIVERY_UNCONFIRMED,
      `Not sent this time${code ? ` (${code})` : ''}: ${message} An earlier attempt of this filing may have reached ` +
        `NIPR, so it is not put back to Ready to Submit.${RESEND_ADVICE}`,
      'deliver'
    );
  }
  return change(row, 'Ready to Submit', code, `Not sent: ${message}`, 'deliver', { Submission_Started_On__c: null });
}

/** NiprSubmissionJob.apply: one gateway answer for the row. */
function applyAnswer(row, result, now) {
  const answered = result?.answered === true && ['Submitted', 'Accepted', 'Rejected', 'Failed'].includes(result.status);
  if (!answered) {
    const uncertain = !result || result.answered === true || result.deliveryUncertain !== false;
    const message = result?.message ?? "NIPR's answer did not include this transaction.";
    if (!uncertain) {
      return notSent(row, result.code, message);
    }
    return change(
      row,
      'Submitting',
      CODE_DELIVERY_UNCONFIRMED,
      `Not confirmed by NIPR: ${message}${RESEND_ADVICE}`,
      'deliver'
    );
  }
  let { status, code, reference } = result;
  let message = result.message ?? `NIPR answered ${result.status}.`;
  const tooLong = typeof reference === 'string' && reference.length > MAX_REFERENCE_LENGTH;
  if (
    (status === 'Submitted' || status === 'Accepted') &&
    (typeof reference !== 'string' || reference.trim() === '' || tooLong)
  ) {
    status = 'Submitted';
    code = CODE_REFERENCE_INVALID;
    message =
      `NIPR acknowledged the filing (${result.status}), but its reference is ` +
      (tooLong ? `longer than ${MAX_REFERENCE_LENGTH} characters: "${reference}"` : 'blank') +
      '. It is not filed again; send this to your NIPR integration provider to learn its outcome.';
    reference = null;
  } else if (tooLong) {
    message = `${message} (NIPR reference: ${reference})`;
    reference = null;
  }
  return change(row, status, code, message, 'deliver', {
    Submitted_On__c: now,
    NIPR_Reference__c: typeof reference === 'string' && reference.trim() !== '' ? reference : null
  });
}

/**
 * Step 2 (NiprSubmissionJob.deliver): files the rows still Submitting, each once and only with the gateway of its own
 * Gateway_Mode__c, then saves each row's outcome. A row whose mode is not the org's now → not sent, stays Submitting
 * with MODE_CHANGED. Answered → Submitted (reference) / Accepted / Rejected / Failed; definitely not sent (no gateway) →
 * Ready to Submit on the first attempt, else DELIVERY_UNCONFIRMED; no answer → stays Submitting with
 * DELIVERY_UNCONFIRMED (stuck: resend sends the same key).
 */
export function deliver(org, user, ids) {
  const rows = org.store.transactions.filter((row) => ids.includes(row.Id) && row.Status__c === 'Submitting');
  if (rows.length === 0) {
    return;
  }
  const changes = [];
  const currentMode = gateways.mode(org);
  const toSend = [];
  for (const row of rows) {
    const ownMode = rowMode(row, currentMode);
    if (currentMode === gateways.MODE_NOT_CONFIGURED || ownMode === currentMode) {
      toSend.push(row);
    } else {
      // Never to the other gateway: nothing is sent, the row stays Submitting and says why.
      changes.push(
        change(row, 'Submitting', CODE_MODE_CHANGED, modeChangedMessage(row, ownMode, currentMode), 'deliver')
      );
    }
  }
  if (toSend.length > 0 && currentMode !== gateways.MODE_SIMULATED) {
    // Not configured (GatewayNotConfiguredException), or Live: the sandbox has no connection to NIPR.
    const message =
      currentMode === gateways.MODE_NOT_CONFIGURED
        ? gateways.NOT_CONFIGURED_MESSAGE
        : gateways.LIVE_UNAVAILABLE_MESSAGE;
    changes.push(...toSend.map((row) => notSent(row, CODE_NOT_CONFIGURED, message)));
  } else if (toSend.length > 0) {
    const byKey = new Map();
    for (const result of gateway.submit(
      org.store.gatewayLog,
      toSend.map((row) => filingFor(org, row))
    )) {
      byKey.set(result.idempotencyKey, result);
    }
    const now = new Date().toISOString();
    changes.push(...toSend.map((row) => applyAnswer(row, byKey.get(filingKey(row)), now)));
  }
  save(changes);
}

/**
 * `submitTransactions(List<Id> transactionIds, String submissionId, Decimal confirmedTotal)`, step 1: checks, then
 * the Ready rows become Submitting (committed) and NiprSubmissionJob is queued. Returns SubmissionResult
 * `{ queued, alreadySubmitted, submitted: 0, failed, transactions, mode }`.
 */
export function submitTransactions(org, { transactionIds, submissionId, confirmedTotal }, { user }) {
  requirePermission(user, SUBMIT_PERMISSION, 'submit transactions to NIPR');
  const batchId = typeof submissionId === 'string' ? submissionId.trim() : '';
  if (batchId === '' || batchId.length > MAX_SUBMISSION_ID_LENGTH) {
    throw new AuraHandledException(
      `The submission has no valid submission id (1 to ${MAX_SUBMISSION_ID_LENGTH} characters). Close the ` +
        'confirmation, open it again and confirm.'
    );
  }
  const mode = gateways.requireGateway(org);
  const rows = load(org, transactionIds);
  const toSend = [];
  const priced = [];
  const problems = [];
  let alreadySubmitted = 0;
  for (const row of rows) {
    const sameBatch = row.Submission_Batch_Id__c === batchId;
    if (row.Status__c === 'Ready to Submit') {
      toSend.push(row);
      priced.push(row);
    } else if (sameBatch && (row.Status__c === 'Submitting' || FILED_STATUSES.includes(row.Status__c))) {
      // A double click: the same submission id. With another id, a Submitted/Accepted row is refused below.
      alreadySubmitted += 1;
    } else if (row.Status__c === 'Submitting') {
      problems.push(alreadyBeingSubmitted(org, user, row));
    } else {
      problems.push(notSubmittable(row));
    }
  }
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  const result = (queued, failed) => ({
    queued,
    alreadySubmitted,
    submitted: 0,
    failed,
    transactions: infos(org, rows),
    mode
  });
  if (toSend.length === 0) {
    return result(0, 0);
  }
  const price = quote(org, priced);
  if (confirmedTotal === null || confirmedTotal === undefined || !sameAmount(price.total, Number(confirmedTotal))) {
    throw new AuraHandledException(
      `The price changed: submitting these transactions now costs ${money(price.total)}, not the ` +
        `${money(confirmedTotal)} you confirmed. Nothing was sent. Review the cost and confirm again.`
    );
  }
  const fees = new Map(
    price.items.map((item) => [item.transactionId, Math.round((item.niprFee + (item.stateFee ?? 0)) * 100) / 100])
  );
  const today = org.today(user);
  const now = new Date().toISOString();
  const changes = [];
  const queued = [];
  for (const row of toSend) {
    const check = localCheck(org, row, today);
    if (check === null) {
      queued.push(row.Id);
      changes.push(
        change(row, 'Submitting', null, `Submitted to NIPR by ${user.name}; waiting for NIPR's answer.`, 'submit', {
          Submission_Batch_Id__c: batchId,
          Submission_Started_On__c: now,
          Submitted_By__c: user.Id,
          Fee__c: fees.get(row.Id) ?? row.Fee__c,
          // The job, Resend and Refresh Status use this mode only: a later switch never sends it to another gateway.
          Gateway_Mode__c: mode,
          Submission_Attempts__c: 1
        })
      );
    } else {
      changes.push(change(row, check.status, check.code, `Not sent: ${check.message}`, 'submit'));
    }
  }
  save(changes);
  if (queued.length > 0) {
    enqueueSubmission(org, user, queued);
  }
  return result(queued.length, toSend.length - queued.length);
}

/**
 * `resendTransactions(List<Id> transactionIds)`: stuck Submitting rows (older than the timeout, or
 * DELIVERY_UNCONFIRMED / JOB_FAILED) are queued again with their same key; any other row refuses the whole request.
 */
export function resendTransactions(org, { transactionIds }, { user }) {
  requirePermission(user, SUBMIT_PERMISSION, 'resend transactions to NIPR');
  const mode = gateways.requireGateway(org);
  const rows = load(org, transactionIds);
  const now = Date.now();
  const problems = [];
  for (const row of rows) {
    if (row.Status__c !== 'Submitting') {
      problems.push(
        `${row.Name} is ${row.Status__c}: only a Submitting transaction that NIPR has not answered can be resent.`
      );
    } else if (!isStuck(org, row, now)) {
      problems.push(stillBeingSubmitted(org, user, row));
    }
  }
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  const startedOn = new Date(now).toISOString();
  const changes = [];
  const queued = [];
  for (const row of rows) {
    const ownMode = rowMode(row, mode);
    if (ownMode !== mode) {
      // Never to the other gateway: nothing is sent, the row stays Submitting and says why.
      changes.push(change(row, 'Submitting', CODE_MODE_CHANGED, modeChangedMessage(row, ownMode, mode), 'resend'));
      continue;
    }
    changes.push(
      change(
        row,
        'Submitting',
        null,
        `Resent to NIPR by ${user.name} with the same idempotency key; waiting for NIPR's answer.`,
        'resend',
        {
          Submission_Started_On__c: startedOn,
          // Counts every attempt: after a resend, a later "not sent" never moves the row back to Ready to Submit.
          Submission_Attempts__c: (row.Submission_Attempts__c ?? 1) + 1
        }
      )
    );
    queued.push(row.Id);
  }
  save(changes);
  if (queued.length > 0) {
    enqueueSubmission(org, user, queued);
  }
  return {
    queued: queued.length,
    alreadySubmitted: 0,
    submitted: 0,
    failed: rows.length - queued.length,
    transactions: infos(org, rows),
    mode
  };
}

function notCancellable(row) {
  if (row.Status__c === 'Accepted') {
    return `${row.Name} is Accepted: the state terminated the appointment, so it cannot be cancelled.`;
  }
  if (row.Status__c === 'Submitted') {
    return (
      `${row.Name} is Submitted: NIPR is processing it, so it cannot be cancelled. Wait for the outcome; a Rejected ` +
      'or Failed transaction can be cancelled.'
    );
  }
  if (row.Status__c === 'Submitting') {
    return (
      `${row.Name} is being submitted to NIPR (it may already be there), so it cannot be cancelled. Wait for NIPR's ` +
      'answer; a Rejected or Failed transaction can be cancelled.'
    );
  }
  return `${row.Name} is ${row.Status__c}: it cannot be cancelled.`;
}

/** `cancelTransactions(List<Id> transactionIds)`: never a Submitting, Submitted or Accepted row; appointments back to Active. */
export function cancelTransactions(org, { transactionIds }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'cancel NIPR transactions');
  const rows = load(org, transactionIds);
  const problems = [];
  const changes = [];
  const appointmentChanges = [];
  for (const row of rows.filter((candidate) => candidate.Status__c !== 'Cancelled')) {
    if (!isAllowedTransition(row.Status__c, 'Cancelled', 'cancel')) {
      problems.push(notCancellable(row));
      continue;
    }
    changes.push(change(row, 'Cancelled', null, `Cancelled by ${user.name}; nothing was filed with NIPR.`, 'cancel'));
    const appointment = appointmentOf(org, row);
    const ownProducer =
      appointment &&
      (appointment.Producer_Contact__c ?? appointment.Producer_Account__c) ===
        (row.Producer_Contact__c ?? row.Producer_Account__c);
    if (ownProducer && appointment.Status__c === 'Pending Termination') {
      appointmentChanges.push({ appointment, fields: { Status__c: 'Active' } });
    }
  }
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  save(changes, appointmentChanges);
  return infos(org, rows);
}

/**
 * `correctTransaction(Id transactionId, String reasonCode, String effectiveDate)`: back to Draft when valid, with
 * Correction_Count__c + 1 (a new filing: a new NIPR key).
 */
export function correctTransaction(org, { transactionId, reasonCode, effectiveDate }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'correct NIPR transactions');
  const [row] = load(org, [transactionId]);
  if (!isAllowedTransition(row.Status__c, 'Draft', 'correct')) {
    throw new AuraHandledException(
      `${row.Name} is ${row.Status__c}: only Rejected, Failed, Needs Attention or Not Eligible transactions can be ` +
        'corrected.'
    );
  }
  const other = otherOpenTransaction(org, row);
  if (other) {
    throw new AuraHandledException(`${row.Name} cannot be corrected: ${duplicateOpenMessage(org, row)}`);
  }
  const request = requestOf(row, reasonCode, effectiveDate);
  const rule = row.State__c ? rulesByState(org.rules).get(row.State__c) : undefined;
  const problems = validateTermination(rule, request, org.today(user), org.reasons);
  if (problems.length > 0) {
    throw new AuraHandledException(problems.map((problem) => problem.message).join('\n'));
  }
  save([
    change(row, 'Draft', 'CORRECTED', `Corrected by ${user.name}. Recheck eligibility, then submit it.`, 'correct', {
      Reason_Code__c: request.reasonCode,
      Effective_Date__c: request.effectiveDate,
      Correction_Count__c: (row.Correction_Count__c ?? 0) + 1
    })
  ]);
  return toInfo(org, row);
}

/** `refreshStatuses(List<Id> transactionIds)`: asks NIPR where the Submitted rows stand. */
export function refreshStatuses(org, { transactionIds }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'refresh NIPR transactions');
  gateways.requireGateway(org);
  const rows = load(org, transactionIds);
  const currentMode = gateways.mode(org);
  const refreshable = rows.filter((row) => canStart('refresh', row.Status__c) && row.NIPR_Reference__c);
  // A reference is asked only at the gateway that issued it: never a real one at the simulator, or the reverse.
  // Rows, not a map by reference: several rows may share one reference, and each of them gets the answer.
  const asked = refreshable.filter((row) => rowMode(row, currentMode) === currentMode);
  const changes = [];
  const appointmentChanges = [];
  const unchanged = (row, status, code, message) =>
    row.Status__c === status && row.NIPR_Code__c === codeValue(code) && row.Status_Detail__c === detailValue(message);
  for (const row of refreshable.filter((candidate) => rowMode(candidate, currentMode) !== currentMode)) {
    const message = modeChangedMessage(row, rowMode(row, currentMode), currentMode);
    if (!unchanged(row, row.Status__c, CODE_MODE_CHANGED, message)) {
      changes.push(change(row, row.Status__c, CODE_MODE_CHANGED, message, 'refresh'));
    }
  }
  const answers = new Map(
    gateway
      .fetchStatus([...new Set(asked.map((row) => row.NIPR_Reference__c))])
      .map((result) => [result.reference, result])
  );
  for (const row of asked) {
    const result = answers.get(row.NIPR_Reference__c);
    if (!result || unchanged(row, result.status, result.code, result.message)) {
      continue;
    }
    changes.push(change(row, result.status, result.code, result.message, 'refresh'));
    const appointment = appointmentOf(org, row);
    if (result.status === 'Accepted' && appointment) {
      appointmentChanges.push({
        appointment,
        fields: { Status__c: 'Terminated', Terminated_On__c: row.Effective_Date__c ?? org.today(user) }
      });
    }
  }
  save(changes, appointmentChanges);
  return infos(org, rows);
}

/** RecordedTerminationUndoService.refusal: why a row cannot be undone, or null. */
function undoRefusal(org, row, appointment) {
  if (row.Status__c !== 'Filed Outside NIPR') {
    if (row.Status__c === 'Cancelled') {
      return `${row.Name} is already Cancelled: there is nothing to undo. Refresh the page.`;
    }
    return (
      `${row.Name} is ${row.Status__c}, not Filed Outside NIPR: only a termination recorded as filed elsewhere can ` +
      'be undone. A NIPR transaction that was not filed is cancelled with Cancel instead.'
    );
  }
  const appointmentStatus = appointment?.Status__c;
  if (appointmentStatus !== 'Terminated') {
    return (
      `${row.Name} cannot be undone: its appointment ${appointment?.Name ?? row.Appointment__c} is ` +
      `${appointmentStatus ?? 'without a status'}, no longer Terminated, so something happened after this record. ` +
      'Review the appointment and its later transactions instead.'
    );
  }
  // Across sharing: every transaction of the same appointment created after this one (CreatedDate, then Id).
  const later = org.store.transactions
    .filter(
      (other) =>
        other.Appointment__c === row.Appointment__c &&
        other.Id !== row.Id &&
        (other.CreatedDate > row.CreatedDate || (other.CreatedDate === row.CreatedDate && other.Id > row.Id))
    )
    .sort((a, b) => a.CreatedDate.localeCompare(b.CreatedDate) || a.Id.localeCompare(b.Id))[0];
  if (later) {
    return (
      `${row.Name} cannot be undone: ${later.Name} (${later.Status__c}) was created for the same appointment after ` +
      `it. Only a record with no later activity can be undone; review ${later.Name} instead.`
    );
  }
  return null;
}

/**
 * `undoRecordedTermination(Id transactionId, String reason)` (RecordedTerminationUndoService): a Filed Outside NIPR
 * row with no later activity → Cancelled, its appointment → Active (Terminated_On__c cleared), and an audit entry.
 */
export function undoRecordedTermination(org, { transactionId, reason }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'undo a recorded termination');
  const why = typeof reason === 'string' ? reason.trim() : '';
  if (why === '') {
    throw new AuraHandledException(
      'Enter why the recorded termination is undone (for example, "recorded for the wrong appointment"): the ' +
        'reason is kept on the transaction and in the audit.'
    );
  }
  if (why.length > 1000) {
    throw new AuraHandledException(`The reason has ${why.length} characters; at most 1,000 fit. Shorten it.`);
  }
  if (!transactionId) {
    throw new AuraHandledException(
      'No transaction was named. Refresh the NIPR Transactions page and choose Undo record on the row.'
    );
  }
  const [row] = load(org, [transactionId]);
  const appointment = appointmentOf(org, row);
  const refusal = undoRefusal(org, row, appointment);
  if (refusal) {
    throw new AuraHandledException(refusal);
  }
  const guard = appointmentScopeError(appointment.Status__c, 'Active', 'undoRecord');
  if (guard) {
    throw new AuraHandledException(guard);
  }
  const detail = `Record undone by ${user.name} on ${org.today(user)}: ${why}`;
  save(
    [change(row, 'Cancelled', null, detail, 'undoRecord')],
    [{ appointment, fields: { Status__c: 'Active', Terminated_On__c: null } }]
  );
  const now = new Date().toISOString();
  org.store.audits.push({
    Id: org.store.newId('Offboarding_Audit__c'),
    Name: org.store.newName('Offboarding_Audit__c'),
    Action__c: 'Undo Recorded Termination',
    Contact__c: row.Producer_Contact__c,
    Account__c: row.Producer_Account__c,
    Target_User_Id__c: null,
    Status__c: 'Completed',
    Detail__c: `Undid ${row.Name} (${row.State__c}, appointment ${row.Appointment__c}): ${why}`.slice(0, 2000),
    Performed_By__c: user.Id,
    Performed_On__c: now,
    Job_Id__c: null,
    CreatedDate: now
  });
  return toInfo(org, row);
}
