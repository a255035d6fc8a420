// The Correct dialog of a Rejected / Failed / Needs Attention / Not Eligible NIPR transaction (LightningModal): a new
// reason and effective date. Resolves the correction, or undefined when the user cancels; the page saves it
// (correctTransaction), and the server checks it against the state's rules.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import { TERMINATION_REASONS, explainTransaction, type TransactionRecord } from 'c/offboardingCore';
import { labels } from './labels';

export interface Correction {
  /** A NIPR reason code, or '' for none. */
  readonly reasonCode: string;
  /** `YYYY-MM-DD`, or '' for none. */
  readonly effectiveDate: string;
}

export interface CorrectOptions {
  readonly size?: 'small' | 'medium' | 'large';
  /** The modal's accessible name. */
  readonly label: string;
  readonly transaction: TransactionRecord;
}

interface ValueEvent {
  readonly detail: { readonly value?: string | null };
}

export default class NiprCorrectTransaction extends LightningModal {
  declare static open: (options: CorrectOptions) => Promise<Correction | undefined>;

  labels = labels;
  reasonCode = '';
  effectiveDate = '';
  private current: TransactionRecord | null = null;

  @api
  get transaction(): TransactionRecord | null {
    return this.current;
  }
  set transaction(value: TransactionRecord | null) {
    this.current = value;
    this.reasonCode = value?.reasonCode ?? '';
    this.effectiveDate = value?.effectiveDate ?? '';
  }

  get heading(): string {
    return labels.title(this.current?.name ?? '');
  }

  get intro(): string {
    return labels.intro(this.current?.stateName ?? '', this.current?.companyName ?? '');
  }

  get why(): string | null {
    return this.current ? explainTransaction(this.current).explanation : null;
  }

  get reasonOptions(): { label: string; value: string }[] {
    return [
      { label: labels.noReason, value: '' },
      ...TERMINATION_REASONS.map((reason) => ({ label: reason.name, value: reason.code }))
    ];
  }

  handleReasonChange(event: ValueEvent): void {
    this.reasonCode = event.detail.value ?? '';
  }

  handleDateChange(event: ValueEvent): void {
    this.effectiveDate = event.detail.value ?? '';
  }

  handleSave(): void {
    const correction: Correction = { reasonCode: this.reasonCode, effectiveDate: this.effectiveDate };
    this.close(correction);
  }

  handleCancel(): void {
    this.close(undefined);
  }
}

/** Opens the Correct dialog for `transaction`; resolves the correction or undefined. */
export function askCorrection(transaction: TransactionRecord): Promise<Correction | undefined> {
  return NiprCorrectTransaction.open({ size: 'small', label: labels.title(transaction.name), transaction });
}
