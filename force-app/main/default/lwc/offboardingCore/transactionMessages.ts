// Every sentence the core says about a NIPR transaction's status, in one place: the label, what it means and what
// to do next. The server's own `statusDetail` and `nextStep` win when present (see `explainTransaction`).
import type { NiprTransactionStatus } from './types';

/** What a status means by default and what to do next; `stateName` names the jurisdiction of the transaction. */
export interface StatusText {
  readonly explanation: (stateName: string) => string;
  readonly nextStep: (stateName: string) => string;
}

export interface TransactionMessages {
  readonly statuses: Readonly<Record<NiprTransactionStatus, StatusText>>;
  /** A Submitting row NIPR has not answered for more than `minutes` (the server's `stuck`). */
  readonly stuckSubmitting: (minutes: number) => StatusText;
  /** Where filings go (`getGatewayStatus`). */
  readonly gateway: {
    readonly simulated: string;
    readonly live: string;
    /** Not Configured and the server sent no message. */
    readonly notConfigured: string;
  };
  /** A status this page does not know (sent by a newer server). */
  readonly unknownStatus: (status: string) => StatusText;
  /**
   * What to do next for some codes, whatever the status (except Cancelled): NiprTransactionInfo's NEXT_STEPS_BY_CODE,
   * word for word, for a server that leaves `nextStep` out.
   */
  readonly nextStepsByCode: Readonly<Record<string, string>>;
  readonly notFiledThroughNipr: {
    readonly label: string;
    /** `route` null: how the state files is not known here (no rule given). */
    readonly explanation: (stateName: string, route: 'registry' | 'state-portal' | 'unknown' | null) => string;
    readonly nextStep: (fileInstead: string) => string;
    /** Where to file is not known here (no rule). */
    readonly nextStepUnknown: string;
  };
}

export const transactionMessages: TransactionMessages = {
  statuses: {
    Draft: {
      explanation: (stateName) => `The ${stateName} termination was created and has not been checked with NIPR yet.`,
      nextStep: () => 'Select Recheck to check it with NIPR.'
    },
    'Ready to Submit': {
      explanation: (stateName) => `NIPR will take this ${stateName} termination as it stands.`,
      nextStep: () => 'Select it under Actionable Transactions and submit it.'
    },
    'Not Eligible': {
      explanation: (stateName) => `NIPR can't take this ${stateName} termination as it stands.`,
      nextStep: () => 'Verify the appointment at NIPR and correct the transaction, or cancel it.'
    },
    'Needs Attention': {
      explanation: (stateName) => `Something about this ${stateName} termination must be fixed before it can be filed.`,
      nextStep: () => 'Correct the reason or the effective date; it is checked again with NIPR.'
    },
    Submitting: {
      explanation: () => "Being filed with NIPR: the submission is committed and waiting for NIPR's answer.",
      nextStep: () => 'Nothing to do: the page updates when NIPR answers.'
    },
    Submitted: {
      explanation: (stateName) => `Sent to NIPR; waiting for ${stateName} to answer.`,
      nextStep: () => 'Nothing to do now: the status updates by itself. Select Refresh status to ask NIPR now.'
    },
    Accepted: {
      explanation: (stateName) => `${stateName} accepted the termination. The appointment is Terminated.`,
      nextStep: () => 'Nothing more to do.'
    },
    Rejected: {
      explanation: (stateName) => `${stateName} rejected the termination.`,
      nextStep: () => 'Correct the reason or the effective date and submit it again, or cancel it.'
    },
    Failed: {
      explanation: () => 'The transaction could not be delivered to NIPR; nothing was filed.',
      nextStep: () =>
        'Correct it and submit it again, or cancel it. If it keeps failing, ask your Salesforce administrator.'
    },
    Cancelled: {
      explanation: () => 'Cancelled; nothing was filed, and the appointment is Active again.',
      nextStep: () => 'Nothing more to do.'
    },
    'Filed Outside NIPR': {
      explanation: (stateName) => `Filed outside NIPR (${stateName}) and recorded here; the appointment is Terminated.`,
      nextStep: () => 'Nothing more to do. Undo the record only if it was recorded by mistake.'
    }
  },
  stuckSubmitting: (minutes) => ({
    explanation: () => `NIPR has not answered for more than ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
    nextStep: () => 'Select Resend: it is sent again with the same key, so NIPR files it only once.'
  }),
  gateway: {
    simulated: 'Simulated — nothing is filed with NIPR',
    live: 'Live — filed with NIPR',
    notConfigured:
      'NIPR filing is not set up in this org: an administrator sets Mode (Live or Simulated) in Setup → Custom Settings → NIPR Gateway Config. Nothing was sent.'
  },
  nextStepsByCode: {
    MODE_CHANGED:
      "Ask your Salesforce administrator to switch NIPR Gateway Config back to this transaction's mode; then resend it (Submitting) or refresh it (Submitted).",
    PRODUCER_MISSING:
      "Cancel this transaction: its producer was removed. Terminate the appointment again from the producer's record."
  },
  unknownStatus: (status) => ({
    explanation: () => `This page does not know the status "${status}".`,
    nextStep: () => 'Reload the page; if the status stays, ask your Salesforce administrator.'
  }),
  notFiledThroughNipr: {
    label: 'Not filed through NIPR',
    explanation: (stateName, route) => {
      switch (route) {
        case 'registry':
          return `${stateName} is a registry state: terminations are not filed through NIPR.`;
        case 'state-portal':
          return `${stateName} terminations are filed on the state portal, not through NIPR.`;
        case null:
          return `${stateName} terminations are not filed through NIPR.`;
        default:
          return `How ${stateName} takes appointment terminations is not known, so they are not filed through NIPR.`;
      }
    },
    nextStep: (fileInstead) => `${fileInstead} Then cancel this transaction.`,
    nextStepUnknown:
      "File the termination where the state takes it (see the state's rule), then cancel this transaction."
  }
};
