// Amounts in US dollars: summed and compared in integer cents (so no float error shows), shown as `$1,234.50`.

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Dollars as `$1,234.50`. */
export function formatMoney(amount: number): string {
  return USD.format(amount);
}

/** Dollars as integer cents (amounts are summed in cents so no float error shows). */
export function toCents(dollars: number): number {
  return Math.round(Number((dollars * 100).toPrecision(12)));
}

/** True when two amounts are the same to the cent. */
export function sameAmount(a: number, b: number): boolean {
  return toCents(a) === toCents(b);
}
