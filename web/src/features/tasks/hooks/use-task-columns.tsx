import type { CustomField, Project, Task } from '@meridian/contracts';
import type { TableColumnType } from 'antd';
import { DatePicker, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useUpdateTask } from '@/features/tasks/api/task-mutations';
import { PriorityTag } from '@/features/tasks/components/PriorityTag';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { TaskLabels } from '@/features/tasks/components/TaskLabels';
import { AssigneeSelect, PrioritySelect, StatusSelect } from '@/features/tasks/components/task-fields';
import type { TaskSort } from '@/features/tasks/internal/list-filters';
import { isSortableColumn, tableOrderFor } from '@/features/tasks/internal/task-sort';
import { useDateFormat } from '@/shared/format/use-date-format';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type UseTaskColumnsOptions = {
  visible: string[];
  sort: TaskSort | null;
  /** The project of the list: its statuses make status editable inline. */
  project: Project | null;
  customFields: CustomField[];
  onOpen: (task: Task) => void;
  onStatusChange: (task: Task, status: Project['statuses'][number]) => void;
};

function customFieldText(field: CustomField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field.type === 'select') return field.options.find((option) => option.id === value)?.label ?? String(value);
  return String(value);
}

/** Columns of the task table, with inline edit of title, status, priority, assignee and due date. */
export function useTaskColumns(options: UseTaskColumnsOptions): TableColumnType<Task>[] {
  const { t } = useTranslation('tasks');
  const format = useDateFormat();
  const update = useUpdateTask();
  const { project, sort, onOpen, onStatusChange } = options;

  const patch = (task: Task, body: Parameters<typeof update.mutate>[0]['body'], optimistic: Partial<Task>) =>
    update.mutate({ id: task.id, body: { ...body, version: task.version }, optimistic });

  const all: Record<string, TableColumnType<Task>> = {
    key: {
      title: t('columns.key'),
      width: 110,
      fixed: 'left',
      render: (_, task) => (
        <Typography.Link onClick={() => onOpen(task)} aria-label={t('list.openTask', { key: task.key })}>
          {task.key}
        </Typography.Link>
      ),
    },
    title: {
      title: t('columns.title'),
      width: 320,
      render: (_, task) => (
        <Typography.Text
          editable={
            task.abilities.update
              ? {
                  triggerType: ['icon'],
                  tooltip: t('list.editTitle'),
                  onChange: (title) => {
                    const trimmed = title.trim();
                    if (trimmed && trimmed !== task.title) patch(task, { title: trimmed }, { title: trimmed });
                  },
                }
              : false
          }
          ellipsis={{ tooltip: task.title }}
          style={{ maxWidth: 300 }}
        >
          {task.title}
        </Typography.Text>
      ),
    },
    status: {
      title: t('columns.status'),
      width: 150,
      render: (_, task) =>
        project && task.abilities.update ? (
          <StatusSelect
            aria-label={t('columns.status')}
            variant="borderless"
            size="small"
            statuses={project.statuses}
            value={task.status.id}
            onChange={(status) => onStatusChange(task, status)}
          />
        ) : (
          <StatusTag name={task.status.name} color={task.status.color} />
        ),
    },
    priority: {
      title: t('columns.priority'),
      width: 120,
      render: (_, task) =>
        task.abilities.update ? (
          <PrioritySelect
            aria-label={t('columns.priority')}
            variant="borderless"
            size="small"
            value={task.priority}
            onChange={(priority) => patch(task, { priority }, { priority })}
          />
        ) : (
          <PriorityTag priority={task.priority} />
        ),
    },
    assignee: {
      title: t('columns.assignee'),
      width: 160,
      render: (_, task) =>
        task.abilities.update ? (
          <AssigneeSelect
            aria-label={t('columns.assignee')}
            variant="borderless"
            size="small"
            projectId={task.projectId}
            value={task.assignee?.id ?? null}
            onChange={(assigneeId) => patch(task, { assigneeId }, {})}
          />
        ) : task.assignee ? (
          <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            <UserAvatar
              name={task.assignee.name}
              initials={task.assignee.initials}
              color={task.assignee.avatarColor}
              size={20}
            />
            {task.assignee.name}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('fields.unassigned')}</Typography.Text>
        ),
    },
    dueDate: {
      title: t('columns.dueDate'),
      width: 140,
      render: (_, task) => {
        const overdue = task.dueDate && task.status.category !== 'done' && task.dueDate < dayjs().format('YYYY-MM-DD');
        return task.abilities.update ? (
          <DatePicker
            aria-label={t('columns.dueDate')}
            variant="borderless"
            size="small"
            status={overdue ? 'error' : undefined}
            value={task.dueDate ? dayjs(task.dueDate) : null}
            onChange={(value) => {
              const dueDate = value ? value.format('YYYY-MM-DD') : null;
              patch(task, { dueDate }, { dueDate });
            }}
          />
        ) : (
          <Typography.Text type={overdue ? 'danger' : undefined}>{task.dueDate ?? ''}</Typography.Text>
        );
      },
    },
    startDate: { title: t('columns.startDate'), width: 120, render: (_, task) => task.startDate ?? '' },
    estimate: {
      title: t('columns.estimate'),
      width: 120,
      render: (_, task) => t('list.hours', { logged: task.loggedHours, estimate: task.estimateHours ?? '–' }),
    },
    labels: {
      title: t('columns.labels'),
      width: 180,
      render: (_, task) => <TaskLabels projectId={task.projectId} labelIds={task.labelIds} />,
    },
    updatedAt: {
      title: t('columns.updatedAt'),
      width: 130,
      render: (_, task) => (
        <Tooltip title={format.dateTime(task.updatedAt)}>
          <span>{format.relative(task.updatedAt)}</span>
        </Tooltip>
      ),
    },
  };
  for (const field of options.customFields) {
    all[`cf:${field.id}`] = {
      title: field.name,
      width: 140,
      ellipsis: true,
      render: (_, task) => customFieldText(field, task.customFields[field.id]),
    };
  }
  return options.visible
    .filter((column) => all[column])
    .map((column) => ({
      ...all[column],
      key: column,
      sorter: isSortableColumn(column) ? true : undefined,
      sortOrder: isSortableColumn(column) ? tableOrderFor(column, sort) : undefined,
      showSorterTooltip: false,
    }));
}
