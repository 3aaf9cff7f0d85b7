/**
 * Date arithmetic on `YYYY-MM-DD` strings in UTC, so that neither the browser's zone nor
 * daylight-saving changes can shift a due date: only "today" depends on the user's zone.
 */
export type CalendarMode = 'month' | 'week';

const DAY_MS = 86_400_000;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = new Date(toUtc(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The first day of the week containing `day`, weeks starting on `weekStart` (ISO, Monday by default). */
export function startOfWeek(day: string, weekStart = 1): string {
  return addDays(day, -((isoWeekday(day) - weekStart + 7) % 7));
}

/** The seven days of the week containing `day`. */
export function weekDays(day: string, weekStart = 1): string[] {
  const first = startOfWeek(day, weekStart);
  return Array.from({ length: 7 }, (_, index) => addDays(first, index));
}

export const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;

export function addMonths(day: string, months: number): string {
  const [year = 1970, month = 1] = day.slice(0, 7).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return fromUtc(date.getTime());
}

/** The weeks (rows of seven days) that cover the month of `day`: four to six rows. */
export function monthWeeks(day: string, weekStart = 1): string[][] {
  const first = firstOfMonth(day);
  const nextMonth = addMonths(first, 1);
  const weeks: string[][] = [];
  for (let start = startOfWeek(first, weekStart); start < nextMonth; start = addDays(start, 7)) {
    weeks.push(weekDays(start, weekStart));
  }
  return weeks;
}

/** The due-date range to fetch for the visible grid (inclusive). */
export function visibleRange(mode: CalendarMode, anchor: string, weekStart = 1): { from: string; to: string } {
  const days = mode === 'week' ? weekDays(anchor, weekStart) : monthWeeks(anchor, weekStart).flat();
  return { from: days[0] ?? anchor, to: days[days.length - 1] ?? anchor };
}

/** Where prev/next go from `anchor`. */
export function shiftAnchor(mode: CalendarMode, anchor: string, step: 1 | -1): string {
  return mode === 'week' ? addDays(anchor, 7 * step) : addMonths(anchor, step);
}

/** Today's date in an IANA zone (the user's, not the browser's). */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    // en-CA formats as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}

export const isValidDay = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toUtc(value));

/** Tasks by due date, for the cells of the grid. */
export function groupByDueDate<T extends { dueDate: string | null }>(tasks: readonly T[]): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const task of tasks) {
    if (!task.dueDate) continue;
    const list = byDay.get(task.dueDate) ?? [];
    list.push(task);
    byDay.set(task.dueDate, list);
  }
  return byDay;
}
