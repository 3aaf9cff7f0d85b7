import type { Recurrence } from '@meridian/contracts';

/**
 * Date maths of recurring tasks on plain `YYYY-MM-DD` days (no time zone: a due date is a day).
 * Weekdays are ISO: 1 = Monday … 7 = Sunday. `workingDaysOnly` skips Saturdays and Sundays;
 * holiday calendars come with the scheduling module.
 */
const DAY_MS = 86_400_000;

export function parseDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function formatDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number (1 = Monday … 7 = Sunday); day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const isWorkingDay = (dayNumber: number) => isoWeekday(dayNumber) <= 5;

function nextWorkingDay(dayNumber: number): number {
  let d = dayNumber;
  while (!isWorkingDay(d)) d++;
  return d;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function monthDay(year: number, monthIndex: number, dayOfMonth: number): number {
  const normalisedYear = year + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(dayOfMonth, daysInMonth(normalisedYear, month));
  return Date.UTC(normalisedYear, month, day) / DAY_MS;
}

function nextDaily(rule: Recurrence, from: number): number {
  if (!rule.workingDaysOnly) return from + rule.interval;
  // "Every 2 working days" counts working days, not calendar days.
  let d = from;
  for (let left = rule.interval; left > 0; ) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}

function nextWeekly(rule: Recurrence, from: number): number {
  const weekdays = rule.weekdays?.length ? rule.weekdays : [isoWeekday(from)];
  const weekStart = from - (isoWeekday(from) - 1);
  // Weeks count from the week of `from`: with interval 2, only every other week qualifies.
  for (let d = from + 1; d <= from + 7 * rule.interval + 7; d++) {
    const weekIndex = Math.floor((d - weekStart) / 7);
    if (weekIndex % rule.interval === 0 && weekdays.includes(isoWeekday(d))) return d;
  }
  return from + 7 * rule.interval;
}

function nextMonthly(rule: Recurrence, from: number): number {
  const date = new Date(from * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const dayOfMonth = rule.dayOfMonth ?? date.getUTCDate();
  const sameMonth = monthDay(year, month, dayOfMonth);
  if (sameMonth > from) return sameMonth;
  return monthDay(year, month + rule.interval, dayOfMonth);
}

/**
 * The day of the occurrence after the one due on `from`, or null when the rule has ended
 * (`until` passed). On a working-days-only rule a weekend result moves to the next Monday.
 */
export function nextOccurrenceDay(rule: Recurrence, from: string): string | null {
  const start = parseDay(from);
  let next: number;
  if (rule.frequency === 'daily') next = nextDaily(rule, start);
  else if (rule.frequency === 'weekly') next = nextWeekly(rule, start);
  else next = nextMonthly(rule, start);
  if (rule.workingDaysOnly) next = nextWorkingDay(next);
  if (rule.until && next > parseDay(rule.until)) return null;
  return formatDay(next);
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return parseDay(b) - parseDay(a);
}
