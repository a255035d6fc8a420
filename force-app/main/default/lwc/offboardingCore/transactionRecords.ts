// NIPR transactions and quotes as the Apex DTOs send them (types/apex/*.d.ts, every field optional) mapped to the
// core's types. A field the server leaves out (or sends as null) becomes the core's "not known" value.
import { oneOf, textOrNull } from './apexRecords';
import { FEE_BASES } from './codes';
import { calendarDayOf } from './dates';
import type { TransactionQuote, TransactionQuoteItem } from './quotes';
import { isTransactionStatus, type TransactionRecord } from './transactions';

/**
 * One `Apex.NiprTransactionInfo` as a `TransactionRecord`. `createdOn` is the day of `createdDate` in `timeZone`
 * (default: the user's, `@salesforce/i18n/timeZone`); `lines` is at least 1.
 */
export function fromApexTransaction(info: Apex.NiprTransactionInfo, timeZone?: string): TransactionRecord {
  const state = info.state ?? '';
  const createdDate = textOrNull(info.createdDate);
  const status = info.status ?? '';
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
    nextStep: textOrNull(info.nextStep),
    niprCode: textOrNull(info.niprCode),
    niprReference: textOrNull(info.niprReference),
    createdDate,
    createdOn: calendarDayOf(createdDate, timeZone),
    submittedOn: textOrNull(info.submittedOn),
    submissionStartedOn: textOrNull(info.submissionStartedOn),
    stuck: info.stuck === true
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
