// Stand-in for NiprTransactionService (force-app/main/default/classes), step 1b: eligibility, quote, submission,
// cancel, correction and status refresh, with the same permissions, status transitions, idempotency and messages
// (see its class header), over the in-memory org and simulatedNiprGateway.mjs. The state rules and fees are
// c/offboardingCore's (`validateTermination`, `quoteFor`, `sameAmount`). Errors are AuraHandledExceptions; the
// controller stand-in adds its prefix. The org is changed only after every check passed (all or nothing).
import { quoteFor, rulesByState, sameAmount, validateTermination } from 'c/offboardingCore';
import { AuraHandledException } from './apex.mjs';
import { normalizeId } from './ids.mjs';
import * as gateway from './simulatedNiprGateway.mjs';
import { findProducer } from './store.mjs';
import { appointmentOf, codeOf, codeValue, detailValue, toInfo } from './transactionInfo.mjs';

const SUBMIT_PERMISSION = 'Offboarding_Submit_NIPR';
const TERMINATE_PERMISSION = 'Offboarding_Terminate';
const MAX_TRANSACTIONS = 500;
const MAX_SUBMISSION_ID_LENGTH = 81;
const CODE_DELIVERY_UNCONFIRMED = 'DELIVERY_UNCONFIRMED';

const CHECKABLE = ['Draft', 'Needs Attention', 'Ready to Submit'];
const CANCELLABLE = ['Draft', 'Ready to Submit', 'Needs Attention', 'Not Eligible', 'Rejected', 'Failed'];
const CORRECTABLE = ['Rejected', 'Failed', 'Needs Attention', 'Not Eligible'];
const FILED = ['Submitted', 'Accepted'];

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

