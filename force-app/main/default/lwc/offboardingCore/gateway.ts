// Where the org's NIPR filings go (`NiprTransactionController.getGatewayStatus`, the org's NIPR_Gateway_Config__c):
// Live (filed with NIPR), Simulated (nothing is filed) or Not Configured (nothing can be sent until an administrator
// sets the mode). Pages show it; Not Configured turns off what would be refused.
import { transactionMessages } from './transactionMessages';

export type GatewayMode = 'Live' | 'Simulated' | 'Not Configured';

/** The default of `NIPR_Gateway_Config__c.Submit_Timeout_Minutes__c`: a Submitting row older than this is stuck. */
export const DEFAULT_SUBMIT_TIMEOUT_MINUTES = 15;

export interface GatewayStatus {
  readonly mode: GatewayMode;
  /** What the server says about it (for Not Configured: the setup step); never empty for Not Configured. */
  readonly message: string | null;
  readonly submitTimeoutMinutes: number;
}

/** `Apex.GatewayStatus` as a `GatewayStatus`; a mode this page does not know counts as Not Configured. */
export function fromApexGatewayStatus(status: Apex.GatewayStatus): GatewayStatus {
  const mode: GatewayMode = status.mode === 'Live' || status.mode === 'Simulated' ? status.mode : 'Not Configured';
  const given = status.message !== undefined && status.message !== null && status.message.trim() !== '';
  const minutes = status.submitTimeoutMinutes;
  return {
    mode,
    message: given
      ? (status.message ?? null)
      : mode === 'Not Configured'
        ? transactionMessages.gateway.notConfigured
        : null,
    submitTimeoutMinutes:
      typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_SUBMIT_TIMEOUT_MINUTES
  };
}

/** Submit, Recheck, Refresh status and Resend are refused by the server (null: they are not). */
export function gatewayBlocks(status: GatewayStatus | null): string | null {
  return status?.mode === 'Not Configured' ? (status.message ?? transactionMessages.gateway.notConfigured) : null;
}
