// Every text the NIPR Transactions page shows, in one place (to become custom labels with the full page).

export const labels = {
  title: 'NIPR Transactions',
  loading: 'Loading NIPR transactions',
  loadError:
    'The NIPR transactions could not be loaded. Reload the page; if it keeps failing, ask your Salesforce administrator.',
  empty: 'There are no NIPR transactions yet. They appear here when appointments are terminated.',
  emptyForProducer: 'This producer has no NIPR transactions yet. They appear here when appointments are terminated.',
  filtered: 'Showing the transactions of one producer.',
  showAll: 'Show all producers',
  columns: {
    transaction: 'Transaction',
    producer: 'Producer',
    state: 'State',
    company: 'Company',
    licenseClass: 'License class',
    lines: 'Lines',
    reason: 'Reason',
    effectiveDate: 'Effective date',
    fee: 'Fee',
    status: 'Status',
    statusDetail: 'Status detail'
  }
} as const;
