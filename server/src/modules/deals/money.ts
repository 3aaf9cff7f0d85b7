/**
 * Money arithmetic of deal lines, exact in integers: quantity in thousandths, prices in minor
 * units, discounts in basis points. Each line rounds once, half up, to a minor unit; the deal's
 * amount is the plain sum of the lines, so the order of lines never matters.
 */

export type LineInput = { quantity: number; unitPriceMinor: number; discountBp?: number };

const SCALE = 1000n * 10000n;

/** A quantity with at most three decimals, as integer thousandths. */
export function toQuantityMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

export function fromQuantityMilli(milli: number): number {
  return milli / 1000;
}

/** quantity × unit price × (1 − discount), rounded half up to a minor unit; never negative. */
export function lineTotalMinor(quantityMilli: number, unitPriceMinor: number, discountBp: number): bigint {
  const q = BigInt(Math.max(0, Math.trunc(quantityMilli)));
  const p = BigInt(Math.max(0, Math.trunc(unitPriceMinor)));
  const keep = BigInt(10000 - Math.min(10000, Math.max(0, Math.trunc(discountBp))));
  const raw = q * p * keep;
  return (raw + SCALE / 2n) / SCALE;
}

/** The sum of the lines' totals. */
export function dealAmountMinor(
  lines: { quantityMilli: number; unitPriceMinor: number; discountBp: number }[],
): bigint {
  return lines.reduce((sum, l) => sum + lineTotalMinor(l.quantityMilli, l.unitPriceMinor, l.discountBp), 0n);
}

/** Whether an amount fits what PostgreSQL bigint and JSON numbers carry exactly. */
export function isSafeAmount(amount: bigint): boolean {
  return amount >= 0n && amount <= BigInt(Number.MAX_SAFE_INTEGER);
}

/** The weighted value of an amount at a probability in percent, rounded half up. */
export function weightedMinor(amountMinor: number, probability: number): number {
  return Number((BigInt(amountMinor) * BigInt(probability) + 50n) / 100n);
}
