// c/offboardingCore: the offboarding rules in one place: pure functions, no DOM, no Apex.
// The Apex services mirror these rules and are tested by the same data/compliance/vectors.json.
// Dates are `YYYY-MM-DD` calendar dates in the user's time zone (see `userToday`).
// The bundle's other files: rules.ts (the termination rules: reasons, filing, date windows, validation, grouping,
// fees), types.ts (types), messages.ts (every user-facing sentence), codes.ts (codes and names),
// dates.ts (calendar dates), money.ts (amounts in cents, formatted), ruleRecords.ts (checking rule records),
// apexRecords.ts (Apex DTOs to core types), errors.ts (errors to text); this file re-exports what components use.
// Steps 2 and 3: steps.ts (step order, tracking guard, portal user), stepMessages.ts (their sentences),
// stepRecords.ts (their Apex DTOs to core types), recordErrors.ts (Lightning Data Service errors to text).
// NIPR Transactions page: transactions.ts (statuses, selection, filters), quotes.ts (itemized cost),
// transactionMessages.ts (their sentences), transactionRecords.ts (their Apex DTOs to core types), gateway.ts (where
// filings go: Live, Simulated, Not Configured), requestIds.ts (client-made idempotency ids, Locker-safe).
export type {
  Appointment,
  AppointmentStatus,
  ComplianceRule,
  DateWindow,
  EffectiveDateUsage,
  FeeBasis,
  FeeEstimate,
  FeeItem,
  FeeTotals,
  FilingChannel,
  FilingRoute,
  NiprTransaction,
  NiprTransactionStatus,
  OffboardingSetting,
  Problem,
  ProblemCode,
  Producer,
  ReasonCode,
  StateGroup,
  TerminationReason,
  TerminationRequest,
  Warning,
  WarningCode
} from './types';
export type { Messages } from './messages';
export { messages, formatDate, listOf } from './messages';
export {
  EFFECTIVE_DATE_USAGES,
  FEE_BASES,
  FILING_CHANNELS,
  FILING_ROUTES,
  MAX_NOTE_LENGTH,
  MAX_REFERENCE_LENGTH,
  PROBLEM_CODES,
  TERMINATION_REASONS,
  isReasonCode,
  reasonName
} from './codes';
export { addDays, calendarDayOf, isCalendarDate, todayIn, userToday } from './dates';
export { complianceRuleProblems, isComplianceRule, parseComplianceRules } from './ruleRecords';
export { fromApexAppointment, fromApexReasons, fromApexRule, fromApexSetting } from './apexRecords';
export { errorMessages, errorText } from './errors';
export type {
  AppointmentCounts,
  Checklist,
  FirmRollup,
  OffboardingPlan,
  OffboardingRequest,
  OffboardingRequestStatus,
  OffboardingStep,
  OpenTransaction,
  PortalUser,
  PortalUserAvailability,
  PortalUserState,
  PortalUserUnavailableReason,
  StepId,
  StepPermissions,
  StepState,
  StepWarning,
  StepWarningCode,
  TrackingChange,
  TrackingGuard,
  TrackingValue
} from './steps';
export {
  ALL_STEP_PERMISSIONS,
  NAMED_TRANSACTIONS,
  confirmationMatches,
  offboardingSteps,
  portalUserAvailability,
  trackingChangeGuard
} from './steps';
export { andList, plural, stepMessages } from './stepMessages';
export {
  fromApexChecklist,
  fromApexPortalUser,
  fromApexRequest,
  fromApexTrackingGuard,
  toTrackingValue
} from './stepRecords';
export { recordErrorMessages, recordErrorText } from './recordErrors';
export type {
  BusyChange,
  ExplainedTransaction,
  SelectionSummary,
  TransactionExplanation,
  TransactionFilter,
  TransactionRecord,
  TransactionTone,
  TransactionsChange,
  Choice,
  RowActions
} from './transactions';
export {
  TRANSACTION_STATUSES,
  TYPE_FILED_ELSEWHERE,
  TYPE_NIPR,
  actionableRows,
  explainTransaction,
  filterTransactions,
  idsBeingFiled,
  idsToCheck,
  idsToRefresh,
  idsToResend,
  isActionable,
  isTransactionStatus,
  keepActionable,
  mergeTransactions,
  newestFirst,
  producerChoices,
  rowActions,
  selectAllActionable,
  selectionText,
  stateChoices,
  summarizeSelection,
  toTransactionQuery,
  toggleSelection
} from './transactions';
export type { QuotedTransaction, TransactionQuote, TransactionQuoteItem } from './quotes';
export { itemTotal, niprFeeEach, quoteFor, quoteMatches, stateFeeEach } from './quotes';
export { transactionMessages } from './transactionMessages';
export { formatMoney, sameAmount, toCents } from './money';
export type { StatusText, TransactionMessages } from './transactionMessages';
export { fromApexQuote, fromApexTransaction } from './transactionRecords';
// NIPR Transactions page (issue 12): kinds, codes in plain language, filed-elsewhere detail, abilities.
export type { CodeText, FiledElsewhereDetail, TransactionKind, UserAbilities } from './transactions';
export {
  channelText,
  describeNiprCode,
  filedElsewhereDetail,
  isTransactionKind,
  kindOf,
  sharedProducerName
} from './transactions';
export type { GatewayMode, GatewayStatus } from './gateway';
export { DEFAULT_SUBMIT_TIMEOUT_MINUTES, fromApexGatewayStatus, gatewayBlocks } from './gateway';
export type { RandomSource } from './requestIds';
export { newRequestId, uuidFromBytes } from './requestIds';

export {
  dateWindow,
  defaultReason,
  feeFor,
  groupByState,
  isFiledThroughNipr,
  linesOf,
  reasonIsRequired,
  reasonsAccepted,
  recordChannels,
  recordDateWindow,
  recordReasons,
  recordedEffectiveDate,
  rulesByState,
  stateFeeFor,
  unconfirmedRuleWarning,
  validateRecordedSelection,
  validateTermination,
  whereToFileInstead
} from './rules';
// The NIPR transaction lifecycle, generated from data/workflow/nipr-transaction-workflow.json (workflow.ts).
export type { WorkflowAction, WorkflowStatus, WorkflowTransition } from './workflow';
export {
  ACTION_LABELS,
  FILED_STATUSES,
  OPEN_STATUSES,
  PERMISSION_BY_ACTION,
  TRANSITIONS,
  WORKFLOW_FIELDS,
  WORKFLOW_STATUSES,
  actionsFrom,
  isAllowedTransition
} from './workflow';
// The NIPR tracking policy (trackingPolicy.ts; Apex twin TrackingPolicy.cls, shared vectors
// data/workflow/tracking-policy-vectors.json).
export type {
  PolicyAppointment,
  PolicyTransaction,
  TrackingDecision,
  TrackingPolicyInput,
  TrackingPolicyResult
} from './trackingPolicy';
export {
  POLICY_NAMED,
  describeAppointments,
  describeOpenTransactions,
  isOpenStatus,
  mayDeactivate,
  openStatusAction,
  trackingPolicy,
  trackingPolicyMessages
} from './trackingPolicy';
