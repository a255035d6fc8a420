// Stand-ins for the triggers of issue 10 (docs/filing-integrity.md) on the paths outside the Producer Offboarding
// actions, i.e. the standard API (Lightning Data Service's updateRecord, uiRecordApi.mjs), with the Apex's messages:
// - NiprTransactionTrigger → NiprTransactionStateMachine: outside a service's workflow scope a change to a field of
//   WORKFLOW_FIELDS (the generated table) is refused, one error for the first changed field
//   (NiprTransactionStateMachine.outsideScopeMessage).
// - AppointmentTrigger → AppointmentStateGuard: Status__c may not become or leave Pending Termination, nor become
//   Terminated, nor leave Terminated, and Terminated_On__c is read-only (STATUS_MESSAGE, TERMINATED_MESSAGE,
//   TERMINATED_ON_MESSAGE); the producer lookups do not change while the appointment has an open transaction
//   (PRODUCER_MESSAGE); what a filing is made of (FILED_FIELDS) does not change while a transaction of the appointment
//   is Submitting or Submitted (filedFieldMessage).
import { OPEN_STATUSES, TRANSITIONS, WORKFLOW_FIELDS } from 'c/offboardingCore';

/** NiprTransactionStateMachine.ACTION_LABELS. */
const ACTION_LABELS = {
  terminate: 'Terminate',
  checkEligibility: 'Recheck Eligibility',
  submit: 'Submit',
  deliver: 'Submit',
  resend: 'Resend',
  refresh: 'Refresh Status',
  cancel: 'Cancel',
  correct: 'Correct',
  record: 'Record filed elsewhere',
  undoRecord: 'Undo record'
};
const ALL_ACTIONS = 'Terminate, Recheck Eligibility, Submit, Resend, Refresh Status, Cancel, Correct';

/** NiprTransactionStateMachine.ACTION_BY_FIELD (the action that owns a field other than Status__c). */
const ACTION_BY_FIELD = {
  NIPR_Code__c: 'checkEligibility',
  Status_Detail__c: 'checkEligibility',
  NIPR_Reference__c: 'submit',
  Submission_Batch_Id__c: 'submit',
  Submitted_By__c: 'submit',
  Submitted_On__c: 'submit',
  Submission_Started_On__c: 'submit',
  Fee__c: 'submit',
  Gateway_Mode__c: 'submit',
  Submission_Attempts__c: 'resend',
  Correction_Count__c: 'correct',
  Reason_Code__c: 'correct',
  Effective_Date__c: 'correct'
};

/** NIPR_Transaction__c's field labels (the object's metadata). */
export const TRANSACTION_LABELS = {
  Status__c: 'Status',
  NIPR_Code__c: 'NIPR Code',
  Status_Detail__c: 'Status Detail',
  NIPR_Reference__c: 'NIPR Reference',
  Idempotency_Key__c: 'Idempotency Key',
  Submission_Batch_Id__c: 'Submission Batch ID',
  Submitted_By__c: 'Submitted By',
  Submitted_On__c: 'Submitted On',
  Submission_Started_On__c: 'Submission Started On',
  Correction_Count__c: 'Correction Count',
  Gateway_Mode__c: 'Gateway Mode',
  Submission_Attempts__c: 'Submission Attempts',
  Fee__c: 'Fee',
  Reason_Code__c: 'Reason Code',
  Effective_Date__c: 'Effective Date',
  Appointment__c: 'Appointment',
  Producer_Contact__c: 'Producer (Individual)',
  Producer_Account__c: 'Producer (Agency)',
  State__c: 'State',
  Type__c: 'Type'
};

/** AppointmentStateGuard.STATUS_MESSAGE. */
export const APPOINTMENT_STATUS_MESSAGE =
  'An appointment becomes or leaves Pending Termination, or becomes Terminated, only through the Producer ' +
  "Offboarding actions (Terminate, Cancel, and NIPR's answer). Use Terminate on the producer's record instead.";
/** AppointmentStateGuard.TERMINATED_ON_MESSAGE. */
export const TERMINATED_ON_MESSAGE =
  "Terminated On is set only when NIPR accepts the termination. Use Terminate on the producer's record instead.";

/** AppointmentStateGuard.TERMINATED_MESSAGE. */
export const TERMINATED_MESSAGE =
  'A Terminated appointment stays Terminated: NIPR has its termination on record, and terminating it again would ' +
  'file a second termination. To appoint the producer again, create a new appointment.';
/** AppointmentStateGuard.PRODUCER_MESSAGE. */
export const PRODUCER_MESSAGE =
  'The producer of this appointment cannot change while it has an open NIPR transaction. Cancel the transaction ' +
  "first, or wait for NIPR's answer.";
/** AppointmentStateGuard.FILED_FIELDS with their labels (Appointment__c's metadata), in the Apex's order. */
export const FILED_FIELD_LABELS = {
  Company_NAIC__c: 'Company NAIC Code',
  Company_Name__c: 'Company Name',
  Line_of_Authority__c: 'Lines of Authority',
  License_Class__c: 'License Class',
  State__c: 'State'
};
/** AppointmentStateGuard.IN_FLIGHT: transactions whose filing is on its way to, or at, NIPR. */
const IN_FLIGHT = ['Submitting', 'Submitted'];

