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
  /**
   * What each NIPR or gateway code (NIPR_Code__c) means, in plain language: the codes the Apex gateways
   * (SimulatedNiprGateway, HttpNiprGateway), the submission rows (NiprTransactionRows) and NiprTransactionInfo's
   * NEXT_STEPS_BY_CODE set today. A code not listed is shown as itself (`describeNiprCode`).
   */
  readonly codes: Readonly<Record<string, string>>;
  /** Where a termination filed outside NIPR was filed (`Filing_Channel__c`), as the row's detail says it. */
  readonly channels: Readonly<Record<string, string>>;
  /** A termination filed outside NIPR: its filed date, the state's reference and the note, as the row shows them. */
  readonly filedElsewhere: {
    readonly filedOn: (day: string) => string;
    readonly reference: (reference: string) => string;
    readonly note: (note: string) => string;
  };
  /**
   * The next step of a user who cannot take it (no Offboarding_Terminate or no Offboarding_Submit_NIPR): who can.
   * Never "Select Recheck" to someone without a Recheck button.
   */
  /** A row the user has nothing left to do with. */
  readonly nothingMoreToDo: string;
  readonly askSomeone: {
    /** Needs Offboarding_Terminate: `what` is e.g. "recheck it with NIPR". */
    readonly terminate: (what: string) => string;
    /** Needs Offboarding_Submit_NIPR: `what` is e.g. "submit it". */
    readonly submit: (what: string) => string;
  };
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
  codes: {
    // Eligibility (checkEligibility)
    ELIGIBLE: 'NIPR can take this termination as it stands.',
    NOT_ELIGIBLE: 'NIPR cannot take this termination as it stands.',
    NEEDS_ATTENTION: 'Something must be fixed before NIPR can take this termination.',
    NPN_MISSING: 'The producer has no National Producer Number (NPN).',
    APPOINTMENT_NOT_FOUND: 'NIPR has no active appointment on file for this company and producer.',
    APPOINTMENT_NOT_PENDING: 'The appointment is no longer Pending Termination.',
    RENEWAL_BLACKOUT: 'The state is in its renewal blackout.',
    REASON_REQUIRED: 'The state requires a termination reason.',
    REASON_NOT_ACCEPTED: 'The state does not accept this termination reason.',
    REASON_NOT_TAKEN: 'The state takes no termination reason.',
    DATE_REQUIRED: 'The state requires an effective date.',
    DATE_INVALID: 'The effective date is not one the state accepts.',
    DATE_IN_FUTURE: 'The effective date is further in the future than the state allows.',
    DATE_TOO_OLD: 'The effective date is further in the past than the state allows.',
    DATE_IGNORED: 'The state records its own processing date, so no effective date is taken.',
    NOT_FILED_THROUGH_NIPR: 'The state does not take terminations through NIPR.',
    UNKNOWN_STATE: 'The state is not in the Compliance Library.',
    NO_APPOINTMENTS: 'The appointment of this transaction is missing.',
    DUPLICATE_OPEN: 'Another open transaction exists for the same appointment.',
    PRODUCER_MISSING: 'The producer of this transaction was removed.',
    PRODUCER_MISMATCH: 'The appointment belongs to another producer.',
    CORRECTED: 'Corrected; not checked with NIPR since.',
    // Submission and NIPR's answers
    RECEIVED: 'NIPR received the termination and is processing it.',
    SUBMITTED: 'NIPR received the termination and is processing it.',
    PENDING: 'NIPR is still processing the termination.',
    AWAITING_VALIDATION: 'Awaiting validation: the state releases this termination by hand.',
    ACCEPTED: 'The state accepted the termination.',
    TERMINATED: 'The state accepted the termination; the appointment is terminated.',
    REJECTED: 'The state rejected the termination.',
    FAILED: 'NIPR could not file the termination.',
    APPOINTMENT_NOT_ACTIVE: 'The appointment is not active on the Producer Database.',
    BACKDATE_LIMIT: 'The effective date is backdated further than the state allows.',
    PAYMENT_FAILED: 'NIPR could not collect the state fee.',
    NOT_FOUND: 'NIPR does not know this transaction.',
    REFERENCE_UNKNOWN: "NIPR does not know this transaction's reference.",
    REFERENCE_INVALID: 'NIPR sent back a reference that is not valid.',
    // Delivery
    DELIVERY_UNCONFIRMED: 'NIPR did not confirm that it received the termination.',
    JOB_FAILED: 'The background submission stopped before NIPR answered.',
    SAVE_FAILED: "NIPR's answer could not be saved.",
    NOT_SENT: 'Nothing was sent to NIPR.',
    NOT_CONFIGURED: 'NIPR filing is not set up in this org.',
    MODE_CHANGED: "The org's NIPR gateway mode changed since this transaction was confirmed.",
    AUTH_FAILED: "NIPR did not accept this org's credentials.",
    TIMEOUT: 'NIPR did not answer in time.',
    RATE_LIMITED: 'NIPR asked to slow down; it was not filed this time.',
    SERVER_ERROR: 'NIPR had an error.',
    CALLOUT_FAILED: 'NIPR could not be reached.',
    CALLOUT_LIMIT: 'Too many calls to NIPR in one go; the rest waits for the next run.',
    MALFORMED_RESPONSE: 'NIPR sent an answer this org cannot read.'
  },
  channels: {
    'State Portal': 'Filed on the state portal',
    'Paper Form': 'Paper form',
    'Company Register': 'Company register'
  },
  filedElsewhere: {
    filedOn: (day) => `Filed ${day}`,
    reference: (reference) => `Reference ${reference}`,
    note: (note) => `Note: ${note}`
  },
  nothingMoreToDo: 'Nothing more to do.',
  askSomeone: {
    terminate: (what) => `Ask a licensing specialist with the Offboarding User permission set to ${what}.`,
    submit: (what) => `Ask a licensing specialist with the Offboarding Admin permission set to ${what}.`
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
