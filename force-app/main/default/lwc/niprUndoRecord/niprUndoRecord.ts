// The Undo record dialog of a termination recorded as filed outside NIPR (LightningModal): a required reason
// (at most 1,000 characters, with a counter), then `undoRecordedTermination`. The server refuses when the
// appointment had later activity: its message is shown here and the dialog stays open. Resolves the transaction as
// the server now has it (Cancelled), or undefined when the user cancels.
import { api } from 'lwc';
import LightningModal from 'lightning/modal';
import undoRecordedTermination from '@salesforce/apex/NiprTransactionController.undoRecordedTermination';
import { errorText, type TransactionRecord } from 'c/offboardingCore';
import { REASON_MAX_LENGTH, labels } from './labels';

export interface UndoOptions {
  readonly size?: 'small' | 'medium' | 'large';
  /** The modal's accessible name. */
  readonly label: string;
  readonly transaction: TransactionRecord;
}

interface ValueEvent {
  readonly detail: { readonly value?: string | null };
}

interface FieldElement extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

export default class NiprUndoRecord extends LightningModal {
  declare static open: (options: UndoOptions) => Promise<Apex.NiprTransactionInfo | undefined>;

  @api transaction: TransactionRecord | null = null;

  labels = labels;
  maxLength = REASON_MAX_LENGTH;
  reason = '';
  working = false;
  error: string | null = null;

  get heading(): string {
    return labels.title(this.transaction?.name ?? '');
  }

  get intro(): string {
    const tx = this.transaction;
    return labels.intro(tx?.stateName ?? '', tx?.companyName ?? '', tx?.filedOn ?? null);
  }

  get counter(): string {
    return labels.counter(this.reason.length);
  }

  handleReasonChange(event: ValueEvent): void {
    this.reason = (event.detail.value ?? '').slice(0, REASON_MAX_LENGTH);
    const field = this.reasonField();
    if (this.reason.trim() !== '') {
      field?.setCustomValidity('');
    }
  }

  async handleConfirm(): Promise<void> {
    const tx = this.transaction;
    if (!tx || this.working) {
      return;
    }
    const field = this.reasonField();
    if (this.reason.trim() === '') {
      field?.setCustomValidity(labels.reasonMissing);
      field?.reportValidity();
      field?.focus();
      return;
    }
    field?.setCustomValidity('');
    this.working = true;
    this.error = null;
    try {
      const undone = await undoRecordedTermination({ transactionId: tx.id, reason: this.reason.trim() });
      this.close(undone);
    } catch (error) {
      // The server refused (e.g. the appointment had later activity): say why, stay open.
      this.error = errorText(error, labels.undoFailed);
      Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('[data-id="error"]')?.focus());
    } finally {
      this.working = false;
    }
  }

  handleCancel(): void {
    if (!this.working) {
      this.close(undefined);
    }
  }

  private reasonField(): FieldElement | null {
    return this.template?.querySelector<FieldElement>('[data-id="reason"]') ?? null;
  }
}

/** Opens the Undo record dialog for `transaction`; resolves the undone transaction, or undefined. */
export function askUndo(transaction: TransactionRecord): Promise<Apex.NiprTransactionInfo | undefined> {
  return NiprUndoRecord.open({ size: 'small', label: labels.title(transaction.name), transaction });
}
