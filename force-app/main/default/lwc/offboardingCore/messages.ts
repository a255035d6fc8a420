// Every sentence the core shows a user, in one place. Each message names the state and says what to do.
// Dates arrive as `YYYY-MM-DD` and are shown as "March 15, 2025"; reason lists arrive as names.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const;

/** `2025-03-15` → `March 15, 2025` (the input is returned unchanged when it is not a `YYYY-MM-DD` date). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}, ${match[1]}` : isoDate;
}

/** `['A', 'B', 'C']` and `or` → `A, B or C`. */
export function joinWith(conjunction: string, items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `['A', 'B', 'C']` → `A, B or C`. */
export function listOf(items: readonly string[]): string {
  return joinWith('or', items);
}

export interface Messages {
  readonly unknownState: (state: string) => string;
  readonly notFiledThroughNipr: (stateName: string, fileInstead: string) => string;
  readonly fileInRegistry: (stateName: string, reasonNames: readonly string[]) => string;
  readonly fileOnStatePortal: (stateName: string, portal: string) => string;
  readonly fileOnStateSystem: (stateName: string, notes: string) => string;
  readonly confirmWithState: (stateName: string) => string;
  readonly noAppointments: (stateName: string) => string;
  readonly reasonRequired: (stateName: string, acceptedNames: readonly string[]) => string;
  readonly reasonNotAccepted: (stateName: string, given: string, acceptedNames: readonly string[]) => string;
  readonly reasonNotTaken: (stateName: string) => string;
  readonly dateRequired: (stateName: string, min: string | null, max: string | null) => string;
  readonly dateInvalid: (stateName: string, value: string) => string;
  readonly dateInFuture: (stateName: string, today: string) => string;
  readonly dateTooOld: (stateName: string, maxBackdateDays: number, earliest: string) => string;
  readonly dateIgnored: (stateName: string) => string;
  readonly renewalBlackout: (stateName: string, text: string) => string;
  readonly forCauseOffline: (stateName: string) => string;
  readonly ruleUnverified: (stateName: string) => string;
  readonly rulePartlyUnverified: (stateName: string, detail: string) => string;
  readonly recordFiledThroughNipr: (stateName: string) => string;
  readonly channelRequired: (stateName: string, allowed: readonly string[]) => string;
  readonly channelNotAllowed: (stateName: string, given: string, allowed: readonly string[]) => string;
  readonly recordReasonRequired: (stateName: string, acceptedNames: readonly string[]) => string;
  readonly filedOnRequired: (stateName: string) => string;
  readonly filedOnInvalid: (stateName: string, value: string) => string;
  readonly filedOnInFuture: (stateName: string, today: string) => string;
  readonly recordDateRequired: (stateName: string, min: string | null, max: string | null) => string;
  readonly recordDateAfterFiled: (stateName: string, filedOn: string) => string;
  readonly recordDateTooOld: (stateName: string, maxBackdateDays: number, earliest: string) => string;
  readonly recordDateIgnored: (stateName: string) => string;
  readonly referenceTooLong: (stateName: string, length: number) => string;
  readonly noteTooLong: (stateName: string, length: number) => string;
  readonly unconfirmedRule: (stateName: string) => string;
  readonly unspecifiedLine: string;
  /** State filing systems outside NIPR, as named in the rule notes. */
  readonly portals: { readonly sircon: string; readonly dfs: string };
}

function dateRange(min: string | null, max: string | null): string {
  if (min && max) {
    return `from ${formatDate(min)} to ${formatDate(max)}`;
  }
  if (min) {
    return `on or after ${formatDate(min)}`;
  }
  return max ? `on or before ${formatDate(max)}` : '';
}

export const messages: Messages = {
  unknownState: (state) =>
    `There are no termination rules for the state "${state}". Check the state on the appointment, or ask your Salesforce administrator to add it to the Compliance Library before terminating.`,
  notFiledThroughNipr: (stateName, fileInstead) =>
    `${stateName} terminations can't be sent through NIPR. ${fileInstead}`,
  fileInRegistry: (stateName, reasonNames) =>
    `${stateName} keeps no appointment records, so nothing is filed with the state: record the termination in the company's own appointment register${reasonNames.length ? ` (reason: ${listOf(reasonNames)})` : ''}.`,
  fileOnStatePortal: (stateName, portal) =>
    `File the ${stateName} termination directly on ${portal}, then record it here.`,
  fileOnStateSystem: (stateName, notes) =>
    `File the ${stateName} termination on the state's own system, then record it here. Compliance Library notes: ${notes}`,
  confirmWithState: (stateName) =>
    `How ${stateName} takes appointment terminations is not known, so they are not sent through NIPR from here. Confirm with the ${stateName} insurance department how to file, then file it there.`,
  noAppointments: (stateName) => `Select at least one ${stateName} appointment to terminate.`,
  reasonRequired: (stateName, acceptedNames) =>
    `${stateName} requires a termination reason. Choose ${listOf(acceptedNames)}.`,
  reasonNotAccepted: (stateName, given, acceptedNames) =>
    `${stateName} does not accept the reason "${given}". Choose ${listOf(acceptedNames)}.`,
  reasonNotTaken: (stateName) => `${stateName} does not take a termination reason. Leave the reason empty.`,
  dateRequired: (stateName, min, max) => {
    const range = dateRange(min, max);
    return `${stateName} requires an effective date. Enter the date the appointment ends${range ? `, ${range}` : ''}.`;
  },
  dateInvalid: (stateName, value) =>
    `"${value}" is not a valid date. Enter the ${stateName} effective date as a calendar date (YYYY-MM-DD).`,
  dateInFuture: (stateName, today) =>
    `${stateName} does not accept an effective date in the future. Enter a date on or before ${formatDate(today)} (today).`,
  dateTooOld: (stateName, maxBackdateDays, earliest) => {
    if (maxBackdateDays === 0) {
      return `${stateName} does not accept a backdated effective date. Enter today's date (${formatDate(earliest)}).`;
    }
    return `${stateName} accepts an effective date at most ${maxBackdateDays} days back. Enter ${formatDate(earliest)} or later.`;
  },
  dateIgnored: (stateName) =>
    `${stateName} records its own processing date as the effective date. Leave the effective date empty.`,
  renewalBlackout: (stateName, text) => `${stateName} renewal: ${text}`,
  forCauseOffline: (stateName) =>
    `If this is a termination for cause, ${stateName} also needs its own form, documentation or notice besides the NIPR transaction. Send that to the state as well.`,
  ruleUnverified: (stateName) =>
    `The ${stateName} rule is not confirmed by a cited source. Confirm it with the ${stateName} insurance department before filing.`,
  rulePartlyUnverified: (stateName, detail) =>
    `Part of the ${stateName} rule is not confirmed by a source: ${detail} Check it with the state before relying on it.`,
  recordFiledThroughNipr: (stateName) =>
    `${stateName} is filed through NIPR: select the appointments and submit them; nothing to record.`,
  channelRequired: (stateName, allowed) => `Choose where the ${stateName} termination was filed: ${listOf(allowed)}.`,
  channelNotAllowed: (stateName, given, allowed) =>
    `${stateName} terminations are not filed by "${given}". Choose ${listOf(allowed)}.`,
  recordReasonRequired: (stateName, acceptedNames) =>
    `Choose the reason the ${stateName} termination was filed with (it is kept for the audit): ${listOf(acceptedNames)}.`,
  filedOnRequired: (stateName) => `Enter the date the ${stateName} termination was filed.`,
  filedOnInvalid: (stateName, value) =>
    `"${value}" is not a valid date. Enter the date the ${stateName} termination was filed as a calendar date (YYYY-MM-DD).`,
  filedOnInFuture: (stateName, today) =>
    `The ${stateName} termination cannot have been filed in the future. Enter a date on or before ${formatDate(today)} (today).`,
  recordDateRequired: (stateName, min, max) => {
    const range = dateRange(min, max);
    return `${stateName} requires an effective date. Enter the date the appointment ends${range ? `, ${range}` : ''}.`;
  },
  recordDateAfterFiled: (stateName, filedOn) =>
    `${stateName} does not accept an effective date after the date filed. Enter a date on or before ${formatDate(filedOn)} (the date filed).`,
  recordDateTooOld: (stateName, maxBackdateDays, earliest) => {
    if (maxBackdateDays === 0) {
      return `${stateName} does not accept an effective date before the date filed. Enter ${formatDate(earliest)} (the date filed).`;
    }
    return `${stateName} accepts an effective date at most ${maxBackdateDays} days before the date filed. Enter a date on or after ${formatDate(earliest)}.`;
  },
  recordDateIgnored: (stateName) =>
    `${stateName} records its own processing date: the effective date is the date filed. Leave the effective date empty.`,
  referenceTooLong: (stateName, length) =>
    `The ${stateName} reference number has ${length} characters; at most 80 fit. Shorten it.`,
  noteTooLong: (stateName, length) => `The ${stateName} note has ${length} characters; at most 2,000 fit. Shorten it.`,
  unconfirmedRule: (stateName) =>
    `How ${stateName} takes appointment terminations is not confirmed by a source. Before recording, confirm with the ${stateName} Department of Insurance how terminations are filed, file it the way they say, and keep their confirmation (a reference number or their email).`,
  unspecifiedLine: 'Unspecified line of authority',
  portals: {
    sircon: 'Sircon (not NIPR)',
    dfs: 'the Department of Financial Services (DFS) website'
  }
};
