// NIPR transactions after Terminate (the NIPR Transactions page): what each status means and allows, which rows can
// be selected for submission, and the page's filters. Pure functions; the Apex twin is NiprTransactionService.
import { compareText, isFiledThroughNipr, whereToFileInstead } from './rules';
import { formatMoney, toCents } from './money';
import { transactionMessages, type StatusText } from './transactionMessages';
import type { ComplianceRule, NiprTransactionStatus } from './types';
import { WORKFLOW_STATUSES, actionsFrom, type WorkflowAction } from './workflow';
import { DEFAULT_SUBMIT_TIMEOUT_MINUTES } from './gateway';

/** Every `NIPR_Transaction__c.Status__c`, in the order a transaction goes through them (the generated table's). */
export const TRANSACTION_STATUSES: readonly NiprTransactionStatus[] = WORKFLOW_STATUSES;

export function isTransactionStatus(value: string | null | undefined): value is NiprTransactionStatus {
  return TRANSACTION_STATUSES.some((status) => status === value);
}

/** What the page may do with a row, each derived from the generated transition table (`actionsFrom`). */
export interface RowActions {
  /** Checked with the gateway (on open and on Recheck): `checkEligibility`. */
  readonly check: boolean;
  /** Selected under Actionable Transactions and submitted: `submit`. */
  readonly select: boolean;
  readonly cancel: boolean;
  /** Takes a new reason and effective date (and goes back to Draft). */
  readonly correct: boolean;
  /** Sent again with its same key: `resend`, and only once the server says the row is stuck. */
  readonly resend: boolean;
  /** Its status asked at NIPR (Refresh status, polling): `refresh`. */
  readonly refresh: boolean;
  /** A termination recorded as filed outside NIPR, undone (recorded by mistake): `undoRecord`. */
  readonly undoRecord: boolean;
}

/** The actions the transition table allows from the row's status (none for a status this page does not know). */
export function rowActions(tx: {
  readonly status: NiprTransactionStatus | null;
  readonly stuck?: boolean;
}): RowActions {
  const actions: readonly WorkflowAction[] = tx.status === null ? [] : actionsFrom(tx.status);
  return {
    check: actions.includes('checkEligibility'),
    select: actions.includes('submit'),
    cancel: actions.includes('cancel'),
    correct: actions.includes('correct'),
    resend: actions.includes('resend') && tx.stuck === true,
    refresh: actions.includes('refresh'),
    undoRecord: actions.includes('undoRecord')
  };
}

export type TransactionTone = 'success' | 'warning' | 'error' | 'info' | 'neutral';

const TONES: Readonly<Record<NiprTransactionStatus, TransactionTone>> = {
  Draft: 'neutral',
  'Ready to Submit': 'info',
  'Not Eligible': 'error',
  'Needs Attention': 'warning',
  Submitting: 'info',
  Submitted: 'info',
  Accepted: 'success',
  Rejected: 'error',
  Failed: 'error',
  Cancelled: 'neutral',
  'Filed Outside NIPR': 'success'
};

/**
 * One NIPR transaction as the page lists it (`Apex.NiprTransactionInfo` through `fromApexTransaction`).
 * Dates are `YYYY-MM-DD`; `createdOn` is the calendar day of `createdDate` in the user's time zone.
 */
