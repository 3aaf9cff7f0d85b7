/** Money on screen: integer minor units (fen) shown as ¥12,345.00, or compact (1.2万, 3.4亿) in headers. */
export function formatMoney(amountMinor: number, currency = 'CNY', locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 100);
}

/** Compact figures for column headers: ¥1.2万 / ¥3.4亿 in Chinese, ¥12K / ¥340M in English. */
export function formatMoneyCompact(amountMinor: number, currency = 'CNY', locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amountMinor / 100);
}

/** Yuan typed in a form (up to two decimals) as fen; null for anything that is not an amount. */
export function toMinor(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number) || number < 0) return null;
  return Math.round(number * 100);
}

/** The same rounding as the server: quantity × unit price × (1 − discount), half up to a fen. */
export function lineTotalMinor(quantity: number, unitPriceMinor: number, discountBp: number): number {
  const milli = Math.round(quantity * 1000);
  const raw =
    BigInt(Math.max(0, milli)) *
    BigInt(Math.max(0, unitPriceMinor)) *
    BigInt(10000 - Math.min(10000, Math.max(0, discountBp)));
  return Number((raw + 5_000_000n) / 10_000_000n);
}