/** AppointmentStateGuard.filedFieldMessage(fieldLabel, transactionName, status). */
export function filedFieldMessage(fieldLabel, transactionName, status) {
  return (
    `${fieldLabel} cannot change while NIPR transaction ${transactionName} is ${status}: it is what was filed with ` +
    "NIPR. Wait for NIPR's answer (Accepted, Rejected or Failed), then change it."
  );
}

/** NiprTransactionStateMachine.outsideScopeMessage(field, action). */
export function outsideScopeMessage(field, action) {
  return (
    `${TRANSACTION_LABELS[field] ?? field} is changed only by the Producer Offboarding actions (${ALL_ACTIONS}). ` +
    `Use ${ACTION_LABELS[action] ?? action} instead.`
  );
}

/** NiprTransactionStateMachine.actionFor: the table's first action for a Status__c change; the field's owner else. */
function actionFor(field, fromStatus, toStatus) {
  if (field === 'Status__c') {
    const transition = TRANSITIONS.find(
      (candidate) => (candidate.from ?? '') === (fromStatus ?? '') && candidate.to === toStatus
    );
    return transition?.action ?? 'cancel';
  }
  return ACTION_BY_FIELD[field] ?? 'terminate';
}

function changed(record, fields) {
  return Object.keys(fields).filter((field) => (record[field] ?? null) !== (fields[field] ?? null));
}

/**
 * The trigger's errors for an update of a NIPR transaction outside the actions: `[{ field, message }]`, at most one
 * (the first changed field in WORKFLOW_FIELDS' order, Status__c first, as NiprTransactionStateMachine adds one error).
 */
export function transactionUpdateErrors(record, fields) {
  const changes = new Set(changed(record, fields));
  const field = WORKFLOW_FIELDS.find((candidate) => changes.has(candidate));
  if (!field) {
    return [];
  }
  return [{ field, message: outsideScopeMessage(field, actionFor(field, record.Status__c, fields.Status__c)) }];
}

/**
 * AppointmentStateGuard.handle (before update, outside a scope): the trigger's errors for an update of an appointment,
 * `[{ field, message }]` in the Apex's order: leaving Terminated, else a Pending Termination / Terminated status change,
 * else Terminated On; then a producer change while a transaction is open; then the first changed filed field while a
 * transaction of the appointment is Submitting or Submitted (naming the first such transaction).
 * @param transactions every NIPR transaction of the org (the trigger reads across sharing)
 */
export function appointmentUpdateErrors(record, fields, transactions = []) {
  const changes = changed(record, fields);
  const errors = [];
  const statusChanged = changes.includes('Status__c');
  if (statusChanged && record.Status__c === 'Terminated' && fields.Status__c !== 'Terminated') {
    errors.push({ field: 'Status__c', message: TERMINATED_MESSAGE });
  } else if (
    statusChanged &&
    (record.Status__c === 'Pending Termination' ||
      fields.Status__c === 'Pending Termination' ||
      fields.Status__c === 'Terminated')
  ) {
    errors.push({ field: 'Status__c', message: APPOINTMENT_STATUS_MESSAGE });
  } else if (changes.includes('Terminated_On__c')) {
    errors.push({ field: 'Terminated_On__c', message: TERMINATED_ON_MESSAGE });
  }
  const own = transactions.filter((transaction) => transaction.Appointment__c === record.Id);
  if (
    (changes.includes('Producer_Contact__c') || changes.includes('Producer_Account__c')) &&
    own.some((transaction) => OPEN_STATUSES.includes(transaction.Status__c))
  ) {
    errors.push({ field: null, message: PRODUCER_MESSAGE });
  }
  const filedField = Object.keys(FILED_FIELD_LABELS).find((field) => changes.includes(field));
  const inFlight = own.find((transaction) => IN_FLIGHT.includes(transaction.Status__c));
  if (filedField && inFlight) {
    errors.push({
      field: filedField,
      message: filedFieldMessage(FILED_FIELD_LABELS[filedField], inFlight.Name, inFlight.Status__c)
    });
  }
  return errors;
}

/**
 * AppointmentStateGuard inside a workflow scope: the status change an action's own write may make, or the refusal.
 * A Terminated appointment leaves Terminated only back to Active, in the 'undoRecord' scope; that scope changes no
 * other status. Active → Terminated is the 'record' scope's write (a termination filed outside NIPR, recorded).
 * @returns {string | null} the message (TERMINATED_MESSAGE / APPOINTMENT_STATUS_MESSAGE) or null when allowed
 */
export function appointmentScopeError(fromStatus, toStatus, action) {
  if (fromStatus === toStatus) {
    return null;
  }
  if (fromStatus === 'Terminated') {
    return action === 'undoRecord' && toStatus === 'Active' ? null : TERMINATED_MESSAGE;
  }
  return action === 'undoRecord' ? APPOINTMENT_STATUS_MESSAGE : null;
}