export interface TransactionRecord {
  readonly id: string;
  readonly name: string;
  readonly producerId: string;
  readonly producerName: string;
  readonly appointmentId: string | null;
  /** USPS code. */
  readonly state: string;
  /** The jurisdiction's name (the code when the server sends none). */
  readonly stateName: string;
  readonly companyName: string;
  readonly licenseClass: string;
  readonly linesOfAuthority: string;
  /** Lines of authority (at least 1); a per-line state charges its fee once per line. */
  readonly lines: number;
  readonly reasonCode: string | null;
  readonly effectiveDate: string | null;
  /** NIPR fee plus the state fee share, in USD, as the server computed it; null when not known. */
  readonly fee: number | null;
  /** Null when the server sent a status this page does not know (`statusText` holds it). */
  readonly status: NiprTransactionStatus | null;
  readonly statusText: string;
  readonly statusDetail: string | null;
  readonly nextStep: string | null;
  readonly niprCode: string | null;
  readonly niprReference: string | null;
  /** ISO 8601 date-times. */
  readonly createdDate: string | null;
  readonly createdOn: string | null;
  readonly submittedOn: string | null;
  /** When step 1 of the submission committed it as Submitting (ISO 8601); null otherwise. */
  readonly submissionStartedOn: string | null;
  /** Submitting for longer than the org's timeout without NIPR's answer: it can be sent again (Resend). */
  readonly stuck: boolean;
  /** Filed outside NIPR and recorded here (Type 'Termination Filed Elsewhere'); absent or false: a NIPR filing. */
  readonly filedElsewhere?: boolean;
  /** Where a termination filed outside NIPR was filed: 'State Portal', 'Paper Form' or 'Company Register'. */
  readonly channel?: string | null;
  /** The day it was filed outside NIPR (YYYY-MM-DD). */
  readonly filedOn?: string | null;
  /** The state's confirmation number for a termination filed outside NIPR. */
  readonly externalReference?: string | null;
  /** The specialist's note on a termination filed outside NIPR. */
  readonly filingNote?: string | null;
}

/** NIPR_Transaction__c.Type__c of a termination filed outside NIPR and recorded here. */
export const TYPE_FILED_ELSEWHERE = 'Termination Filed Elsewhere';
/** NIPR_Transaction__c.Type__c of a termination filed through NIPR. */
export const TYPE_NIPR = 'Appointment Termination';

/** What a transaction's status means to the user and what it allows. */
export interface TransactionExplanation {
  readonly label: string;
  readonly tone: TransactionTone;
  /** The server's `statusDetail`, or a plain-language default. */
  readonly explanation: string;
  /** The server's `nextStep`, or a plain-language default. */
  readonly nextStep: string;
  /** Can be selected and submitted (the table's `submit`: Ready to Submit). */
  readonly actionable: boolean;
  readonly cancellable: boolean;
  readonly correctable: boolean;
  /** A stuck Submitting row: it can be sent again with its same key. */
  readonly resendable: boolean;
  /** A termination recorded as filed outside NIPR: the record can be undone (`undoRecord`). */
  readonly undoable: boolean;
}

/**
 * What the user can do on the page: Recheck, Refresh status, Correct, Cancel, Undo record (Offboarding_Terminate);
 * Submit and Resend (Offboarding_Submit_NIPR). The next step a row gives depends on them: a user who cannot take it
 * is told who can.
 */
export interface UserAbilities {
  readonly canManage: boolean;
  readonly canSubmit: boolean;
}

export type ExplainedTransaction = Pick<
  TransactionRecord,
  'status' | 'statusText' | 'state' | 'stateName' | 'statusDetail' | 'nextStep'
> &
  Partial<Pick<TransactionRecord, 'niprCode' | 'stuck'>>;

/** The code the server gives a transaction of a state not filed through NIPR (the core's ProblemCode). */
const NOT_FILED_THROUGH_NIPR = 'NOT_FILED_THROUGH_NIPR';

function textOr(value: string | null, fallback: string): string {
  return value !== null && value.trim() !== '' ? value : fallback;
}

function statusFlags(tx: ExplainedTransaction) {
  const actions = rowActions(tx);
  return {
    actionable: actions.select,
    cancellable: actions.cancel,
    correctable: actions.correct,
    resendable: actions.resend,
    undoable: actions.undoRecord
  };
}

/**
 * The next step of a user who cannot take the status's own (null when they can, or when there is nothing to do):
 * who can ("Ask a licensing specialist with the Offboarding User permission set to refresh its status.").
 * A step that already asks someone (e.g. "Ask your Salesforce administrator …") is left as it is.
 */
