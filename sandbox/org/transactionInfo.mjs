// NIPR_Transaction__c records as NiprTransactionInfo rows (NiprTransactionInfo.fromRecord), and the coded status
// detail '[CODE] message' (NiprTransactionInfo.encodeDetail / codeOf).
import { linesOf } from 'c/offboardingCore';
import { findProducer, toCoreAppointment } from './store.mjs';

const CODED_DETAIL = /^\[([A-Za-z0-9_]+)\] ?([\s\S]*)$/;
const DETAIL_LENGTH = 2000;

/** Status_Detail__c for a code and its message: '[CODE] message' (the message alone without a code). */
export function encodeDetail(code, message) {
  return `${code ? `[${code}] ` : ''}${message ?? ''}`.slice(0, DETAIL_LENGTH);
}

/** The code of a coded detail, or null. */
export function codeOf(detail) {
  return CODED_DETAIL.exec(detail ?? '')?.[1] ?? null;
}

function messageOf(detail) {
  const coded = CODED_DETAIL.exec(detail ?? '');
  return coded ? coded[2] : detail;
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
    niprCode: codeOf(record.Status_Detail__c),
    statusDetail: messageOf(record.Status_Detail__c),
    niprReference: record.NIPR_Reference__c,
    submittedOn: record.Submitted_On__c,
    createdDate: record.CreatedDate,
    producerId,
    producerName: findProducer(org.store, producerId)?.Name ?? null,
    stateName: org.rules.find((rule) => rule.state === state)?.name ?? null
  };
}
