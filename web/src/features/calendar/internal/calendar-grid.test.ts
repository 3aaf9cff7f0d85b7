import { describe, expect, it } from 'vitest';
import {
  addDays,
  groupByDueDate,
  isoWeekday,
  isValidDay,
  monthWeeks,
  shiftAnchor,
  startOfWeek,
  todayIn,
  visibleRange,
  weekDays,
} from '@/features/calendar/internal/calendar-grid';

describe('week grid', () => {
  it('starts weeks on Monday by default', () => {
    // 2026-05-01 is a Friday.
    expect(isoWeekday('2026-05-01')).toBe(5);
    expect(startOfWeek('2026-05-01')).toBe('2026-04-27');
    expect(weekDays('2026-05-03')).toEqual([
      '2026-04-27',
      '2026-04-28',
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
    ]);
  });
  it('honours a Sunday week start', () => {
    expect(startOfWeek('2026-05-01', 7)).toBe('2026-04-26');
    expect(startOfWeek('2026-04-26', 7)).toBe('2026-04-26');
  });
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekDays('2027-01-01')[0]).toBe('2026-12-28');
  });
});

describe('month grid', () => {
  it('covers the month with whole weeks from Monday', () => {
    const weeks = monthWeeks('2026-05-20');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-04-27');
    expect(weeks[4]?.[6]).toBe('2026-05-31');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
  it('has six rows when the month needs them', () => {
    // August 2026 starts on a Saturday and has 31 days.
    expect(monthWeeks('2026-08-01')).toHaveLength(6);
  });
  it('has four rows for a February that starts on Monday', () => {
    expect(monthWeeks('2027-02-10')).toHaveLength(4);
  });
  it('gives the fetch range and navigation', () => {
    expect(visibleRange('month', '2026-05-20')).toEqual({ from: '2026-04-27', to: '2026-05-31' });
    expect(visibleRange('week', '2026-05-20')).toEqual({ from: '2026-05-18', to: '2026-05-24' });
    expect(shiftAnchor('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftAnchor('week', '2026-05-20', -1)).toBe('2026-05-13');
  });
});

describe('today and grouping', () => {
  it('reads today in the user zone, not the browser zone', () => {
    const instant = new Date('2026-05-01T18:30:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-05-02');
    expect(todayIn('America/New_York', instant)).toBe('2026-05-01');
    expect(todayIn('Not/AZone', instant)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('groups tasks by due date and skips undated ones', () => {
    const byDay = groupByDueDate([
      { id: 'a', dueDate: '2026-05-01' },
      { id: 'b', dueDate: null },
      { id: 'c', dueDate: '2026-05-01' },
    ]);
    expect([...byDay.keys()]).toEqual(['2026-05-01']);
    expect(byDay.get('2026-05-01')?.map((task) => task.id)).toEqual(['a', 'c']);
  });
  it('validates day strings', () => {
    expect(isValidDay('2026-05-01')).toBe(true);
    expect(isValidDay('2026-5-1')).toBe(false);
    expect(isValidDay(null)).toBe(false);
  });
});
