import { useEffect, useState } from 'react';
import { todayIn } from '@/features/calendar/internal/calendar-grid';
import { useSession } from '@/shared/session/session-context';

/** Today's date in the signed-in user's time zone, refreshed each minute so that midnight rolls over. */
export function useToday(): string {
  const timeZone = useSession().user.timeZone;
  const [today, setToday] = useState(() => todayIn(timeZone));
  useEffect(() => {
    setToday(todayIn(timeZone));
    const timer = setInterval(() => setToday(todayIn(timeZone)), 60_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return today;
}

/** The organisation's first day of the week (ISO weekday, Monday unless it chose otherwise). */
export function useWeekStart(): number {
  return useSession().org?.weekStart ?? 1;
}
