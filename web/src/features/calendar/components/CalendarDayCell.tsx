import { useDroppable } from '@dnd-kit/core';
import type { Task } from '@meridian/contracts';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarChip } from '@/features/calendar/components/CalendarChip';

export type CalendarDayCellProps = {
  day: string;
  tasks: Task[];
  today: string;
  /** Days of the neighbouring months in the month view are dimmed. */
  isOutside: boolean;
  minHeight: number;
  label: string;
  onOpen: (task: Task) => void;
};

/** One day: its number, "today" in words, and the tasks due then; a drop target for rescheduling. */
export function CalendarDayCell({ day, tasks, today, isOutside, minHeight, label, onOpen }: CalendarDayCellProps) {
  const { t } = useTranslation('calendar');
  const { token } = theme.useToken();
  const { setNodeRef, isOver } = useDroppable({ id: day });
  const isToday = day === today;
  return (
    <td
      ref={setNodeRef}
      aria-label={label}
      aria-current={isToday ? 'date' : undefined}
      style={{
        height: minHeight,
        verticalAlign: 'top',
        padding: 4,
        border: `1px solid ${token.colorBorderSecondary}`,
        background: isOver ? token.colorPrimaryBg : isToday ? token.colorInfoBg : undefined,
        outline: isOver ? `2px dashed ${token.colorPrimaryBorder}` : undefined,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
        <span
          aria-hidden
          style={{
            fontSize: 12,
            fontWeight: isToday ? 600 : undefined,
            color: isToday ? token.colorPrimaryText : isOutside ? token.colorTextSecondary : token.colorText,
          }}
        >
          {Number(day.slice(8))}
          {isToday ? ` · ${t('today')}` : ''}
        </span>
        {tasks.map((task) => (
          <CalendarChip key={task.id} task={task} onOpen={onOpen} />
        ))}
      </div>
    </td>
  );
}
