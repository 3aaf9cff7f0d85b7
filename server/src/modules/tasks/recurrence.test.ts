import type { Recurrence } from '@meridian/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDay, isoWeekday, nextOccurrenceDay, parseDay } from './recurrence.ts';

const rule = (over: Partial<Recurrence>): Recurrence => ({
  frequency: 'daily',
  interval: 1,
  workingDaysOnly: false,
  ...over,
});

describe('nextOccurrenceDay', () => {
  it('steps daily, skipping weekends on working days only', () => {
    expect(nextOccurrenceDay(rule({}), '2026-11-27')).toBe('2026-11-28');
    expect(nextOccurrenceDay(rule({ workingDaysOnly: true }), '2026-11-27')).toBe('2026-11-30');
    expect(nextOccurrenceDay(rule({ interval: 2, workingDaysOnly: true }), '2026-11-26')).toBe('2026-11-30');
  });

  it('steps weekly on chosen weekdays, every n weeks', () => {
    const monWed = rule({ frequency: 'weekly', weekdays: [1, 3] });
    expect(nextOccurrenceDay(monWed, '2026-11-23')).toBe('2026-11-25');
    expect(nextOccurrenceDay(monWed, '2026-11-25')).toBe('2026-11-30');
    expect(nextOccurrenceDay(rule({ frequency: 'weekly', interval: 2, weekdays: [1] }), '2026-11-23')).toBe(
      '2026-12-07',
    );
    expect(nextOccurrenceDay(rule({ frequency: 'weekly' }), '2026-11-26')).toBe('2026-12-03');
  });

  it('steps monthly on a day, using the last day of short months', () => {
    const on31 = rule({ frequency: 'monthly', dayOfMonth: 31 });
    expect(nextOccurrenceDay(on31, '2026-01-31')).toBe('2026-02-28');
    expect(nextOccurrenceDay(on31, '2028-01-31')).toBe('2028-02-29');
    expect(nextOccurrenceDay(on31, '2026-02-28')).toBe('2026-03-31');
    expect(nextOccurrenceDay(rule({ frequency: 'monthly', interval: 3, dayOfMonth: 15 }), '2026-11-15')).toBe(
      '2027-02-15',
    );
    expect(nextOccurrenceDay(rule({ frequency: 'monthly', dayOfMonth: 1, workingDaysOnly: true }), '2026-10-01')).toBe(
      '2026-11-02',
    );
  });

  it('ends after `until`', () => {
    expect(nextOccurrenceDay(rule({ until: '2026-11-28' }), '2026-11-28')).toBeNull();
    expect(nextOccurrenceDay(rule({ until: '2026-11-29' }), '2026-11-28')).toBe('2026-11-29');
  });
});

const day = fc.integer({ min: parseDay('2020-01-01'), max: parseDay('2035-12-31') }).map(formatDay);
const anyRule = fc.record({
  frequency: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const),
  interval: fc.integer({ min: 1, max: 52 }),
  weekdays: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), {
    nil: undefined,
  }),
  dayOfMonth: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
  workingDaysOnly: fc.boolean(),
});

describe('nextOccurrenceDay properties', () => {
  it('always moves forward, within a bounded distance', () => {
    fc.assert(
      fc.property(anyRule, day, (r, from) => {
        const next = nextOccurrenceDay(r, from)!;
        const gap = parseDay(next) - parseDay(from);
        expect(gap).toBeGreaterThan(0);
        const bound =
          r.frequency === 'daily'
            ? r.interval * 3 + 3
            : r.frequency === 'weekly'
              ? 7 * r.interval + 10
              : 31 * r.interval + 34;
        expect(gap).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it('never lands on a weekend with working days only, and honours weekdays otherwise', () => {
    fc.assert(
      fc.property(anyRule, day, (r, from) => {
        const next = parseDay(nextOccurrenceDay(r, from)!);
        if (r.workingDaysOnly) expect(isoWeekday(next)).toBeLessThanOrEqual(5);
        else if (r.frequency === 'weekly' && r.weekdays) expect(r.weekdays).toContain(isoWeekday(next));
      }),
    );
  });

  it('never passes `until`', () => {
    fc.assert(
      fc.property(anyRule, day, fc.integer({ min: 0, max: 400 }), (r, from, span) => {
        const until = addDays(from, span);
        const next = nextOccurrenceDay({ ...r, until }, from);
        if (next !== null) expect(next <= until).toBe(true);
      }),
    );
  });
});