/** The status, code and detail a row gets (applied when the action saves). */
function change(row, status, code, message, fields = {}) {
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

function isUnconfirmed(row) {
  return (
    row.Status__c === 'Ready to Submit' &&
    Boolean(row.Submission_Batch_Id__c) &&
    codeOf(row) === CODE_DELIVERY_UNCONFIRMED
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

function filingFor(org, row, batchId) {
  const appointment = appointmentOf(org, row);
  const isContact = Boolean(row.Producer_Contact__c);
  const producer = findProducer(org.store, row.Producer_Contact__c ?? row.Producer_Account__c);
  return {
    transactionId: row.Id,
    idempotencyKey: batchId === null ? null : `${row.Id}:${batchId}`,
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
  const rows = load(org, transactionIds);
  const today = org.today(user);
  const changes = [];
  const filings = [];
  for (const row of rows.filter((candidate) => CHECKABLE.includes(candidate.Status__c) && !isUnconfirmed(candidate))) {
    const check = localCheck(org, row, today);
    if (check === null) {
      filings.push(filingFor(org, row, null));
    } else {
      changes.push(change(row, check.status, check.code, check.message));
    }
  }
  const byId = new Map(rows.map((row) => [row.Id, row]));
  for (const result of gateway.checkEligibility(filings, rulesByState(org.rules), today)) {
    changes.push(change(byId.get(result.transactionId), result.status, result.code, result.message));
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
      Draft: 'Recheck its eligibility first.',
      'Needs Attention': 'Recheck its eligibility first.',
      Rejected: 'Correct it and recheck its eligibility before submitting it again.',
      Failed: 'Correct it and recheck its eligibility before submitting it again.'
    }[row.Status__c] ?? 'It cannot be submitted.';
  return `${row.Name} is ${row.Status__c}: only Ready to Submit transactions can be submitted. ${advice}`;
}

/** `submitTransactions(List<Id> transactionIds, String submissionId, Decimal confirmedTotal)`. */
export function submitTransactions(org, { transactionIds, submissionId, confirmedTotal }, { user }) {
  requirePermission(user, SUBMIT_PERMISSION, 'submit transactions to NIPR');
  const batchId = typeof submissionId === 'string' ? submissionId.trim() : '';
  if (batchId === '' || batchId.length > MAX_SUBMISSION_ID_LENGTH) {
    throw new AuraHandledException(
      `The submission has no valid submission id (1 to ${MAX_SUBMISSION_ID_LENGTH} characters). Close the ` +
        'confirmation, open it again and confirm.'
    );
  }
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
    } else if (FILED.includes(row.Status__c) || sameBatch) {
      alreadySubmitted += 1;
      if (sameBatch) {
        priced.push(row);
      }
    } else {
      problems.push(notSubmittable(row));
    }
  }
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  if (toSend.length === 0) {
    return { submitted: 0, alreadySubmitted, failed: 0, transactions: infos(org, rows) };
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
  const changes = [];
  const filings = [];
  for (const row of toSend) {
    const check = localCheck(org, row, today);
    if (check === null) {
      filings.push(filingFor(org, row, isUnconfirmed(row) ? row.Submission_Batch_Id__c : batchId));
    } else {
      changes.push(
        change(row, check.status, check.code, `Not sent: ${check.message}`, { Submission_Batch_Id__c: batchId })
      );
    }
  }
  const now = new Date().toISOString();
  let submitted = 0;
  const byId = new Map(rows.map((row) => [row.Id, row]));
  for (const result of gateway.submit(filings)) {
    const row = byId.get(result.transactionId);
    const fields = {
      Submission_Batch_Id__c: result.idempotencyKey.slice(result.idempotencyKey.indexOf(':') + 1),
      Submitted_On__c: now,
      Submitted_By__c: user.Id,
      NIPR_Reference__c: result.reference
    };
    if (result.status === 'Submitted') {
      fields.Fee__c = fees.get(row.Id) ?? row.Fee__c;
      submitted += 1;
    }
    changes.push(change(row, result.status, result.code, result.message, fields));
  }
  save(changes);
  return { submitted, alreadySubmitted, failed: toSend.length - submitted, transactions: infos(org, rows) };
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
  return (
    `${row.Name} may already have reached NIPR (its submission was not confirmed), so it cannot be cancelled. ` +
    'Submit it again to learn the outcome.'
  );
}

/** `cancelTransactions(List<Id> transactionIds)`: never a Submitted or Accepted row; appointments back to Active. */
export function cancelTransactions(org, { transactionIds }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'cancel NIPR transactions');
  const rows = load(org, transactionIds);
  const problems = [];
  const changes = [];
  const appointmentChanges = [];
  for (const row of rows.filter((candidate) => candidate.Status__c !== 'Cancelled')) {
    if (!CANCELLABLE.includes(row.Status__c) || isUnconfirmed(row)) {
      problems.push(notCancellable(row));
      continue;
    }
    changes.push(change(row, 'Cancelled', null, `Cancelled by ${user.name}; nothing was filed with NIPR.`));
    const appointment = appointmentOf(org, row);
    if (appointment?.Status__c === 'Pending Termination') {
      appointmentChanges.push({ appointment, fields: { Status__c: 'Active' } });
    }
  }
  if (problems.length > 0) {
    throw new AuraHandledException(problems.join('\n'));
  }
  save(changes, appointmentChanges);
  return infos(org, rows);
}

/** `correctTransaction(Id transactionId, String reasonCode, String effectiveDate)`: back to Draft when valid. */
export function correctTransaction(org, { transactionId, reasonCode, effectiveDate }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'correct NIPR transactions');
  const [row] = load(org, [transactionId]);
  if (!CORRECTABLE.includes(row.Status__c)) {
    throw new AuraHandledException(
      `${row.Name} is ${row.Status__c}: only Rejected, Failed, Needs Attention or Not Eligible transactions can be ` +
        'corrected.'
    );
  }
  const request = requestOf(row, reasonCode, effectiveDate);
  const rule = row.State__c ? rulesByState(org.rules).get(row.State__c) : undefined;
  const problems = validateTermination(rule, request, org.today(user), org.reasons);
  if (problems.length > 0) {
    throw new AuraHandledException(problems.map((problem) => problem.message).join('\n'));
  }
  save([
    change(row, 'Draft', 'CORRECTED', `Corrected by ${user.name}. Recheck eligibility, then submit it.`, {
      Reason_Code__c: request.reasonCode,
      Effective_Date__c: request.effectiveDate
    })
  ]);
  return toInfo(org, row);
}

/** `refreshStatuses(List<Id> transactionIds)`: asks NIPR where the Submitted rows stand. */
export function refreshStatuses(org, { transactionIds }, { user }) {
  requirePermission(user, TERMINATE_PERMISSION, 'refresh NIPR transactions');
  const rows = load(org, transactionIds);
  const byReference = new Map(
    rows
      .filter((row) => row.Status__c === 'Submitted' && row.NIPR_Reference__c)
      .map((row) => [row.NIPR_Reference__c, row])
  );
  const changes = [];
  const appointmentChanges = [];
  for (const result of gateway.fetchStatus([...byReference.keys()])) {
    const row = byReference.get(result.reference);
    if (
      row.Status__c === result.status &&
      row.NIPR_Code__c === codeValue(result.code) &&
      row.Status_Detail__c === detailValue(result.message)
    ) {
      continue;
    }
    changes.push(change(row, result.status, result.code, result.message));
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
