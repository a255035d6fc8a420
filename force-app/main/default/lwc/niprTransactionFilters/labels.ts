// What the filters of the NIPR Transactions page show, in one place.
export const labels = {
  legend: 'Filter transactions',
  producer: 'Producer',
  allProducers: 'All producers',
  state: 'State',
  allStates: 'All states',
  kind: 'Filed through',
  allKinds: 'All',
  kindNipr: 'NIPR',
  kindElsewhere: 'Filed elsewhere',
  status: 'Status',
  allStatuses: 'All statuses',
  fromDate: 'Created from',
  toDate: 'Created to',
  clear: 'Clear filters',
  toBeforeFrom: 'Enter a date on or after the "Created from" date.'
} as const;
