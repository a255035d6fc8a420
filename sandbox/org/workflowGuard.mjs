// Stand-ins for the triggers of issue 10 (docs/filing-integrity.md) on the paths outside the Producer Offboarding
// actions, i.e. the standard API (Lightning Data Service's updateRecord, uiRecordApi.mjs):
// - NiprTransactionTrigger → NiprTransactionStateMachine: outside a service's workflow scope a change to any field of
//   WORKFLOW_FIELDS (the generated table) is refused.
// - AppointmentTrigger → AppointmentStateGuard: Status__c may not become or leave Pending Termination, nor become
//   Terminated, and Terminated_On__c is read-only.
// Message: '<Field label> is changed only by the Producer Offboarding actions. Use <action> instead.'
import { ACTION_LABELS, WORKFLOW_FIELDS } from 'c/offboardingCore';

const TRANSACTIONS_PAGE = 'on the NIPR Transactions page';
const RECORD_PAGE = "on the producer's record page";
const STATUS_ACTIONS = `${[ACTION_LABELS.checkEligibility, ACTION_LABELS.submit, ACTION_LABELS.refresh, ACTION_LABELS.cancel].join(', ')} or ${ACTION_LABELS.correct} ${TRANSACTIONS_PAGE}`;
const SUBMIT_ACTION = `${ACTION_LABELS.submit} ${TRANSACTIONS_PAGE}`;
const CORRECT_ACTION = `${ACTION_LABELS.correct} ${TRANSACTIONS_PAGE}`;
const TERMINATE_ACTION = `${ACTION_LABELS.terminate} ${RECORD_PAGE}`;

/** NIPR_Transaction__c's workflow fields: label and the action that changes them. */
export const TRANSACTION_FIELDS = {
  Status__c: ['Status', STATUS_ACTIONS],
  NIPR_Code__c: ['NIPR Code', STATUS_ACTIONS],
  Status_Detail__c: ['Status Detail', STATUS_ACTIONS],
  NIPR_Reference__c: ['NIPR Reference', SUBMIT_ACTION],
  Idempotency_Key__c: ['Idempotency Key', SUBMIT_ACTION],
  Submission_Batch_Id__c: ['Submission Batch ID', SUBMIT_ACTION],
  Submitted_By__c: ['Submitted By', SUBMIT_ACTION],
  Submitted_On__c: ['Submitted On', SUBMIT_ACTION],
  Submission_Started_On__c: ['Submission Started On', SUBMIT_ACTION],
  Correction_Count__c: ['Correction Count', CORRECT_ACTION],
  Fee__c: ['Fee', SUBMIT_ACTION],
  Reason_Code__c: ['Reason Code', CORRECT_ACTION],
  Effective_Date__c: ['Effective Date', CORRECT_ACTION],
  Appointment__c: ['Appointment', TERMINATE_ACTION],
  Producer_Contact__c: ['Producer (Individual)', TERMINATE_ACTION],
  Producer_Account__c: ['Producer (Agency)', TERMINATE_ACTION],
  State__c: ['State', TERMINATE_ACTION],
  Type__c: ['Type', TERMINATE_ACTION]
};

/** Appointment__c's guarded fields. */
export const APPOINTMENT_FIELDS = {
  Status__c: ['Status', TERMINATE_ACTION],
  Terminated_On__c: ['Terminated On', `${ACTION_LABELS.refresh} ${TRANSACTIONS_PAGE}`]
};

export function guardMessage([label, action]) {
  return `${label} is changed only by the Producer Offboarding actions. Use ${action} instead.`;
}

function changed(record, fields) {
  return Object.keys(fields).filter((field) => (record[field] ?? null) !== (fields[field] ?? null));
}

/** The trigger's errors for an update of a NIPR transaction outside the actions: `[{ field, message }]`. */
export function transactionUpdateErrors(record, fields) {
  return changed(record, fields)
    .filter((field) => WORKFLOW_FIELDS.includes(field))
    .map((field) => ({
      field,
      message: guardMessage(TRANSACTION_FIELDS[field] ?? [field, STATUS_ACTIONS])
    }));
}

/** The trigger's errors for an update of an appointment outside the actions: `[{ field, message }]`. */
export function appointmentUpdateErrors(record, fields) {
  const errors = [];
  for (const field of changed(record, fields)) {
    if (field === 'Terminated_On__c') {
      errors.push({ field, message: guardMessage(APPOINTMENT_FIELDS.Terminated_On__c) });
    } else if (
      field === 'Status__c' &&
      (record.Status__c === 'Pending Termination' ||
        fields.Status__c === 'Pending Termination' ||
        fields.Status__c === 'Terminated')
    ) {
      errors.push({ field, message: guardMessage(APPOINTMENT_FIELDS.Status__c) });
    }
  }
  return errors;
}
