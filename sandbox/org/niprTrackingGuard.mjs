// Stand-in for the NiprTrackingGuard trigger handler (before update on Contact, Account and User): NIPR tracking
// cannot go from Active to Inactive while the producer has open NIPR transactions (Draft, Ready to Submit, Needs
// Attention, Submitted); the error names them, e.g. "NIPR tracking cannot be set to Inactive: NTX-000012 (Florida)
// is Submitted. Wait for NIPR's answer or cancel the transaction first." The refusal itself is c/offboardingCore's
// rule (trackingChangeGuard); the wording is the trigger's. Used by database.mjs for every update (LDS updateRecord
// and the bulk deactivation alike) and by the NiprTrackingService stand-in.
import { trackingChangeGuard } from 'c/offboardingCore';
import { objectOf } from './ids.mjs';
import { TRACKING_ACTIVE, TRACKING_FIELD, TRACKING_INACTIVE, openTransactionsOf } from './selectors.mjs';

const MAX_NAMED = 5;

/** NIPR tracking goes from Active to Inactive. */
export function isDeactivation(old, record) {
  return old?.[TRACKING_FIELD] === TRACKING_ACTIVE && record[TRACKING_FIELD] === TRACKING_INACTIVE;
}

/** The producer whose transactions count: the Contact or Account itself, a User's Contact (or null). */
export function producerIdOf(record) {
  return objectOf(record.Id) === 'User' ? (record.ContactId ?? null) : record.Id;
}

/** Jurisdiction names of the transactions' states, from the Compliance Library (org.rules), by USPS code. */
export function stateNames(org, transactions) {
  const states = new Set(transactions.map((record) => (record.State__c ?? '').toUpperCase()).filter((s) => s));
  return new Map(org.rules.filter((rule) => states.has(rule.state)).map((rule) => [rule.state, rule.name]));
}

function stateName(state, names) {
  if (!state || state.trim() === '') {
    return 'no state';
  }
  return names.get(state.toUpperCase()) ?? state;
}

/** "NTX-000012 (Florida) is Submitted. Wait for NIPR's answer or cancel the transaction first." */
export function describe(transactions, names) {
  const named = transactions
    .slice(0, MAX_NAMED)
    .map((record) => `${record.Name} (${stateName(record.State__c, names)}) is ${record.Status__c}`);
  const more = transactions.length - named.length;
  const pending = named.join(', ') + (more > 0 ? ` and ${more} more are open` : '');
  return `${pending}. Wait for NIPR's answer or cancel the ${transactions.length === 1 ? 'transaction' : 'transactions'} first.`;
}

/** The trigger's error message. */
export function refusal(transactions, names) {
  return `NIPR tracking cannot be set to Inactive: ${describe(transactions, names)}`;
}

/** An open transaction as TrackingGuard.openTransactions lists it (OpenTransactionInfo). */
export function toOpenTransactionInfo(record, names) {
  return {
    id: record.Id,
    name: record.Name,
    state: record.State__c,
    stateName: stateName(record.State__c, names),
    status: record.Status__c
  };
}

/** offboardingCore's rule: open transactions refuse setting an Active producer's tracking Inactive. */
export function refusesDeactivation(recordName, transactions) {
  const guard = {
    objectApiName: '',
    recordName,
    tracking: TRACKING_ACTIVE,
    canManage: true,
    openTransactions: transactions.map((record) => ({
      id: record.Id,
      name: record.Name,
      state: record.State__c ?? '',
      status: record.Status__c
    })),
    activeAppointments: 0,
    portalUserEnabled: false,
    portalContactId: null
  };
  return !trackingChangeGuard(guard, TRACKING_INACTIVE).canSave;
}

/**
 * The trigger: the records (new values) that go from Active to Inactive while their producer has open transactions,
 * each with its error message. Reads the open transactions in system mode (every one counts).
 * @param {object[]} records the records as they would be saved
 * @param {Map<string, object>} oldRecords the records before the update, by Id
 * @returns {Map<string, string>} error message by record Id
 */
export function handle(org, records, oldRecords) {
  const errors = new Map();
  for (const record of records) {
    if (!isDeactivation(oldRecords.get(record.Id), record)) {
      continue;
    }
    const producerId = producerIdOf(record);
    const open = producerId ? openTransactionsOf(org.store, [producerId]) : [];
    if (open.length > 0 && refusesDeactivation(record.Name, open)) {
      errors.set(record.Id, refusal(open, stateNames(org, open)));
    }
  }
  return errors;
}
