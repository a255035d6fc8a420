// NIPR transactions and quotes as the Apex DTOs send them (types/apex/*.d.ts, every field optional) mapped to the
// core's types. A field the server leaves out (or sends as null) becomes the core's "not known" value.
import { oneOf, textOrNull } from './apexRecords';
import { FEE_BASES } from './codes';
import { calendarDayOf } from './dates';
import type { TransactionQuote, TransactionQuoteItem } from './quotes';
import { transactionMessages } from './transactionMessages';
import { isTransactionStatus, TYPE_FILED_ELSEWHERE, type TransactionRecord } from './transactions';

/** The NIPR gateway a row was submitted to (`NiprTransactionInfo.gatewayMode`). */
const ROW_GATEWAY_MODES = ['Live', 'Simulated'] as const;

/** The code's next step (`nextStepsByCode`), as NiprTransactionInfo.nextStepFor: never for a Cancelled row. */
function nextStepForCode(status: string, code: string | null): string | null {
  if (
    code === null ||
    status === 'Cancelled' ||
    !Object.prototype.hasOwnProperty.call(transactionMessages.nextStepsByCode, code)
  ) {
    return null;
  }
  return transactionMessages.nextStepsByCode[code] ?? null;
}

/**
 * One `Apex.NiprTransactionInfo` as a `TransactionRecord`, with `gatewayMode` ('Live' | 'Simulated' | null: not
 * submitted yet, or a value this page does not know). `createdOn` is the day of `createdDate` in `timeZone`
 * (default: the user's, `@salesforce/i18n/timeZone`); `lines` is at least 1. `nextStep` is the server's, else the
 * code's (`transactionMessages.nextStepsByCode`), else null (the status's default then applies).
 */
export function fromApexTransaction(
  info: Apex.NiprTransactionInfo,
  timeZone?: string
): TransactionRecord & { readonly gatewayMode: (typeof ROW_GATEWAY_MODES)[number] | null } {
  const state = info.state ?? '';
  const createdDate = textOrNull(info.createdDate);
  const status = info.status ?? '';
  const niprCode = textOrNull(info.niprCode);
  return {
    id: info.id ?? '',
    name: info.name ?? '',
    producerId: info.producerId ?? '',
    producerName: info.producerName ?? '',
    appointmentId: textOrNull(info.appointmentId),
    state,
    stateName: textOrNull(info.stateName) ?? state,
    companyName: info.companyName ?? '',
    licenseClass: info.licenseClass ?? '',
    linesOfAuthority: info.linesOfAuthority ?? '',
    lines: Math.max(1, info.lines ?? 1),
    reasonCode: textOrNull(info.reasonCode),
    effectiveDate: textOrNull(info.effectiveDate),
    fee: info.fee ?? null,
    status: isTransactionStatus(status) ? status : null,
    statusText: status,
    statusDetail: textOrNull(info.statusDetail),
    nextStep: textOrNull(info.nextStep) ?? nextStepForCode(status, niprCode),
    niprCode,
    niprReference: textOrNull(info.niprReference),
    createdDate,
    createdOn: calendarDayOf(createdDate, timeZone),
    submittedOn: textOrNull(info.submittedOn),
    submissionStartedOn: textOrNull(info.submissionStartedOn),
    stuck: info.stuck === true,
    gatewayMode: oneOf(info.gatewayMode, ROW_GATEWAY_MODES),
    filedElsewhere: info.type === TYPE_FILED_ELSEWHERE,
    channel: textOrNull(info.channel),
    filedOn: textOrNull(info.filedOn),
    externalReference: textOrNull(info.externalReference),
    filingNote: textOrNull(info.filingNote)
  };
}

function fromApexQuoteItem(item: Apex.QuoteItem): TransactionQuoteItem {
  const state = item.state ?? '';
  return {
    transactionId: item.transactionId ?? '',
    state,
    stateName: textOrNull(item.stateName) ?? state,
    companyName: item.companyName ?? '',
    lines: Math.max(1, item.lines ?? 1),
    niprFee: item.niprFee ?? 0,
    stateFee: item.stateFee ?? null,
    feeBasis: oneOf(item.feeBasis, FEE_BASES)
  };
}

/** `Apex.SubmissionQuote` as a `TransactionQuote` (an absent state fee is unknown; absent totals are 0). */
export function fromApexQuote(quote: Apex.SubmissionQuote): TransactionQuote {
  return {
    items: (quote.items ?? []).map(fromApexQuoteItem),
    niprTotal: quote.niprTotal ?? 0,
    stateTotal: quote.stateTotal ?? 0,
    total: quote.total ?? 0,
    statesWithUnknownFee: [...(quote.statesWithUnknownFee ?? [])].sort()
  };
}
