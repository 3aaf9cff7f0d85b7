import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween, keysBetween } from './fractional-index.ts';

describe('fractional index', () => {
  it('puts a key strictly between any two keys', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }), (moves) => {
        // Build a list by inserting at random positions, as a board does.
        const keys: string[] = [];
        for (const move of moves) {
          const at = move % (keys.length + 1);
          const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
          expect(isOrderKey(key)).toBe(true);
          keys.splice(at, 0, key);
        }
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps keys short when cards are appended or prepended many times', () => {
    let last: string | null = null;
    for (let i = 0; i < 1000; i++) last = keyBetween(last, null);
    expect(last!.length).toBeLessThan(40);
    let first: string | null = null;
    for (let i = 0; i < 1000; i++) first = keyBetween(null, first);
    expect(first!.length).toBeLessThan(200);
    expect(isOrderKey(first!)).toBe(true);
  });

  it('gives n ordered keys between two keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (n) => {
        const keys = keysBetween('a', 'b', n);
        expect(keys).toHaveLength(n);
        expect(keys.every((k) => k > 'a' && k < 'b')).toBe(true);
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
      }),
    );
  });

  it('refuses bounds in the wrong order and forged keys', () => {
    expect(() => keyBetween('b', 'a')).toThrow();
    expect(isOrderKey('a0')).toBe(false);
    expect(isOrderKey('a b')).toBe(false);
    expect(isOrderKey('')).toBe(false);
  });
});
