// What c-terminate-state-group shows a user, in one place. Rule sentences (warnings, where to file, problems) come
// from c/offboardingCore's messages.
import { formatDate } from 'c/offboardingCore';

function dateRange(min: string | null, max: string | null): string {
  if (min !== null && max !== null) {
    return min === max ? `only ${formatDate(min)}` : `from ${formatDate(min)} to ${formatDate(max)}`;
  }
  if (min !== null) {
    return `on or after ${formatDate(min)}`;
  }
  return max !== null ? `on or before ${formatDate(max)}` : 'any date';
}

export const labels = {
  selectedOf: (selected: number, count: number) => `${selected} of ${count} selected`,
  appointment: (stateName: string, companyName: string, licenseClass: string, lines: readonly string[]) =>
    `${stateName}: ${companyName}, ${licenseClass} (${lines.join(', ')})`,
  selectAll: (stateName: string) => `Select all in ${stateName}`,
  selectNone: (stateName: string) => `Select none in ${stateName}`,
  notFiledTitle: 'Not filed through NIPR',
  warningIcon: 'Warning',
  renewalNote: 'Renewal note (from the Compliance Library)',
  reason: (stateName: string) => `${stateName} termination reason`,
  reasonPlaceholder: 'Choose a reason',
  noReason: (stateName: string) => `${stateName} takes no termination reason: none is sent.`,
  effectiveDate: (stateName: string) => `${stateName} effective date`,
  dateHelp: (stateName: string, min: string | null, max: string | null, source: string | undefined) =>
    `${stateName} accepts an effective date ${dateRange(min, max)}.${source ? ` Source: ${source}` : ''}`,
  dateIgnored: (stateName: string) =>
    `${stateName} records its own processing date as the effective date: no date is sent.`
} as const;