function stepForAbilities(
  status: NiprTransactionStatus | null,
  stuck: boolean,
  nextStep: string,
  abilities: UserAbilities
): string | null {
  if (/^Ask /.test(nextStep)) {
    return null;
  }
  const ask = transactionMessages.askSomeone;
  switch (status) {
    case 'Draft':
      return abilities.canManage ? null : ask.terminate('recheck it with NIPR');
    case 'Ready to Submit':
      return abilities.canSubmit ? null : ask.submit('submit it');
    case 'Not Eligible':
    case 'Needs Attention':
    case 'Rejected':
    case 'Failed':
      return abilities.canManage ? null : ask.terminate('correct or cancel it');
    case 'Submitting':
      return stuck && !abilities.canSubmit ? ask.submit('resend it') : null;
    case 'Submitted':
      return abilities.canManage ? null : ask.terminate('refresh its status');
    case 'Filed Outside NIPR':
      return abilities.canManage ? null : transactionMessages.nothingMoreToDo;
    default:
      return null;
  }
}

function notFiledThroughNipr(
  tx: ExplainedTransaction,
  stateName: string,
  rule: ComplianceRule | undefined
): Pick<TransactionExplanation, 'label' | 'tone' | 'explanation' | 'nextStep'> {
  const text = transactionMessages.notFiledThroughNipr;
  const route = rule ? (rule.filing === 'nipr' ? 'unknown' : rule.filing) : null;
  const instead = rule ? whereToFileInstead(rule) : null;
  return {
    label: text.label,
    tone: 'warning',
    explanation: textOr(tx.statusDetail, text.explanation(rule?.name ?? stateName, route)),
    nextStep: textOr(tx.nextStep, instead === null ? text.nextStepUnknown : text.nextStep(instead))
  };
}

/**
 * The label, tone, explanation and next step of a transaction, and what the user may do with it.
 * The server's `statusDetail` and `nextStep` are used when present; otherwise a plain-language default for the status.
 * A Not Eligible transaction of a state not filed through NIPR (the state's rule says so, or the server's code
 * NOT_FILED_THROUGH_NIPR) is labelled so and says where to file instead
 * (e.g. "Not filed through NIPR — New York terminations are filed on the state portal, not through NIPR.").
 * With `abilities`, a next step the user cannot take (no Recheck, Refresh status or Submit button) says who can.
 */
export function explainTransaction(
  tx: ExplainedTransaction,
  rule?: ComplianceRule,
  submitTimeoutMinutes: number = DEFAULT_SUBMIT_TIMEOUT_MINUTES,
  abilities?: UserAbilities
): TransactionExplanation {
  const explained = explainStatus(tx, rule, submitTimeoutMinutes);
  if (abilities === undefined) {
    return explained;
  }
  const step = stepForAbilities(tx.status, tx.stuck === true, explained.nextStep, abilities);
  return step === null ? explained : { ...explained, nextStep: step };
}

