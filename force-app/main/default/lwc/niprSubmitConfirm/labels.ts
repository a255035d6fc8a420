// What the NIPR submission confirmation shows, in one place.
import { formatMoney, plural, transactionMessages } from 'c/offboardingCore';

export const labels = {
  title: 'Confirm NIPR submission',
  intro: (transactions: number) =>
    `${plural(transactions, 'termination is', 'terminations are')} about to be filed with NIPR. Check the cost before confirming: nothing is sent until you do.`,
  caption: 'Itemized cost',
  simulated: transactionMessages.gateway.simulated,
  simulatedDetail:
    'This org uses the NIPR simulator: the transactions get simulated answers and no termination reaches NIPR.',
  columns: {
    transaction: 'Transaction',
    producer: 'Producer',
    niprFee: 'NIPR processing fee',
    stateFee: 'State fee',
    amount: 'Amount'
  },
  perLine: (each: number, lines: number, fee: number) =>
    `${formatMoney(each)} × ${plural(lines, 'line', 'lines')} = ${formatMoney(fee)}`,
  unknownFee: 'Not known (not in the total)',
  niprTotal: (transactions: number, each: number | null) => {
    return each === null
      ? `NIPR processing fees (${plural(transactions, 'transaction', 'transactions')})`
      : `NIPR processing fees (${transactions} × ${formatMoney(each)})`;
  },
  stateTotal: 'State fees',
  total: 'Total',
  unknownFees: (stateNames: string) =>
    `The state fee of ${stateNames} is not known and is not in the total. The state may bill it separately.`,
  priceChanged: (estimate: number, total: number) =>
    `The fees changed since these transactions were created: the total is now ${formatMoney(total)}, not ${formatMoney(estimate)}. Check the items before confirming.`,
  cancel: 'Cancel',
  confirm: (total: number) => `Confirm and submit (${formatMoney(total)})`,
  money: formatMoney
} as const;
