import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelative } from '@/shared/format/date';

describe('formatDateTime', () => {
  it('formats in the user time zone and language', () => {
    expect(formatDateTime('2026-05-01T06:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年5月1日 14:30');
    expect(formatDate('2026-05-01T20:00:00Z', 'en', 'Asia/Shanghai')).toBe('May 2, 2026');
  });

  it('survives an unknown zone or a broken date', () => {
    expect(formatDate('2026-05-01T06:30:00Z', 'en', 'Mars/Olympus')).toMatch(/2026/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-05-10T12:00:00Z');

  it('uses the largest whole unit', () => {
    expect(formatRelative('2026-05-07T12:00:00Z', 'zh-CN', now)).toBe('3天前');
    expect(formatRelative('2026-05-10T14:00:00Z', 'en', now)).toBe('in 2 hours');
    expect(formatRelative('2026-05-10T11:59:40Z', 'en', now)).toBe('now');
  });
});
