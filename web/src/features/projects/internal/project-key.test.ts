import { describe, expect, it } from 'vitest';
import { loadHanInitials, PROJECT_KEY_PATTERN, progressPercent, suggestProjectKey } from './project-key';

describe('suggestProjectKey', () => {
  it('takes the initials of Latin words', () => {
    expect(suggestProjectKey('Key account push')).toBe('KAP');
    expect(suggestProjectKey('Q3 sales sprint')).toBe('QSS');
  });

  it('keeps the first letters of a single word', () => {
    expect(suggestProjectKey('Sales')).toBe('SALES');
    expect(suggestProjectKey('Marketing')).toBe('MARKET');
  });

  it('uses pinyin initials for Chinese characters', async () => {
    const initials = await loadHanInitials();
    expect(suggestProjectKey('华东新品推广', initials)).toBe('HDXPTG');
    expect(suggestProjectKey('大客户 ABC 攻坚', initials)).toBe('DKHAGJ');
  });

  it('always answers a valid key', async () => {
    const initials = await loadHanInitials();
    for (const name of ['', '1', '2026 计划', '!!!', 'a', '渠道', 'x y z 1 2 3 4 5 6 7 8']) {
      expect(suggestProjectKey(name, initials)).toMatch(PROJECT_KEY_PATTERN);
    }
  });
});

describe('progressPercent', () => {
  it('is done over total, 0 for an empty project', () => {
    expect(progressPercent({ total: 0, done: 0 })).toBe(0);
    expect(progressPercent({ total: 3, done: 1 })).toBe(33);
    expect(progressPercent({ total: 4, done: 4 })).toBe(100);
  });
});
