// The NIPR transactions table: state, appointment, reason, effective date, fee, the status with its explanation and
// next step, the NIPR code for support, and per row the actions the generated transition table allows from its status
// (c/offboardingCore rowActions): Correct, Cancel (confirmed first), Resend (a stuck Submitting row: confirmed
// first, sent again with its same key) and Undo record (a termination recorded as filed outside NIPR: a reason first,
// c/niprUndoRecord). A row filed outside NIPR shows where and when it was filed, the state's reference and the note. Sends `transactionschange` with what the server changed and `busychange`
// while it works.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import timeZone from '@salesforce/i18n/timeZone';
import cancelTransactions from '@salesforce/apex/NiprTransactionController.cancelTransactions';
import correctTransaction from '@salesforce/apex/NiprTransactionController.correctTransaction';
import resendTransactions from '@salesforce/apex/NiprTransactionController.resendTransactions';
import hasSubmitPermission from '@salesforce/customPermission/Offboarding_Submit_NIPR';
import {
  DEFAULT_SUBMIT_TIMEOUT_MINUTES,
  errorText,
  fromApexTransaction,
  type BusyChange,
  type TransactionRecord,
  type TransactionsChange
} from 'c/offboardingCore';
import { askCorrection } from 'c/niprCorrectTransaction';
import { askUndo } from 'c/niprUndoRecord';
import { labels } from './labels';
import { toView, type TableTransaction, type TransactionView } from './model';

/** `lightning/confirm`: its type declaration has no `open`. */
const confirmDialog = LightningConfirm as unknown as {
  open(options: { label: string; message: string; theme?: 'warning' }): Promise<boolean>;
};

export default class NiprTransactionTable extends LightningElement {
  /** The rows; `gatewayMode` 'Simulated' shows a "Simulated" badge. */
  @api rows: readonly TableTransaction[] = [];
  /** Everyone's transactions: the producer is a column. */
  @api showProducer = false;
  /** The page is working: no row action starts. */
  @api busy = false;
  /** The user may correct and cancel (Offboarding_Terminate); without it the rows are read-only. */
  @api canManage = false;
  /** Where filings go (`Live`, `Simulated`, `Not Configured`); null while not known. */
  @api gatewayMode: string | null = null;
  /** Why Resend is off for everyone (NIPR filing not set up); null when it is not. */
  @api unavailable: string | null = null;
  /** Minutes after which a Submitting row is stuck (the org's setting). */
  @api submitTimeoutMinutes: number = DEFAULT_SUBMIT_TIMEOUT_MINUTES;

  labels = labels;
  working = false;
  error: string | null = null;

  get views(): TransactionView[] {
    const permissions = {
      canManage: this.canManage,
      canResend: hasSubmitPermission === true,
      submitTimeoutMinutes: this.submitTimeoutMinutes
    };
    return (this.rows ?? []).map((row) => toView(row, timeZone, permissions));
  }

  get actionsDisabled(): boolean {
    return this.busy || this.working;
  }

  get resendDisabled(): boolean {
    return this.actionsDisabled || !!this.unavailable;
  }

  /** Confirms, then sends the stuck row again with its same key (NIPR files each key once). */
  async handleResend(event: Event): Promise<void> {
    if (this.unavailable) {
      return;
    }
    const row = this.begin(event, labels.resending);
    if (!row) {
      return;
    }
    try {
      const message = labels.resendConfirm(row.name, row.stateName, this.submitTimeoutMinutes);
      if (await confirmDialog.open({ label: labels.resendTitle, message, theme: 'warning' })) {
        const result = await resendTransactions({ transactionIds: [row.id] });
        this.changed({ transactions: (result.transactions ?? []).map((info) => fromApexTransaction(info)) });
        const simulated = (result.mode ?? this.gatewayMode) === 'Simulated';
        this.toast(labels.resent(row.name), labels.resentDetail(simulated));
      }
    } catch (error) {
      this.error = errorText(error, labels.resendFailed);
      this.changed({ transactions: [], reload: true }); // show the row as it stands on the server
    } finally {
      this.end();
    }
  }

  async handleCorrect(event: Event): Promise<void> {
    const row = this.begin(event, labels.correcting);
    if (!row) {
      return;
    }
    try {
      const correction = await askCorrection(row);
      if (correction) {
        const corrected = await correctTransaction({ transactionId: row.id, ...correction });
        this.changed({ transactions: [fromApexTransaction(corrected)], recheck: [row.id] });
        this.toast(labels.corrected(row.name), labels.correctedDetail);
      }
    } catch (error) {
      this.error = errorText(error, labels.correctFailed);
    } finally {
      this.end();
    }
  }

  /** Asks for the reason and undoes the record (the dialog shows a refusal and stays open); focus goes to the row. */
  async handleUndo(event: Event): Promise<void> {
    const row = this.begin(event, labels.undoing);
    if (!row) {
      return;
    }
    try {
      const undone = await askUndo(row);
      if (undone) {
        this.changed({ transactions: [fromApexTransaction(undone)] });
        this.toast(labels.undone(row.name, row.stateName), labels.undoneDetail);
        this.focusRowAfterRender(row.id);
      }
    } catch (error) {
      this.error = errorText(error, labels.undoFailed);
    } finally {
      this.end();
    }
  }

  async handleCancel(event: Event): Promise<void> {
    const row = this.begin(event, labels.cancelling);
    if (!row) {
      return;
    }
    try {
      const message = labels.cancelConfirm(row.name, row.stateName, row.companyName);
      if (await confirmDialog.open({ label: labels.cancelTitle, message, theme: 'warning' })) {
        const cancelled = await cancelTransactions({ transactionIds: [row.id] });
        this.changed({ transactions: cancelled.map((info) => fromApexTransaction(info)) });
        this.toast(labels.cancelled(row.name), labels.cancelledDetail);
      }
    } catch (error) {
      this.error = errorText(error, labels.cancelFailed);
    } finally {
      this.end();
    }
  }

  /** The row of the clicked button, and the table marked as working; undefined when another action runs. */
  private begin(event: Event, label: string): TransactionRecord | undefined {
    const id = (event.currentTarget as HTMLElement | null)?.dataset.rowId;
    const row = (this.rows ?? []).find((candidate) => candidate.id === id);
    if (!row || this.actionsDisabled) {
      return undefined;
    }
    this.working = true;
    this.error = null;
    this.dispatchEvent(new CustomEvent<BusyChange>('busychange', { detail: { busy: true, label } }));
    return row;
  }

  private end(): void {
    this.working = false;
    this.dispatchEvent(new CustomEvent<BusyChange>('busychange', { detail: { busy: false, label: '' } }));
  }

  /** The row's Undo record button is gone once undone: the focus goes to the row's name, not to the body. */
  private focusRowAfterRender(id: string): void {
    // After the page merged the row and this table rendered it again.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    setTimeout(() => {
      this.template?.querySelector<HTMLElement>(`a[data-id="name"][data-row-id="${id}"]`)?.focus();
    }, 0);
  }

  private changed(change: TransactionsChange): void {
    this.dispatchEvent(new CustomEvent<TransactionsChange>('transactionschange', { detail: change }));
  }

  private toast(title: string, message: string): void {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant: 'success' }));
  }
}
