// The server's quote as the confirmation's table shows it: the amounts are the server's (`getSubmissionQuote`), the
// arithmetic for display (item totals, a per-line fee's unit price) is c/offboardingCore's.
import {
  andList,
  itemTotal,
  niprFeeEach,
  stateFeeEach,
  type TransactionQuote,
  type TransactionQuoteItem
} from 'c/offboardingCore';
import { labels } from './labels';

export interface QuoteRow {
  readonly key: string;
  readonly state: string;
  readonly transaction: string;
  /** The producer's name when the page lists everyone's transactions ('' otherwise). */
  readonly producer: string;
  readonly niprFee: string;
  readonly stateFee: string;
  readonly amount: string;
  readonly unknownFee: boolean;
}

export interface QuoteView {
  readonly rows: readonly QuoteRow[];
  readonly niprLabel: string;
  readonly niprTotal: string;
  readonly stateTotal: string;
  readonly total: string;
  readonly unknownFees: string | null;
}

function stateFeeText(item: TransactionQuoteItem): string {
  const each = stateFeeEach(item);
  if (item.stateFee === null || each === null) {
    return labels.unknownFee;
  }
  return item.feeBasis === 'per-line' ? labels.perLine(each, item.lines, item.stateFee) : labels.money(item.stateFee);
}

function toRow(
  item: TransactionQuoteItem,
  index: number,
  producers: Readonly<Record<string, string>> | null
): QuoteRow {
  return {
    key: `${item.transactionId}-${index}`,
    state: item.state,
    transaction: item.companyName ? `${item.stateName} — ${item.companyName}` : item.stateName,
    producer: producers?.[item.transactionId] ?? '',
    niprFee: labels.money(item.niprFee),
    stateFee: stateFeeText(item),
    amount: labels.money(itemTotal(item)),
    unknownFee: item.stateFee === null
  };
}

/** `producers`: each transaction's producer name by id (everyone's transactions), or null (one producer's). */
export function toQuoteView(
  quote: TransactionQuote,
  producers: Readonly<Record<string, string>> | null = null
): QuoteView {
  const names = new Map(quote.items.map((item) => [item.state, item.stateName]));
  const unknown = quote.statesWithUnknownFee.map((state) => names.get(state) ?? state);
  return {
    rows: quote.items.map((item, index) => toRow(item, index, producers)),
    niprLabel: labels.niprTotal(quote.items.length, niprFeeEach(quote)),
    niprTotal: labels.money(quote.niprTotal),
    stateTotal: labels.money(quote.stateTotal),
    total: labels.money(quote.total),
    unknownFees: unknown.length > 0 ? labels.unknownFees(andList(unknown)) : null
  };
}
