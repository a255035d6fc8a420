// What the Correct dialog of a NIPR transaction shows, in one place.
export const labels = {
  title: (name: string) => (name ? `Correct ${name}` : 'Correct NIPR transaction'),
  intro: (stateName: string, companyName: string) =>
    `Change the reason or the effective date of the ${stateName} termination (${companyName}). It goes back to Draft and is checked with NIPR again.`,
  why: 'Why it needs a correction:',
  reason: 'Termination reason',
  noReason: 'No reason (the state takes none)',
  reasonHelp: 'The reasons the state accepts are checked when you save.',
  effectiveDate: 'Effective date',
  dateHelp: 'Leave it empty when the state records its own processing date.',
  cancel: 'Cancel',
  save: 'Save and recheck'
} as const;
