// The sandbox org: the sample data in memory and the Apex stand-ins that serve it. Bundled by rollup with
// c/offboardingCore's TypeScript source into sandbox/dist/org.mjs (Node cannot import the .ts), and used by
// sandbox/server.mjs.
import { parseComplianceRules, todayIn } from 'c/offboardingCore';
import { AuraHandledException, errorBody, toApexJson } from './apex.mjs';
import * as niprTransactions from './niprTransactionController.mjs';
import { getRecordPage, listProducers } from './records.mjs';
import { createStore } from './store.mjs';
import { createTerminations, getTerminationContext } from './terminationController.mjs';

/** `@salesforce/apex/<Class>.<method>` → its stand-in `(org, params, { user })`. */
export const APEX_METHODS = {
  'TerminationController.getTerminationContext': getTerminationContext,
  'TerminationController.createTerminations': createTerminations,
  'NiprTransactionController.getTransactions': niprTransactions.getTransactions,
  'NiprTransactionController.searchTransactions': niprTransactions.searchTransactions,
  'NiprTransactionController.checkEligibility': niprTransactions.checkEligibility,
  'NiprTransactionController.getSubmissionQuote': niprTransactions.getSubmissionQuote,
  'NiprTransactionController.submitTransactions': niprTransactions.submitTransactions,
  'NiprTransactionController.cancelTransactions': niprTransactions.cancelTransactions,
  'NiprTransactionController.refreshStatuses': niprTransactions.refreshStatuses,
  'NiprTransactionController.correctTransaction': niprTransactions.correctTransaction
};

export { AuraHandledException, errorBody, toApexJson };

/**
 * A sample org.
 * @param {object} data `{ seed, users, rules, reasons, settings }`: sandbox/data/*.json and data/compliance/*.json
 * @param {{ today?: string }} options `today` (YYYY-MM-DD) fixes the date for every user (screenshots); by default
 *   each user's today in their time zone
 */
export function createOrg(data, options = {}) {
  const rules = parseComplianceRules(data.rules);
  const reasons = data.reasons.map(({ code, name }) => ({ code, name }));
  const setting = {
    niprFeePerTransaction: data.settings.niprFeePerTransaction,
    gatewayMode: data.settings.gatewayMode === 'Live' ? 'Live' : 'Simulated'
  };
  const org = {
    rules,
    reasons,
    setting,
    today: (user) => options.today ?? todayIn(user?.timeZone ?? 'America/Los_Angeles'),
    store: null,
    reset() {
      org.store = createStore(data.seed, data.users, { rules, setting, today: org.today(data.users[0]) });
    },
    users() {
      return org.store.users;
    },
    /** The sample user with this key (`specialist`, `viewer`), else the first. */
    user(key) {
      return org.store.users.find((user) => user.key === key) ?? org.store.users[0];
    },
    /** Runs an Apex method as `user`; throws for an unknown method, like the platform. */
    callApex(name, params, user) {
      const method = APEX_METHODS[name];
      if (!method) {
        throw new AuraHandledException(`Unable to find Apex action: ${name}. The sandbox does not implement it.`);
      }
      return method(org, params ?? {}, { user });
    },
    listProducers: () => listProducers(org),
    getRecordPage: (id) => getRecordPage(org, id)
  };
  org.reset();
  return org;
}
