/**
 * Fractional indexing: order keys are strings over a base-62 alphabet compared byte-wise
 * (`collate "C"` in SQL, plain `<` in JavaScript). A key between any two keys always exists, so
 * moving a card writes one row and never renumbers its neighbours.
 *
 * Keys are digit strings read as a fraction 0.d1d2d3…; they never end in the smallest digit,
 * which keeps "a key strictly between a and b" well defined.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const ZERO = DIGITS[0]!;

function digitAt(key: string, i: number, fallback: number): number {
  return i < key.length ? DIGITS.indexOf(key[i]!) : fallback;
}

/** Whether `key` is a valid order key (used to refuse forged ranks). */
export function isOrderKey(key: string): boolean {
  if (key.length === 0 || key.length > 200 || key.endsWith(ZERO)) return false;
  for (const char of key) if (!DIGITS.includes(char)) return false;
  return true;
}

/**
 * A key strictly between `a` and `b`; null stands for the start or the end of the list.
 * Throws when `a` is not below `b`.
 */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null && b !== null && a >= b) throw new Error(`keyBetween: ${a} is not below ${b}`);
  // Appending or prepending steps one digit instead of bisecting, so keys grow by one
  // character per ~60 moves to an end rather than one per ~6.
  if (b === null && a !== null) return increment(a);
  if (a === null && b !== null) {
    const decremented = decrement(b);
    if (decremented !== null) return decremented;
  }
  const low = a ?? '';
  let result = '';
  for (let i = 0; ; i++) {
    const lowDigit = digitAt(low, i, 0);
    // Past the end of `b` (or without `b`) the upper bound is one past the largest digit.
    const highDigit = b === null ? BASE : digitAt(b, i, BASE);
    if (highDigit - lowDigit > 1) {
      const mid = Math.floor((lowDigit + highDigit) / 2);
      return result + DIGITS[mid];
    }
    // No room at this position: keep the low digit and look one position further.
    result += DIGITS[lowDigit];
    if (highDigit - lowDigit === 1) {
      // From here on `b` no longer bounds us: anything after the low digit is below `b`.
      return result + tail(low.slice(i + 1));
    }
  }
}

/** The shortest key above `key` that keeps its prefix: the first digit that can rise, risen. */
function increment(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const d = DIGITS.indexOf(key[i]!);
    if (d < BASE - 1) return key.slice(0, i) + DIGITS[d + 1];
  }
  return key + DIGITS[Math.floor(BASE / 2)];
}

/** A key below `key` made by lowering one digit, or null when none can fall without ending in zero. */
function decrement(key: string): string | null {
  for (let i = 0; i < key.length; i++) {
    const d = DIGITS.indexOf(key[i]!);
    if (d > 1) return key.slice(0, i) + DIGITS[d - 1];
  }
  return null;
}

/** A key above `rest` (the remaining digits of the lower bound) with no upper bound. */
function tail(rest: string): string {
  let prefix = '';
  for (let i = 0; ; i++) {
    const d = digitAt(rest, i, 0);
    if (d < BASE - 1) return prefix + DIGITS[Math.floor((d + BASE) / 2)];
    prefix += DIGITS[d];
  }
}

/** `count` keys in order, evenly spread between `a` and `b` (for bulk inserts and templates). */
export function keysBetween(a: string | null, b: string | null, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [keyBetween(a, b)];
  const mid = keyBetween(a, b);
  const half = Math.floor(count / 2);
  return [...keysBetween(a, mid, half), mid, ...keysBetween(mid, b, count - half - 1)];
}
