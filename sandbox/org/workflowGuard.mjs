// Stand-ins for the triggers of issue 10 (docs/filing-integrity.md) on the paths outside the Producer Offboarding
// actions, i.e. the standard API (Lightning Data Service's updateRecord, uiRecordApi.mjs), with the Apex's messages:
// - NiprTransactionTrigger → NiprTransactionStateMachine: outside a service's workflow scope a change to a field of
//   WORKFLOW_FIELDS (the generated table) is refused, one error for the first changed field
//   (NiprTransactionStateMachine.outsideScopeMessage).
// - AppointmentTrigger → AppointmentStateGuard: Status__c may not become or leave Pending Termination, nor become
//   Terminated, and Terminated_On__c is read-only (STATUS_MESSAGE, TERMINATED_ON_MESSAGE).
import { TRANSITIONS, WORKFLOW_FIELDS } from 'c/offboardingCore';

/** NiprTransactionStateMachine.ACTION_LABELS. */
const ACTION_LABELS = {
  terminate: 'Terminate',
  checkEligibility: 'Recheck Eligibility',
  submit: 'Submit',
  deliver: 'Submit',
  resend: 'Resend',
  refresh: 'Refresh Status',
  cancel: 'Cancel',
  correct: 'Correct'
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

/** The trigger's errors for an update of an appointment outside the actions: `[{ field, message }]`. */
export function appointmentUpdateErrors(record, fields) {
  const changes = changed(record, fields);
  const status =
    changes.includes('Status__c') &&
    (record.Status__c === 'Pending Termination' ||
      fields.Status__c === 'Pending Termination' ||
      fields.Status__c === 'Terminated');
  if (status) {
    return [{ field: 'Status__c', message: APPOINTMENT_STATUS_MESSAGE }];
  }
  if (changes.includes('Terminated_On__c')) {
    return [{ field: 'Terminated_On__c', message: TERMINATED_ON_MESSAGE }];
  }
  return [];
}
