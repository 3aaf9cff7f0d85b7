import { describe, expect, it } from 'vitest';
import { dayjsLocaleOf, detectLocale, isAppLocale, otherLocale } from '@/shared/i18n/locale';

describe('detectLocale', () => {
  it('prefers the stored choice', () => {
    expect(detectLocale('en', ['zh-CN'])).toBe('en');
  });

  it('else takes the first Chinese or English browser language', () => {
    expect(detectLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale('fr', ['fr-FR', 'en-GB'])).toBe('en');
  });

  it('else Chinese', () => {
    expect(detectLocale(null, ['ja-JP'])).toBe('zh-CN');
    expect(detectLocale(null, [])).toBe('zh-CN');
  });
});

describe('locale helpers', () => {
  it('validate, map to dayjs and toggle', () => {
    expect(isAppLocale('zh-CN')).toBe(true);
    expect(isAppLocale('zh')).toBe(false);
    expect(dayjsLocaleOf('zh-CN')).toBe('zh-cn');
    expect(otherLocale('en')).toBe('zh-CN');
  });
});
