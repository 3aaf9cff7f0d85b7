import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  isValidCreditCode,
  isValidPhone,
  normalizeCompanyName,
  normalizeEmail,
  normalizePhone,
  phoneKind,
  pinyinOf,
  pinyinSearchTerms,
} from './index.ts';

describe('normalizeCompanyName', () => {
  it('gives spellings of one company the same key', () => {
    const key = normalizeCompanyName('北京字节跳动科技有限公司');
    expect(normalizeCompanyName(' 北京字节跳动科技 ')).toBe(key);
    expect(normalizeCompanyName('北京字节跳动科技股份有限公司')).toBe(key);
    expect(normalizeCompanyName('北京 字节跳动 科技（集团）有限责任公司')).toBe(key);
    expect(normalizeCompanyName('华为技术（中国）有限公司')).toBe('华为技术');
    expect(normalizeCompanyName('ＡＰＰＬＥ Inc.')).toBe('apple');
  });

  it('never strips a name down to nothing', () => {
    expect(normalizeCompanyName('有限公司')).toBe('有限');
    expect(normalizeCompanyName('（中国）')).toBe('中国');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        const once = normalizeCompanyName(name);
        expect(normalizeCompanyName(once)).toBe(once);
      }),
    );
  });
});

describe('normalizePhone', () => {
  it('folds full-width digits, blanks, dashes and +86', () => {
    expect(normalizePhone('＋８６ １３８ ００１３-８０００')).toBe('13800138000');
    expect(normalizePhone('0086 138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('8613800138000')).toBe('13800138000');
    expect(normalizePhone('010-1234 5678')).toBe('01012345678');
    expect(normalizePhone('(0755) 8888 6666 转 123')).toBe('075588886666-123');
  });

  it('tells mobiles from landlines and refuses the rest', () => {
    expect(phoneKind(normalizePhone('138 0013 8000'))).toBe('mobile');
    expect(phoneKind(normalizePhone('021-62345678'))).toBe('landline');
    expect(isValidPhone('12800138000')).toBe(false);
    expect(isValidPhone('12345')).toBe(false);
  });

  it('is idempotent and keeps valid mobiles valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (input) => {
        const once = normalizePhone(input);
        expect(normalizePhone(once)).toBe(once);
      }),
    );
    const mobile = fc
      .tuple(
        fc.constantFrom('3', '5', '7', '8', '9'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
      )
      .map(([second, rest]) => `1${second}${rest.join('')}`);
    fc.assert(
      fc.property(mobile, (number) => {
        const fullWidth = [...number].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
        expect(normalizePhone(`+86 ${fullWidth.slice(0, 3)} ${fullWidth.slice(3)}`)).toBe(number);
        expect(isValidPhone(number)).toBe(true);
      }),
    );
  });
});

describe('normalizeEmail', () => {
  it('lower-cases and trims, idempotently', () => {
    expect(normalizeEmail('  Zhang.Wei@Example.COM ')).toBe('zhang.wei@example.com');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeEmail(normalizeEmail(s))).toBe(normalizeEmail(s));
      }),
    );
  });
});

describe('isValidCreditCode', () => {
  const body = fc
    .array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 })
    .map((chars) => chars.join(''));
  const validCode = body.map((first17) => first17 + creditCodeCheckChar(first17));

  it('accepts real codes and lower-case or full-width input', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91110108551385082Q')).toBe(true);
    expect(isValidCreditCode('91110108551385082q')).toBe(true);
    expect(isValidCreditCode('91110108551385082')).toBe(false);
    expect(isValidCreditCode('91110108551385082I')).toBe(false);
  });

  it('accepts every code with its check character', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(isValidCreditCode(code)).toBe(true);
      }),
    );
  });

  it('refuses any single-character change', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...CREDIT_CODE_ALPHABET),
        (code, at, replacement) => {
          fc.pre(code[at] !== replacement);
          const changed = code.slice(0, at) + replacement + code.slice(at + 1);
          expect(isValidCreditCode(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('pinyin', () => {
  it('spells names and their initials', () => {
    expect(pinyinOf('张伟')).toMatchObject({ full: 'zhang wei', initials: 'zw' });
    expect(pinyinOf('重庆银行').full).toBe('chong qing yin hang');
    expect(pinyinOf('ABC 科技').full).toBe('abc ke ji');
  });

  it('makes "zw", "zhang" and "wei" find 张伟', () => {
    const terms = pinyinSearchTerms('张伟');
    for (const q of ['zw', 'zhang', 'zhangw', 'zhangwei', 'wei', 'w']) expect(terms).toContain(q);
    expect(pinyinSearchTerms('Acme')).toEqual([]);
  });

  it('sorts like Intl.Collator("zh-CN") under a binary comparison', () => {
    const names = ['张伟', '安娜', '昂扬', '李娜', '王芳', '陈静', '赵磊', '安哈', '白雪', '阿里'];
    const collator = new Intl.Collator('zh-CN');
    const byCollator = [...names].sort(collator.compare);
    const byPinyin = [...names].sort((a, b) => (pinyinOf(a).full < pinyinOf(b).full ? -1 : 1));
    expect(byPinyin).toEqual(byCollator);
  });
});
