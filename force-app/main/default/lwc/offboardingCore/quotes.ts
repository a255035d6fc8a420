// The itemized cost of submitting NIPR transactions: the client twin of NiprTransactionService.getSubmissionQuote,
// computed with the same `feeFor` as the Terminate estimate, and the check that two quotes charge the same.
import { feeFor, rulesByState } from './rules';
import { sameAmount, toCents } from './money';
import type { TransactionRecord } from './transactions';
import type { Appointment, ComplianceRule, FeeBasis, FeeTotals, OffboardingSetting } from './types';

/** One transaction of a quote, in USD. */
export interface TransactionQuoteItem {
  readonly transactionId: string;
  readonly state: string;
  readonly stateName: string;
  readonly companyName: string;
  readonly lines: number;
  readonly niprFee: number;
  /** The state's fee for this transaction (a per-line fee already multiplied by `lines`); null when unknown. */
  readonly stateFee: number | null;
  readonly feeBasis: FeeBasis | null;
}

/** The itemized cost of submitting transactions, in USD (the shape of `Apex.SubmissionQuote`). */
export interface TransactionQuote extends FeeTotals {
  readonly items: readonly TransactionQuoteItem[];
}

export type QuotedTransaction = Pick<
  TransactionRecord,
  'id' | 'state' | 'stateName' | 'companyName' | 'licenseClass' | 'linesOfAuthority'
>;

function asAppointment(tx: QuotedTransaction): Appointment {
  return {
    id: tx.id,
    producerId: '',
    state: tx.state,
    companyName: tx.companyName,
    companyNaic: null,
    licenseClass: tx.licenseClass,
    linesOfAuthority: tx.linesOfAuthority,
    status: 'Pending Termination',
    appointedOn: null,
    terminatedOn: null
  };
}

/**
 * The itemized cost of submitting `transactions`, with the rules and the setting (`feeFor`): the NIPR fee per
 * transaction plus each state's fee, per termination or per line of authority. As in `feeFor`, a state not filed
 * through NIPR or without a rule is not priced, an unknown state fee is listed and not counted, and a transaction
 * listed twice counts once. Items keep the order of `transactions`.
 */
export function quoteFor(
  transactions: readonly QuotedTransaction[],
  rules: readonly ComplianceRule[],
  setting: OffboardingSetting
): TransactionQuote {
  const estimate = feeFor(
    rules,
    setting,
    transactions.map((tx) => ({ state: tx.state, reasonCode: null, effectiveDate: null, appointmentIds: [tx.id] })),
    transactions.map(asAppointment)
  );
  const byId = new Map(transactions.map((tx) => [tx.id, tx]));
  const byState = rulesByState(rules);
  return {
    items: estimate.items.map((item) => {
      const tx = byId.get(item.appointmentId);
      return {
        transactionId: item.appointmentId,
        state: item.state,
        stateName: byState.get(item.state)?.name ?? item.state,
        companyName: tx?.companyName ?? '',
        lines: item.lines,
        niprFee: item.niprFee,
        stateFee: item.stateFee,
        feeBasis: item.basis
      };
    }),
    niprTotal: estimate.niprTotal,
    stateTotal: estimate.stateTotal,
    total: estimate.total,
    statesWithUnknownFee: estimate.statesWithUnknownFee
  };
}

/** What one item costs: its NIPR fee plus its state fee when known. */
export function itemTotal(item: TransactionQuoteItem): number {
  return (toCents(item.niprFee) + toCents(item.stateFee ?? 0)) / 100;
}

/** The state fee of one line of a per-line item (its fee divided by its lines); else the item's state fee. */
export function stateFeeEach(item: TransactionQuoteItem): number | null {
  if (item.stateFee === null || item.feeBasis !== 'per-line') {
    return item.stateFee;
  }
  return Math.round(toCents(item.stateFee) / Math.max(1, item.lines)) / 100;
}

/** The NIPR fee every item of the quote pays, or null when they differ (or there is no item). */
export function niprFeeEach(quote: TransactionQuote): number | null {
  const [first, ...rest] = quote.items;
  return first && rest.every((item) => sameAmount(item.niprFee, first.niprFee)) ? first.niprFee : null;
}

function sameFee(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : sameAmount(a, b);
}

/**
 * True when two quotes charge the same, to the cent: the same transactions, each with the same NIPR and state fee
 * (an unknown state fee only matches an unknown one), the same totals and the same states with an unknown fee.
 * The order of items and states does not matter.
 */
export function quoteMatches(client: TransactionQuote, server: TransactionQuote): boolean {
  const serverItems = new Map(server.items.map((item) => [item.transactionId, item]));
  const sameItems =
    client.items.length === server.items.length &&
    serverItems.size === server.items.length &&
    client.items.every((item) => {
      const other = serverItems.get(item.transactionId);
      return other !== undefined && sameAmount(item.niprFee, other.niprFee) && sameFee(item.stateFee, other.stateFee);
    });
  const unknown = (quote: TransactionQuote) => [...quote.statesWithUnknownFee].sort().join(',');
  return (
    sameItems &&
    sameAmount(client.niprTotal, server.niprTotal) &&
    sameAmount(client.stateTotal, server.stateTotal) &&
    sameAmount(client.total, server.total) &&
    unknown(client) === unknown(server)
  );
}