function explainStatus(
  tx: ExplainedTransaction,
  rule: ComplianceRule | undefined,
  submitTimeoutMinutes: number
): TransactionExplanation {
  const stateName = textOr(tx.stateName, tx.state);
  const flags = statusFlags(tx);
  const offNipr = rule ? !isFiledThroughNipr(rule) : tx.niprCode === NOT_FILED_THROUGH_NIPR;
  if (tx.status === 'Not Eligible' && offNipr) {
    return { ...notFiledThroughNipr(tx, stateName, rule), ...flags };
  }
  const stuck = tx.status === 'Submitting' && tx.stuck === true;
  const defaults: StatusText =
    tx.status === null
      ? transactionMessages.unknownStatus(tx.statusText)
      : stuck
        ? transactionMessages.stuckSubmitting(submitTimeoutMinutes)
        : transactionMessages.statuses[tx.status];
  return {
    label: tx.status ?? textOr(tx.statusText, '—'),
    tone: tx.status === null ? 'neutral' : TONES[tx.status],
    explanation: textOr(tx.statusDetail, defaults.explanation(stateName)),
    nextStep: textOr(tx.nextStep, defaults.nextStep(stateName)),
    ...flags
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Selection

type WithStatus = Pick<TransactionRecord, 'id' | 'status'>;

/** Can be selected and submitted: the transition table allows `submit` from its status (Ready to Submit). */
export function isActionable(tx: WithStatus): boolean {
  return rowActions(tx).select;
}

/** The rows that can be submitted (Ready to Submit), in their order. */
export function actionableRows<T extends WithStatus>(rows: readonly T[]): T[] {
  return rows.filter(isActionable);
}

/** Select all: every actionable row (nothing else); clearing it selects none. */
export function selectAllActionable(rows: readonly WithStatus[], checked: boolean): string[] {
  return checked ? actionableRows(rows).map((row) => row.id) : [];
}

/**
 * The selection after one row's checkbox changed, in the rows' order; a row that is not actionable is never added.
 * Ids no longer actionable (submitted, cancelled, gone) are dropped on the way.
 */
export function toggleSelection(
  rows: readonly WithStatus[],
  selected: readonly string[],
  id: string,
  checked: boolean
): string[] {
  const chosen = new Set(selected);
  if (checked) {
    chosen.add(id);
  } else {
    chosen.delete(id);
  }
  return actionableRows(rows)
    .map((row) => row.id)
    .filter((rowId) => chosen.has(rowId));
}

/** The selected ids that are still actionable rows, in the rows' order. */
export function keepActionable(rows: readonly WithStatus[], selected: readonly string[]): string[] {
  const chosen = new Set(selected);
  return actionableRows(rows)
    .map((row) => row.id)
    .filter((id) => chosen.has(id));
}

export interface SelectionSummary {
  readonly transactionIds: readonly string[];
  readonly count: number;
  /** Actionable rows there are. */
  readonly available: number;
  /** Sum of the selected rows' fees, in USD (a row without a fee adds nothing and sets `feeUnknown`). */
  readonly total: number;
  readonly feeUnknown: boolean;
  readonly allSelected: boolean;
  /** Some but not all (the select-all checkbox is indeterminate). */
  readonly someSelected: boolean;
}

/** The running count and total of the selected actionable rows (sums in integer cents). */
export function summarizeSelection(
  rows: readonly Pick<TransactionRecord, 'id' | 'status' | 'fee'>[],
  selected: readonly string[]
): SelectionSummary {
  const actionable = actionableRows(rows);
  const chosen = new Set(selected);
  const picked = actionable.filter((row) => chosen.has(row.id));
  const cents = picked.reduce((sum, row) => sum + (row.fee === null ? 0 : toCents(row.fee)), 0);
  return {
    transactionIds: picked.map((row) => row.id),
    count: picked.length,
    available: actionable.length,
    total: cents / 100,
    feeUnknown: picked.some((row) => row.fee === null),
    allSelected: picked.length > 0 && picked.length === actionable.length,
    someSelected: picked.length > 0 && picked.length < actionable.length
  };
}

/** `3 of 5 selected · $86.12` (the running count and total, for the page's aria-live region). */
export function selectionText(summary: SelectionSummary): string {
  return `${summary.count} of ${summary.available} selected · ${formatMoney(summary.total)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

/** Ids of the rows to check with the gateway (the table's `checkEligibility`: Draft, Needs Attention, Ready). */
export function idsToCheck(rows: readonly WithStatus[]): string[] {
  return rows.filter((row) => rowActions(row).check).map((row) => row.id);
}

/** Ids of the rows filed and waiting for the state (the table's `refresh`: Submitted): refreshed and polled. */
export function idsToRefresh(rows: readonly WithStatus[]): string[] {
  return rows.filter((row) => rowActions(row).refresh).map((row) => row.id);
}

type WithStuck = WithStatus & { readonly stuck?: boolean };

/** Ids of the rows being filed (Submitting) that NIPR may still answer (not stuck): the page re-reads them. */
export function idsBeingFiled(rows: readonly WithStuck[]): string[] {
  return rows.filter((row) => row.status === 'Submitting' && row.stuck !== true).map((row) => row.id);
}

/** Ids of the stuck rows that can be sent again (the table's `resend`, once the server says stuck). */
export function idsToResend(rows: readonly WithStuck[]): string[] {
  return rows.filter((row) => rowActions(row).resend).map((row) => row.id);
}

/** The rows with each one the server sent back replacing the row of the same id (others are left as they are). */
export function mergeTransactions<T extends { readonly id: string }>(rows: readonly T[], updates: readonly T[]): T[] {
  const byId = new Map(updates.map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id) ?? row);
}

/** Newest first: by `createdDate` (ISO, so text order is time order), then by name, descending. */
export function newestFirst<T extends Pick<TransactionRecord, 'createdDate' | 'name'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareIso(b.createdDate ?? '', a.createdDate ?? '') || compareText(b.name, a.name));
}

/**
 * What one part of the NIPR Transactions page changed, sent to the page (`transactionschange`): the transactions as
 * the server now has them, the ones to check with NIPR again, or `reload` when the rows may no longer be true.
 */
export interface TransactionsChange {
  readonly transactions: readonly TransactionRecord[];
  readonly recheck?: readonly string[];
  readonly reload?: boolean;
}

/** A part of the page starts (`busy`, with what it does) or ends its work (`busychange`). */
export interface BusyChange {
  readonly busy: boolean;
  readonly label: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Filters

/** The page's filters (the client twin of `Apex.TransactionQuery`); null or empty = no filter. */
export interface TransactionFilter {
  readonly producerId?: string | null;
  readonly state?: string | null;
  readonly status?: NiprTransactionStatus | null;
  /** Created on or after this day (`YYYY-MM-DD`, user's time zone). */
  readonly fromDate?: string | null;
  /** Created on or before this day. */
  readonly toDate?: string | null;
  /** Filed through NIPR (TYPE_NIPR) or recorded as filed elsewhere (TYPE_FILED_ELSEWHERE); Apex TransactionQuery.type. */
  readonly type?: TransactionKind | null;
}

/** NIPR_Transaction__c.Type__c: a NIPR filing, or a termination filed outside NIPR and recorded here. */
export type TransactionKind = typeof TYPE_NIPR | typeof TYPE_FILED_ELSEWHERE;

export function isTransactionKind(value: string | null | undefined): value is TransactionKind {
  return value === TYPE_NIPR || value === TYPE_FILED_ELSEWHERE;
}

/** The kind of a row: filed elsewhere when `filedElsewhere`, else a NIPR filing. */
export function kindOf(row: Pick<TransactionRecord, 'filedElsewhere'>): TransactionKind {
  return row.filedElsewhere === true ? TYPE_FILED_ELSEWHERE : TYPE_NIPR;
}

function given(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '';
}

/**
 * The rows matching every given filter, in their order. Dates compare the creation day (`createdOn`); a row without
 * one does not match a date filter. `fromDate` after `toDate` matches nothing.
 */
export function filterTransactions<
  T extends Pick<TransactionRecord, 'producerId' | 'state' | 'status' | 'createdOn' | 'filedElsewhere'>
>(rows: readonly T[], filter: TransactionFilter): T[] {
  const { producerId, state, status, fromDate, toDate, type } = filter;
  return rows.filter(
    (row) =>
      (!given(producerId) || row.producerId === producerId) &&
      (!given(type) || kindOf(row) === type) &&
      (!given(state) || row.state === state) &&
      (!given(status) || row.status === status) &&
      (!given(fromDate) || (row.createdOn !== null && row.createdOn >= fromDate)) &&
      (!given(toDate) || (row.createdOn !== null && row.createdOn <= toDate))
  );
}

/** The filter as `Apex.TransactionQuery` (empty filters left out: the server reads them as "any"). */
export function toTransactionQuery(filter: TransactionFilter): {
  producerId?: string;
  state?: string;
  status?: string;
  type?: string;
  fromDate?: string;
  toDate?: string;
} {
  const entries = Object.entries(filter).filter((entry): entry is [string, string] => given(entry[1]));
  return Object.fromEntries(entries);
}

/** A value and its label, for the filter lists. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

function byLabel(a: Choice, b: Choice): number {
  return compareText(a.label, b.label);
}

function merged(known: readonly Choice[], found: readonly Choice[]): Choice[] {
  const byValue = new Map(known.map((choice) => [choice.value, choice]));
  for (const choice of found) {
    if (choice.value !== '' && !byValue.has(choice.value)) {
      byValue.set(choice.value, choice);
    }
  }
  return [...byValue.values()].sort(byLabel);
}

/** The producers known so far plus those of `rows`, by name (for the producer filter). */
export function producerChoices(
  rows: readonly Pick<TransactionRecord, 'producerId' | 'producerName'>[],
  known: readonly Choice[] = []
): Choice[] {
  return merged(
    known,
    rows.map((row) => ({ value: row.producerId, label: row.producerName || row.producerId }))
  );
}

/** The states known so far plus those of `rows`, by name (for the state filter). */
export function stateChoices(
  rows: readonly Pick<TransactionRecord, 'state' | 'stateName'>[],
  known: readonly Choice[] = []
): Choice[] {
  return merged(
    known,
    rows.map((row) => ({ value: row.state, label: row.stateName || row.state }))
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Details

/** A NIPR or gateway code as the page shows it: the plain-language text, and the code as secondary text. */
export interface CodeText {
  readonly code: string;
  /** The plain-language text; the code itself when it is not a known one. */
  readonly text: string;
  readonly known: boolean;
}

/** `BACKDATE_LIMIT` → "The effective date is backdated further than the state allows." (null for no code). */
export function describeNiprCode(code: string | null | undefined): CodeText | null {
  const trimmed = code?.trim() ?? '';
  if (trimmed === '') {
    return null;
  }
  const codes = transactionMessages.codes;
  const text = Object.prototype.hasOwnProperty.call(codes, trimmed) ? codes[trimmed] : undefined;
  return text === undefined ? { code: trimmed, text: trimmed, known: false } : { code: trimmed, text, known: true };
}

/** Where a termination filed outside NIPR was filed, as a sentence ("Filed on the state portal"); unknown: itself. */
export function channelText(channel: string | null | undefined): string {
  const value = channel?.trim() ?? '';
  const channels = transactionMessages.channels;
  return (Object.prototype.hasOwnProperty.call(channels, value) ? channels[value] : undefined) ?? value;
}

/** The detail of a termination filed outside NIPR as the row shows it; each part null when not known. */
export interface FiledElsewhereDetail {
  /** "Filed on the state portal", "Paper form", "Company register". */
  readonly channel: string | null;
  /** "Filed March 2, 2026". */
  readonly filedOn: string | null;
  /** "Reference DFS-1234" (the state's confirmation number). */
  readonly reference: string | null;
  /** "Note: …". */
  readonly note: string | null;
}

/**
 * The detail of a row filed outside NIPR (null for a NIPR filing): where, the day filed (`formatDay` formats
 * YYYY-MM-DD), the state's reference and the note.
 */
export function filedElsewhereDetail(
  row: Pick<TransactionRecord, 'filedElsewhere' | 'channel' | 'filedOn' | 'externalReference' | 'filingNote'>,
  formatDay: (day: string) => string
): FiledElsewhereDetail | null {
  if (row.filedElsewhere !== true) {
    return null;
  }
  const text = transactionMessages.filedElsewhere;
  const present = (value: string | null | undefined): value is string => !!value && value.trim() !== '';
  return {
    channel: present(row.channel) ? channelText(row.channel) : null,
    filedOn: present(row.filedOn) ? text.filedOn(formatDay(row.filedOn)) : null,
    reference: present(row.externalReference) ? text.reference(row.externalReference) : null,
    note: present(row.filingNote) ? text.note(row.filingNote) : null
  };
}

/**
 * The producer a list shows, named: the one name all `rows` share (null when they have none or several).
 * "Showing the transactions of Pat Jones."
 */
export function sharedProducerName(rows: readonly Pick<TransactionRecord, 'producerName'>[]): string | null {
  const names = new Set(rows.map((row) => row.producerName.trim()).filter((name) => name !== ''));
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

/** ISO 8601 timestamps in UTC sort as plain strings. */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
