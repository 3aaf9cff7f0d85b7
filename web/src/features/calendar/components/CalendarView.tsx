import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { ListTasksQuery, Task } from '@meridian/contracts';
import { Alert, Button, Flex, Segmented, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTasksDueBetween } from '@/features/calendar/api/calendar-queries';
import { CalendarGrid } from '@/features/calendar/components/CalendarGrid';
import { useToday, useWeekStart } from '@/features/calendar/hooks/use-today';
import {
  type CalendarMode,
  isValidDay,
  monthWeeks,
  shiftAnchor,
  visibleRange,
  weekDays,
} from '@/features/calendar/internal/calendar-grid';
import { useUpdateTask } from '@/features/tasks/api/task-mutations';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { ErrorResult } from '@/shared/ui/ErrorResult';

export type CalendarViewProps = {
  /** Which tasks: a project's (`projectId`) or mine across projects (`assigneeId: 'me'`). */
  scope: Pick<ListTasksQuery, 'projectId' | 'assigneeId'>;
  extra?: ReactNode;
};

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** Month and week calendars by due date; the mode and the shown date live in the URL (`mode`, `date`). */
export function CalendarView({ scope, extra }: CalendarViewProps) {
  const { t, i18n } = useTranslation('calendar');
  const [params, setParams] = useSearchParams();
  const today = useToday();
  const weekStart = useWeekStart();
  const mode: CalendarMode = params.get('mode') === 'week' ? 'week' : 'month';
  const dateParam = params.get('date');
  const anchor = isValidDay(dateParam) ? dateParam : today;
  const range = visibleRange(mode, anchor, weekStart);
  const tasks = useTasksDueBetween(scope, range.from, range.to);
  const update = useUpdateTask();
  const { openTask } = useTaskDrawer();

  const setParam = (name: 'mode' | 'date', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const locale = i18n.language;
  const short = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric' });
  const title =
    mode === 'month'
      ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(utc(anchor))
      : t('weekTitle', { from: short.format(utc(range.from)), to: short.format(utc(range.to)) });
  const weeks = mode === 'month' ? monthWeeks(anchor, weekStart) : [weekDays(anchor, weekStart)];

  const handleReschedule = (task: Task, day: string) =>
    update.mutate({ id: task.id, body: { dueDate: day, version: task.version }, optimistic: { dueDate: day } });

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <Button onClick={() => setParam('date', null)}>{t('today')}</Button>
          <Button
            icon={<LeftOutlined />}
            aria-label={t(mode === 'month' ? 'previousMonth' : 'previousWeek')}
            onClick={() => setParam('date', shiftAnchor(mode, anchor, -1))}
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t(mode === 'month' ? 'nextMonth' : 'nextWeek')}
            onClick={() => setParam('date', shiftAnchor(mode, anchor, 1))}
          />
          <Typography.Title level={4} style={{ margin: 0 }} aria-live="polite">
            {title}
          </Typography.Title>
          {tasks.isFetching ? <Spin size="small" aria-label={t('loading')} /> : null}
        </Flex>
        <Flex gap={8} wrap align="center">
          <Segmented
            aria-label={t('modeLabel')}
            value={mode}
            onChange={(value) => setParam('mode', value === 'week' ? 'week' : null)}
            options={[
              { value: 'month', label: t('month') },
              { value: 'week', label: t('week') },
            ]}
          />
          {extra}
        </Flex>
      </Flex>
      {tasks.isError ? <ErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} /> : null}
      {!tasks.isPending && tasks.isComplete && tasks.tasks.length === 0 ? (
        <Alert type="info" showIcon title={t('empty')} />
      ) : null}
      <CalendarGrid
        weeks={weeks}
        month={mode === 'month' ? anchor.slice(0, 7) : null}
        tasks={tasks.tasks}
        today={today}
        cellHeight={mode === 'month' ? 104 : 360}
        onOpen={(task) => openTask(task.key)}
        onReschedule={handleReschedule}
      />
    </Flex>
  );
}
