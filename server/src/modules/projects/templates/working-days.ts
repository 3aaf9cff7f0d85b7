/**
 * Date arithmetic on working days for laying templates out. Weekends only for now: work
 * calendars with public holidays and make-up days will replace `isWorkingDay` in one place.
 */

function parse(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  const weekday = parse(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The first working day on or after `day`. */
export function nextWorkingDay(day: string): string {
  const date = parse(day);
  while (!isWorkingDay(format(date))) date.setUTCDate(date.getUTCDate() + 1);
  return format(date);
}

/**
 * The working day `offset` working days after `start` (offset 0: `start` itself, or the next
 * working day when `start` falls on a weekend).
 */
export function addWorkingDays(start: string, offset: number): string {
  const date = parse(nextWorkingDay(start));
  let left = Math.max(0, Math.trunc(offset));
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(format(date))) left--;
  }
  return format(date);
}

/** Working days from `from` to `to` (0 when the same day); negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  const date = parse(nextWorkingDay(from));
  const end = parse(to);
  let count = 0;
  while (date < end) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date <= end && isWorkingDay(format(date))) count++;
  }
  return count;
}

/** Start and due dates of a task that starts `startOffset` working days in and lasts `duration` working days. */
export function layOutDates(
  base: string,
  startOffset: number,
  duration: number,
): { startDate: string; dueDate: string } {
  const startDate = addWorkingDays(base, startOffset);
  return { startDate, dueDate: addWorkingDays(startDate, Math.max(0, duration - 1)) };
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
