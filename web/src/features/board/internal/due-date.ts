/** How a due date stands against today: drives colour and the words beside it (never colour alone). */
export type DueState = 'overdue' | 'today' | 'upcoming' | 'done';

export function dueState(dueDate: string, today: string, isDone: boolean): DueState {
  if (isDone) return 'done';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return 'upcoming';
}

/** `5月1日` / `May 1`, with the year only when it is not the current one. */
export function formatShortDay(day: string, locale: string, today: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}
