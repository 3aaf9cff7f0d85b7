import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealAmountMinor, lineTotalMinor, toQuantityMilli, weightedMinor } from './money.ts';

const line = fc.record({
  quantityMilli: fc.integer({ min: 0, max: 1_000_000_000 }),
  unitPriceMinor: fc.integer({ min: 0, max: 1_000_000_000_000 }),
  discountBp: fc.integer({ min: 0, max: 10000 }),
});

describe('deal money', () => {
  it('computes the examples a sales rep checks by hand', () => {
    // 3 licences at ¥1,999.00 with 10 % off = ¥5,397.30
    expect(lineTotalMinor(3000, 199900, 1000)).toBe(539730n);
    // 1.5 days at ¥0.03 rounds half up: 4.5 fen → 5 fen
    expect(lineTotalMinor(1500, 3, 0)).toBe(5n);
    expect(lineTotalMinor(1000, 100, 10000)).toBe(0n);
    expect(toQuantityMilli(2.345)).toBe(2345);
    expect(weightedMinor(1_000_000, 25)).toBe(250_000);
  });

  it('gives integer, never negative line totals, at most the undiscounted value', () => {
    fc.assert(
      fc.property(line, (l) => {
        const total = lineTotalMinor(l.quantityMilli, l.unitPriceMinor, l.discountBp);
        expect(total >= 0n).toBe(true);
        const full = lineTotalMinor(l.quantityMilli, l.unitPriceMinor, 0);
        expect(total <= full).toBe(true);
      }),
    );
  });

  it('does not depend on the order of lines', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.integer(), (lines, seed) => {
        const shuffled = [...lines].sort((a, b) => ((a.quantityMilli ^ seed) % 7) - ((b.quantityMilli ^ seed) % 7));
        expect(dealAmountMinor(shuffled)).toBe(dealAmountMinor(lines));
        expect(dealAmountMinor([...lines].reverse())).toBe(dealAmountMinor(lines));
      }),
    );
  });

  it('is the sum of its lines, each off by less than one minor unit from the exact value', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const sum = lines.reduce((s, l) => s + lineTotalMinor(l.quantityMilli, l.unitPriceMinor, l.discountBp), 0n);
        expect(dealAmountMinor(lines)).toBe(sum);
        for (const l of lines) {
          const exactTimesScale = BigInt(l.quantityMilli) * BigInt(l.unitPriceMinor) * BigInt(10000 - l.discountBp);
          const diff = lineTotalMinor(l.quantityMilli, l.unitPriceMinor, l.discountBp) * 10_000_000n - exactTimesScale;
          expect(diff <= 5_000_000n && diff > -5_000_000n).toBe(true);
        }
      }),
    );
  });

  it('weights amounts between zero and the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 0, max: 100 }), (amount, p) => {
        const w = weightedMinor(amount, p);
        expect(Number.isInteger(w) && w >= 0 && w <= amount).toBe(true);
      }),
    );
  });
});
