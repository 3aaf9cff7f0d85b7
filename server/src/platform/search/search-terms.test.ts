import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentTerms, likePattern, queryTerms } from './search-terms.ts';

const covers = (doc: string, query: string) => {
  const terms = new Set(documentTerms(doc));
  return queryTerms(query).every((t) => terms.has(t));
};

describe('search terms', () => {
  it('finds Chinese text by any part of it', () => {
    expect(covers('拜访华东区重点客户', '重点客户')).toBe(true);
    expect(covers('拜访华东区重点客户', '华')).toBe(true);
    expect(covers('拜访华东区重点客户', '华南')).toBe(false);
  });

  it('finds Latin words by prefix, case and width folded', () => {
    expect(covers('Prepare the Customer demo', 'cust DEMO')).toBe(true);
    expect(covers('ＳＡＬＥＳ-42 报价', 'sales 42')).toBe(true);
    expect(covers('Prepare the Customer demo', 'tomer')).toBe(false);
  });

  it('covers every substring of a CJK document (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'销售客户拜访报价合同回款季度冲刺'), minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (doc, a, b) => {
          const chars = [...doc];
          const from = a % chars.length;
          const to = from + 1 + (b % (chars.length - from));
          expect(covers(doc, chars.slice(from, to).join(''))).toBe(true);
        },
      ),
    );
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
