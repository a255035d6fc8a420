// The confirmation before NIPR transactions are submitted (LightningModal): the server's itemized cost (NIPR fee per
// transaction, each state's fee per termination or per line, the total, states whose fee is unknown) and
// Confirm / Cancel. When the org's gateway is Simulated it says so ("Simulated — nothing is filed with NIPR").
// Resolves 'confirm', or undefined when the user cancels or closes it.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import { sameAmount, type TransactionQuote } from 'c/offboardingCore';
import { labels } from './labels';
import { toQuoteView, type QuoteView } from './model';

export type SubmitConfirmResult = 'confirm' | undefined;

export interface SubmitConfirmOptions {
  readonly size?: 'small' | 'medium' | 'large';
  /** The modal's accessible name. */
  readonly label: string;
  readonly quote: TransactionQuote;
  /** The running total the page showed; a different quote total is pointed out. */
  readonly estimate?: number | null;
  /** The org's gateway is Simulated: nothing is filed with NIPR. */
  readonly simulated?: boolean;
  /** Each transaction's producer by id when the page lists everyone's: a Producer column; null: none. */
  readonly producers?: Readonly<Record<string, string>> | null;
}

const NO_QUOTE: TransactionQuote = { items: [], niprTotal: 0, stateTotal: 0, total: 0, statesWithUnknownFee: [] };

export default class NiprSubmitConfirm extends LightningModal {
  declare static open: (options: SubmitConfirmOptions) => Promise<SubmitConfirmResult>;

  @api quote: TransactionQuote = NO_QUOTE;
  @api estimate: number | null = null;
  @api simulated = false;
  /** Each transaction's producer by id (everyone's transactions): a Producer column. */
  @api producers: Readonly<Record<string, string>> | null = null;

  labels = labels;

  get view(): QuoteView {
    return toQuoteView(this.quote, this.producers);
  }

  get showProducer(): boolean {
    return this.producers !== null && this.producers !== undefined && Object.keys(this.producers).length > 0;
  }

  /** The footer's labels span the columns before the amount. */
  get footerSpan(): number {
    return this.showProducer ? 4 : 3;
  }

  get intro(): string {
    return labels.intro(this.quote.items.length);
  }

  get priceChanged(): string | null {
    const { estimate } = this;
    return estimate === null || estimate === undefined || sameAmount(estimate, this.quote.total)
      ? null
      : labels.priceChanged(estimate, this.quote.total);
  }

  get confirmLabel(): string {
    return labels.confirm(this.quote.total);
  }

  handleConfirm(): void {
    this.close('confirm');
  }

  handleCancel(): void {
    this.close(undefined);
  }
}

/**
 * Opens the confirmation for `quote`; resolves 'confirm' or undefined. With `producers` (everyone's transactions) it
 * has a Producer column and opens medium-sized.
 */
export function confirmSubmission(
  quote: TransactionQuote,
  estimate: number | null,
  simulated = false,
  producers: Readonly<Record<string, string>> | null = null
): Promise<SubmitConfirmResult> {
  const options: SubmitConfirmOptions = { size: 'small', label: labels.title, quote, estimate, simulated };
  return NiprSubmitConfirm.open(producers === null ? options : { ...options, size: 'medium', producers });
}
