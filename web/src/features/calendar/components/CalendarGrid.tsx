import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { Task } from '@meridian/contracts';
import { theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarChip } from '@/features/calendar/components/CalendarChip';
import { CalendarDayCell } from '@/features/calendar/components/CalendarDayCell';
import { groupByDueDate, isValidDay } from '@/features/calendar/internal/calendar-grid';
import { dayCellCoordinates } from '@/features/calendar/internal/keyboard-days';

export type CalendarGridProps = {
  weeks: string[][];
  /** The month shown (`YYYY-MM`), to dim days of the neighbouring months; null in the week view. */
  month: string | null;
  tasks: Task[];
  today: string;
  cellHeight: number;
  onOpen: (task: Task) => void;
  onReschedule: (task: Task, day: string) => void;
};

const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

const dayFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });

/** Weeks as rows of seven days with the tasks due on each; drag a chip to another day to reschedule. */
export function CalendarGrid({ weeks, month, tasks, today, cellHeight, onOpen, onReschedule }: CalendarGridProps) {
  const { t, i18n } = useTranslation('calendar');
  const { token } = theme.useToken();
  const [active, setActive] = useState<Task | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dayCellCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const byDay = groupByDueDate(tasks);
  const weekdayName = dayFormat(i18n.language, { weekday: 'short' });
  const fullDay = dayFormat(i18n.language, { dateStyle: 'full' });
  const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
  const dayLabel = (day: string) =>
    t('dayLabel', { date: fullDay.format(toDate(day)), count: byDay.get(day)?.length ?? 0 });
  const taskOf = (id: unknown) => tasks.find((task) => task.id === id);

  const handleDragStart = ({ active: started }: DragStartEvent) => setActive(taskOf(started.id) ?? null);
  const handleDragEnd = ({ active: ended, over }: DragEndEvent) => {
    setActive(null);
    const task = taskOf(ended.id);
    const day = over ? String(over.id) : null;
    if (task && isValidDay(day) && day !== task.dueDate) onReschedule(task, day);
  };

  const announcements = {
    onDragStart: ({ active: a }: { active: { id: unknown } }) =>
      t('dnd.pickedUp', { title: taskOf(a.id)?.title ?? '' }),
    onDragOver: ({ active: a, over }: { active: { id: unknown }; over: { id: unknown } | null }) =>
      over ? t('dnd.over', { title: taskOf(a.id)?.title ?? '', date: fullDay.format(toDate(String(over.id))) }) : '',
    onDragEnd: ({ active: a, over }: { active: { id: unknown }; over: { id: unknown } | null }) =>
      over
        ? t('dnd.dropped', { title: taskOf(a.id)?.title ?? '', date: fullDay.format(toDate(String(over.id))) })
        : t('dnd.cancelled', { title: taskOf(a.id)?.title ?? '' }),
    onDragCancel: ({ active: a }: { active: { id: unknown } }) =>
      t('dnd.cancelled', { title: taskOf(a.id)?.title ?? '' }),
  };

  return (
    <DndContext
      sensors={sensors}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <div style={{ overflowX: 'auto' }}>
        <table
          aria-label={t('gridLabel')}
          style={{ width: '100%', minWidth: 640, tableLayout: 'fixed', borderCollapse: 'collapse' }}
        >
          <thead>
            <tr>
              {(weeks[0] ?? []).map((day) => (
                <th
                  key={day}
                  scope="col"
                  style={{
                    padding: '4px 6px',
                    fontSize: 12,
                    fontWeight: 'normal',
                    textAlign: 'left',
                    color: token.colorTextSecondary,
                  }}
                >
                  {weekdayName.format(toDate(day))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => (
                  <CalendarDayCell
                    key={day}
                    day={day}
                    tasks={byDay.get(day) ?? []}
                    today={today}
                    isOutside={month !== null && !day.startsWith(month)}
                    minHeight={cellHeight}
                    label={dayLabel(day)}
                    onOpen={onOpen}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DragOverlay>{active ? <CalendarChip task={active} onOpen={onOpen} isOverlay /> : null}</DragOverlay>
    </DndContext>
  );
}
