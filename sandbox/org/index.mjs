// The sandbox org: the sample data in memory and the Apex stand-ins that serve it. Bundled by rollup with
// c/offboardingCore's TypeScript source into sandbox/dist/org.mjs (Node cannot import the .ts), and used by
// sandbox/server.mjs.
import { parseComplianceRules, todayIn } from 'c/offboardingCore';
import { AuraHandledException, errorBody, toApexJson } from './apex.mjs';
import { runDueJobs } from './asyncJobs.mjs';
import * as niprTracking from './niprTrackingController.mjs';
import * as niprTransactions from './niprTransactionController.mjs';
import { getChecklist } from './offboardingChecklistController.mjs';
import { disablePortalUser, getPortalUser } from './portalUserController.mjs';
import { getRecordPage, listProducers } from './records.mjs';
import { createStore } from './store.mjs';
import { createTerminations, getTerminationContext } from './terminationController.mjs';
import { UiApiError, getRecordUi, updateRecordUi } from './uiRecordApi.mjs';
import { configure as configureGateway, status as gatewayStatus } from './niprGateways.mjs';

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
  'NiprTransactionController.correctTransaction': niprTransactions.correctTransaction,
  'NiprTransactionController.getGatewayStatus': niprTransactions.getGatewayStatus,
  'NiprTransactionController.resendTransactions': niprTransactions.resendTransactions,
  'NiprTransactionController.undoRecordedTermination': niprTransactions.undoRecordedTermination,
  'PortalUserController.getPortalUser': getPortalUser,
  'PortalUserController.disablePortalUser': disablePortalUser,
  'NiprTrackingController.getTrackingGuard': niprTracking.getTrackingGuard,
  'NiprTrackingController.previewDeactivation': niprTracking.previewDeactivation,
  'NiprTrackingController.deactivateTracking': niprTracking.deactivateTracking,
  'NiprTrackingController.startBulkDeactivation': niprTracking.startBulkDeactivation,
  'NiprTrackingController.getBulkJobStatus': niprTracking.getBulkJobStatus,
  'OffboardingChecklistController.getChecklist': getChecklist
};

export { AuraHandledException, UiApiError, errorBody, toApexJson };

/** The stand-in of an Apex method name; null unless it is one of APEX_METHODS' own (never `constructor`, …). */
export function apexMethod(name) {
  return typeof name === 'string' && Object.hasOwn(APEX_METHODS, name) ? APEX_METHODS[name] : null;
}

/**
 * A sample org.
 * @param {object} data `{ seed, users, rules, reasons, settings, gatewayConfig }`: sandbox/data/*.json and
 *   data/compliance/*.json (`gatewayConfig`: NIPR_Gateway_Config__c, sandbox/data/nipr-gateway-config.json)
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
      org.store = createStore(data.seed, data.users, {
        rules,
        setting,
        today: org.today(data.users[0]),
        gatewayConfig: data.gatewayConfig ?? {}
      });
    },
    /**
     * Sandbox only: sets NIPR_Gateway_Config__c (`mode`: 'Live' | 'Simulated' | null for Not Configured,
     * `submitTimeoutMinutes`) and the simulated NIPR's `loseAnswers` fault; resolves with the gateway status.
     */
    configure({ mode, submitTimeoutMinutes, loseAnswers } = {}) {
      if (loseAnswers !== undefined) {
        const count = Number(loseAnswers);
        org.store.gatewayLog.loseAnswers = Number.isInteger(count) && count > 0 ? count : 0;
      }
      return configureGateway(org, { mode, submitTimeoutMinutes });
    },
    gatewayStatus: () => gatewayStatus(org),
    /** Sandbox only: what the simulated NIPR received (`filings`: one per key filed; `received`: every filing). */
    gatewayLog() {
      runDueJobs(org);
      const log = org.store.gatewayLog;
      return {
        filings: log.filings.map(({ idempotencyKey, transactionId, result }) => ({
          idempotencyKey,
          transactionId,
          status: result.status,
          reference: result.reference
        })),
        received: log.received.map((entry) => ({ ...entry })),
        loseAnswers: log.loseAnswers
      };
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
      const method = apexMethod(name);
      if (!method) {
        throw new AuraHandledException(`Unable to find Apex action: ${name}. The sandbox does not implement it.`);
      }
      runDueJobs(org);
      return method(org, params ?? {}, { user });
    },
    /** Lightning Data Service's record reads and updates (throws UiApiError). */
    getRecordUi: (id, fields, optionalFields) => {
      runDueJobs(org);
      return getRecordUi(org, id, fields, optionalFields);
    },
    updateRecordUi: (id, fields, user) => {
      runDueJobs(org);
      return updateRecordUi(org, user, id, fields);
    },
    listProducers: () => {
      runDueJobs(org);
      return listProducers(org);
    },
    getRecordPage: (id) => {
      runDueJobs(org);
      return getRecordPage(org, id);
    }
  };
  org.reset();
  return org;
}
