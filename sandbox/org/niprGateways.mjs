// Stand-in for NiprGateways (force-app/main/default/classes): the org's NIPR_Gateway_Config__c (organization-level
// value, org data the package never overwrites; sandbox/data/nipr-gateway-config.json, changed by the sandbox-only
// POST /api/sandbox/config) decides the mode. 'Simulated' → simulatedNiprGateway.mjs; 'Live' is shown as Live, but the
// sandbox has no connection to NIPR, so a Live filing is refused before anything changes; anything else is "not
// configured": eligibility, submit, resend and refresh refuse with NOT_CONFIGURED_MESSAGE. No silent fallback.
import { AuraHandledException } from './apex.mjs';

export const MODE_LIVE = 'Live';
export const MODE_SIMULATED = 'Simulated';
export const MODE_NOT_CONFIGURED = 'Not Configured';
export const DEFAULT_SUBMIT_TIMEOUT_MINUTES = 15;
export const DEFAULT_POLL_MAX_DEPTH = 20;

export const NOT_CONFIGURED_MESSAGE =
  'NIPR filing is not set up in this org: an administrator sets Mode (Live or Simulated) in Setup → Custom ' +
  'Settings → NIPR Gateway Config → Manage (the organization-level value). Nothing was sent.';
export const SIMULATED_MESSAGE = 'Simulated — nothing is filed with NIPR.';
export const LIVE_MESSAGE = 'Live — submissions are filed with NIPR and cost money.';
export const LIVE_UNAVAILABLE_MESSAGE =
  'The sandbox has no connection to NIPR: Live mode is shown but cannot file. Set the mode to Simulated ' +
  '(POST /api/sandbox/config). Nothing was sent.';

/** The gateway was asked to do something while the org has no valid mode (GatewayNotConfiguredException). */
export class GatewayNotConfiguredException extends AuraHandledException {
  constructor() {
    super(NOT_CONFIGURED_MESSAGE);
    this.name = 'GatewayNotConfiguredException';
  }
}

function config(org) {
  return org.store.gatewayConfig ?? {};
}

/** 'Live', 'Simulated' or 'Not Configured' (case-insensitive, trimmed, as NiprGateways.mode()). */
export function mode(org) {
  const value = typeof config(org).Mode__c === 'string' ? config(org).Mode__c.trim().toLowerCase() : '';
  if (value === 'live') {
    return MODE_LIVE;
  }
  return value === 'simulated' ? MODE_SIMULATED : MODE_NOT_CONFIGURED;
}

/** Minutes after which a Submitting row without an answer is stuck (default 15; below 1 → the default). */
export function submitTimeoutMinutes(org) {
  const minutes = Number(config(org).Submit_Timeout_Minutes__c);
  return Number.isFinite(minutes) && minutes >= 1 ? Math.trunc(minutes) : DEFAULT_SUBMIT_TIMEOUT_MINUTES;
}

/** `NiprTransactionController.getGatewayStatus()` → GatewayStatus. */
export function status(org) {
  const current = mode(org);
  const messages = {
    [MODE_LIVE]: LIVE_MESSAGE,
    [MODE_SIMULATED]: SIMULATED_MESSAGE,
    [MODE_NOT_CONFIGURED]: NOT_CONFIGURED_MESSAGE
  };
  return { mode: current, message: messages[current], submitTimeoutMinutes: submitTimeoutMinutes(org) };
}

/** NiprGateways.forSettings(): throws unless the org files in Simulated mode (the sandbox's only gateway). */
export function requireGateway(org) {
  const current = mode(org);
  if (current === MODE_NOT_CONFIGURED) {
    throw new GatewayNotConfiguredException();
  }
  if (current === MODE_LIVE) {
    throw new AuraHandledException(LIVE_UNAVAILABLE_MESSAGE);
  }
  return current;
}

/**
 * Sets the org's configuration (sandbox only): `mode` 'Live' | 'Simulated' | null (Not Configured, or any other
 * text), `submitTimeoutMinutes` a number or null. Fields left out keep their value.
 */
export function configure(org, { mode: newMode, submitTimeoutMinutes: minutes } = {}) {
  const next = { ...config(org) };
  if (newMode !== undefined) {
    next.Mode__c = newMode === null || newMode === '' ? null : String(newMode);
  }
  if (minutes !== undefined) {
    next.Submit_Timeout_Minutes__c = minutes === null ? null : Number(minutes);
  }
  org.store.gatewayConfig = next;
  return status(org);
}
