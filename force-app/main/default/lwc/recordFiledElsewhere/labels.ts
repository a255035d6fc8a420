// What c-record-filed-elsewhere shows a user, in one place. Rule sentences (problems, the unconfirmed-rule warning)
// come from c/offboardingCore's messages.
export const labels = {
  title: (stateName: string) => `Record the ${stateName} termination filed outside NIPR`,
  intro: (stateName: string) =>
    `Nothing is sent to NIPR for ${stateName}. File the termination where the state takes it, then record it here: ` +
    'the selected appointments become Terminated.',
  channel: (stateName: string) => `${stateName}: filed through`,
  channelPlaceholder: 'Choose where it was filed',
  filedOn: (stateName: string) => `${stateName}: date filed`,
  effectiveDate: (stateName: string) => `${stateName}: effective date`,
  effectiveDateHelp: (stateName: string) =>
    `The date the appointment ends, as filed with ${stateName}. The state's date window counts from the date filed.`,
  effectiveDateIgnored: (stateName: string) =>
    `${stateName} records its own processing date: the effective date is the date filed.`,
  reason: (stateName: string) => `${stateName}: termination reason`,
  reasonPlaceholder: 'Choose a reason',
  reference: (stateName: string) => `${stateName}: reference number (optional)`,
  note: (stateName: string) => `${stateName}: note (optional)`,
  badDate: 'Enter a calendar date (for example Jan 15, 2025).',
  warningIcon: 'Warning'
} as const;
