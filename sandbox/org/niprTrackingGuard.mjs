// Stand-in for the NiprTrackingGuard trigger handler (before update on Contact, Account and User): NIPR tracking
// cannot go from Active to Inactive while the producer has open NIPR transactions (the open statuses of the transition
// table). The error is c/offboardingCore's trackingPolicy refusal (TrackingPolicy.cls in Apex), naming the
// transactions with what to do for each status, e.g. "NIPR tracking cannot be set Inactive while NIPR transactions are
// open. NTX-000012 (Florida) is Submitted: wait for NIPR's answer; Refresh status. Follow it on the NIPR Transactions
// page first." A trigger cannot ask for a confirmation: active appointments with nothing open are allowed here (the
// deliberate boundary; the package's own paths ask first). Used by database.mjs for every update (LDS updateRecord
// and the bulk deactivation alike) and by the NiprTrackingService stand-in.
import { trackingPolicy } from 'c/offboardingCore';
import { objectOf } from './ids.mjs';
import { TRACKING_ACTIVE, TRACKING_FIELD, TRACKING_INACTIVE, openTransactionsOf } from './selectors.mjs';

/** NIPR tracking leaves Active (for Inactive, blank or any other value). */
export function isDeactivation(old, record) {
  return old?.[TRACKING_FIELD] === TRACKING_ACTIVE && record[TRACKING_FIELD] !== TRACKING_ACTIVE;
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

/** The trigger's error message: the policy's refusal, without a record name (a trigger has none to trust). */
export function refusal(transactions, names) {
  return trackingPolicy({
    recordName: null,
    openTransactions: transactions.map((record) => ({
      name: record.Name,
      state: stateName(record.State__c, names),
      status: record.Status__c
    })),
    activeAppointments: []
  }).message;
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
    if (open.length > 0) {
      const message = refusal(open, stateNames(org, open));
      errors.set(
        record.Id,
        record[TRACKING_FIELD] === TRACKING_INACTIVE
          ? message
          : `Clearing NIPR tracking stops it like Inactive. ${message}`
      );
    }
  }
  return errors;
}
