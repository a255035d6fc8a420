// Stand-in for NiprTransactionController (force-app/main/default/classes): the reads (getTransactions,
// searchTransactions: newest first, at most 500) and the step 1b actions of niprTransactionService.mjs, each error
// prefixed as the controller does; getGatewayStatus and resendTransactions (issue 10, docs/filing-integrity.md).
import { WORKFLOW_STATUSES, isCalendarDate, todayIn } from 'c/offboardingCore';
import { AuraHandledException } from './apex.mjs';
import { normalizeId } from './ids.mjs';
import * as gateways from './niprGateways.mjs';
import * as service from './niprTransactionService.mjs';
import { transactionsOf } from './store.mjs';
import { toInfo } from './transactionInfo.mjs';

const LIST_LIMIT = 500;
const LOAD_FAILED = 'The NIPR transactions could not be loaded: ';

function producerIdOf(value) {
  const id = value === null || value === undefined || value === '' ? null : normalizeId(value);
  if (value && !id) {
    throw new AuraHandledException(`${LOAD_FAILED}Invalid id: ${value}`);
  }
  return id;
}

/** `getTransactions(Id producerId)` (null: everyone's). */
export function getTransactions(org, { producerId }) {
  return transactionsOf(org.store, producerIdOf(producerId))
    .slice(0, LIST_LIMIT)
    .map((record) => toInfo(org, record));
}

function queryDate(value, label) {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text !== '' && !isCalendarDate(text)) {
    throw new AuraHandledException(
      `${LOAD_FAILED}${label} date "${value}" is not a valid date. Enter it as a calendar date (YYYY-MM-DD).`
    );
  }
  return text === '' ? null : text;
}

/** NIPR_Transaction__c.Type__c (NiprTransactionsSelector.ALL_TYPES). */
const TRANSACTION_TYPES = ['Appointment Termination', 'Termination Filed Elsewhere'];

function textOrNull(value) {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * `searchTransactions(TransactionQuery query)`: producer, state, status, type and created from / to (the user's calendar
 * days, inclusive), all optional; an unknown state or status matches nothing.
 */
export function searchTransactions(org, { query }, { user }) {
  const filters = query ?? {};
  const fromDate = queryDate(filters.fromDate, 'From');
  const toDate = queryDate(filters.toDate, 'To');
  const state = textOrNull(filters.state)?.toUpperCase() ?? null;
  const status = textOrNull(filters.status);
  const type = textOrNull(filters.type);
  if (
    (state !== null && !/^[A-Z]{2}$/.test(state)) ||
    (status !== null && !WORKFLOW_STATUSES.includes(status)) ||
    (type !== null && !TRANSACTION_TYPES.includes(type))
  ) {
    return [];
  }
  return transactionsOf(org.store, producerIdOf(filters.producerId))
    .filter((record) => {
      const day = todayIn(user.timeZone, new Date(record.CreatedDate));
      return (
        (state === null || record.State__c === state) &&
        (status === null || record.Status__c === status) &&
        (type === null || record.Type__c === type) &&
        (fromDate === null || day >= fromDate) &&
        (toDate === null || day <= toDate)
      );
    })
    .slice(0, LIST_LIMIT)
    .map((record) => toInfo(org, record));
}

/** The action with the controller's message prefix on every error. */
function prefixed(prefix, action) {
  return (org, params, context) => {
    try {
      return action(org, params, context);
    } catch (error) {
      throw error instanceof AuraHandledException ? new AuraHandledException(prefix + error.message) : error;
    }
  };
}

export const checkEligibility = prefixed('The eligibility check did not complete: ', service.checkEligibility);
export const getSubmissionQuote = prefixed('The cost could not be computed: ', service.getSubmissionQuote);
export const submitTransactions = prefixed('The transactions were not submitted: ', service.submitTransactions);
export const cancelTransactions = prefixed('The transactions were not cancelled: ', service.cancelTransactions);
export const refreshStatuses = prefixed('The statuses could not be refreshed: ', service.refreshStatuses);
export const correctTransaction = prefixed('The transaction was not corrected: ', service.correctTransaction);
export const resendTransactions = prefixed('The transactions were not resent: ', service.resendTransactions);
export const undoRecordedTermination = prefixed(
  'The recorded termination was not undone: ',
  service.undoRecordedTermination
);

/** `getGatewayStatus()` (cacheable): `{ mode: 'Live' | 'Simulated' | 'Not Configured', message, submitTimeoutMinutes }`. */
export const getGatewayStatus = prefixed('The NIPR gateway status could not be loaded: ', (org) =>
  gateways.status(org)
);
