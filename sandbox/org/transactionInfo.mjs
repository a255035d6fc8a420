// NIPR_Transaction__c records as NiprTransactionInfo rows (NiprTransactionInfo.fromRecord), and the code and status
// detail (NIPR_Code__c and Status_Detail__c; NiprTransactionInfo.codeValue / detailValue / codeOf / messageOf).
import { linesOf } from 'c/offboardingCore';
import { submitTimeoutMinutes } from './niprGateways.mjs';
import { findProducer, toCoreAppointment } from './store.mjs';

/**
 * Codes of a Submitting row whose answer will not come: stuck at once (resend sends the same key; a MODE_CHANGED row
 * only once the org's mode is the row's again). NiprTransactionRows.isStuck.
 */
const STUCK_CODES = ['DELIVERY_UNCONFIRMED', 'JOB_FAILED', 'MODE_CHANGED'];

/** '[CODE] message': Status_Detail__c of rows saved before NIPR_Code__c existed. */
const LEGACY_CODED_DETAIL = /^\[([A-Za-z0-9_]+)\] ?([\s\S]*)$/;
const DETAIL_LENGTH = 2000;
const CODE_LENGTH = 80;

const isBlank = (value) => typeof value !== 'string' || value.trim() === '';

/** NIPR_Code__c for a gateway or rule code (null when blank). */
export function codeValue(code) {
  return isBlank(code) ? null : code.slice(0, CODE_LENGTH);
}

/** Status_Detail__c for a message (null when blank). */
export function detailValue(message) {
  return isBlank(message) ? null : message.slice(0, DETAIL_LENGTH);
}

/** The code of a transaction: NIPR_Code__c, else the legacy '[CODE] ' prefix of its detail; or null. */
export function codeOf(record) {
  if (!isBlank(record.NIPR_Code__c)) {
    return record.NIPR_Code__c;
  }
  return LEGACY_CODED_DETAIL.exec(record.Status_Detail__c ?? '')?.[1] ?? null;
}

/** The message of a transaction: Status_Detail__c, without a legacy '[CODE] ' prefix. */
function messageOf(record) {
  if (!isBlank(record.NIPR_Code__c)) {
    return record.Status_Detail__c;
  }
  const coded = LEGACY_CODED_DETAIL.exec(record.Status_Detail__c ?? '');
  return coded ? coded[2] : record.Status_Detail__c;
}

/**
 * A Submitting row NIPR has not answered: for longer than NIPR_Gateway_Config__c.Submit_Timeout_Minutes__c, or with a
 * code that says no answer will come (NiprTransactionInfo.stuck).
 */
export function isStuck(org, record, now = Date.now()) {
  if (record.Status__c !== 'Submitting') {
    return false;
  }
  if (STUCK_CODES.includes(record.NIPR_Code__c) || !record.Submission_Started_On__c) {
    return true;
  }
  return now - Date.parse(record.Submission_Started_On__c) > submitTimeoutMinutes(org) * 60_000;
}

/** Whole minutes (at least 1) until a Submitting row becomes stuck. */
export function minutesUntilStuck(org, record, now = Date.now()) {
  const stuckAt = Date.parse(record.Submission_Started_On__c) + submitTimeoutMinutes(org) * 60_000;
  return Math.max(1, Math.ceil((stuckAt - now) / 60_000));
}

export function appointmentOf(org, record) {
  return org.store.appointments.find((item) => item.Id === record.Appointment__c) ?? null;
}

/**
 * One row. `nextStep` (NiprTransactionInfo's plain-language table) is left out: the page then shows
 * offboardingCore's explanation of the status.
 */
export function toInfo(org, record) {
  const appointment = appointmentOf(org, record);
  const producerId = record.Producer_Contact__c ?? record.Producer_Account__c;
  const state = record.State__c ?? appointment?.State__c ?? null;
  return {
    id: record.Id,
    name: record.Name,
    state,
    appointmentId: record.Appointment__c,
    companyName: appointment?.Company_Name__c ?? null,
    licenseClass: appointment?.License_Class__c ?? null,
    linesOfAuthority: appointment?.Line_of_Authority__c ?? null,
    lines: appointment ? linesOf(toCoreAppointment(appointment)).length : 1,
    reasonCode: record.Reason_Code__c,
    effectiveDate: record.Effective_Date__c,
    fee: record.Fee__c,
    status: record.Status__c,
    niprCode: codeOf(record),
    statusDetail: messageOf(record),
    niprReference: record.NIPR_Reference__c,
    submittedOn: record.Submitted_On__c,
    gatewayMode: record.Gateway_Mode__c ?? null,
    submissionStartedOn: record.Submission_Started_On__c ?? null,
    stuck: isStuck(org, record),
    createdDate: record.CreatedDate,
    type: record.Type__c ?? null,
    channel: record.Filing_Channel__c ?? null,
    filedOn: record.Filed_On__c ?? null,
    externalReference: record.External_Reference__c ?? null,
    filingNote: record.Filing_Note__c ?? null,
    producerId,
    producerName: findProducer(org.store, producerId)?.Name ?? null,
    stateName: org.rules.find((rule) => rule.state === state)?.name ?? null
  };
}
