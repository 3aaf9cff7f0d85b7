import type { Project, Task } from '@meridian/contracts';
import { Checkbox, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueDateText } from '@/features/board/components/DueDateText';
import { PriorityIcon } from '@/features/board/components/PriorityIcon';
import { projectKeyOfTask } from '@/features/my-work/internal/my-work-sections';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { readableTextOn } from '@/shared/preferences/contrast';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type MyWorkTaskRowProps = {
  task: Task;
  project: Project | undefined;
  today: string;
  /** Shown for "waiting on others": who holds the task. */
  showAssignee: boolean;
  onMarkDone: ((task: Task) => void) | undefined;
};

/** A compact row (the title opens the task drawer): done checkbox, project key in its colour, key and title, status, due date. */
export function MyWorkTaskRow({ task, project, today, showAssignee, onMarkDone }: MyWorkTaskRowProps) {
  const { t } = useTranslation('myWork');
  const { token } = theme.useToken();
  const isDone = task.status.category === 'done';
  const color = project?.color ?? token.colorTextSecondary;
  return (
    <Flex
      component="li"
      align="center"
      gap={8}
      wrap
      style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorBorderSecondary}`, listStyle: 'none' }}
    >
      {onMarkDone ? (
        <Tooltip title={isDone ? undefined : t('markDone.action')}>
          <Checkbox
            checked={isDone}
            disabled={isDone || !task.abilities.update}
            aria-label={t('markDone.label', { key: task.key, title: task.title })}
            onChange={() => onMarkDone(task)}
          />
        </Tooltip>
      ) : null}
      <Tag style={{ margin: 0, border: 0, background: color, color: readableTextOn(color) }}>
        {project?.key ?? projectKeyOfTask(task.key)}
      </Tag>
      <PriorityIcon priority={task.priority} />
      <Link
        to={{ search: `?task=${encodeURIComponent(task.key)}` }}
        style={{ flex: '1 1 200px', minWidth: 0, textDecoration: isDone ? 'line-through' : undefined }}
      >
        <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>
          {task.key}
        </Typography.Text>
        <Typography.Text style={{ color: 'inherit' }}>{task.title}</Typography.Text>
      </Link>
      <StatusTag name={task.status.name} color={task.status.color} />
      {showAssignee && task.assignee ? (
        <Flex align="center" gap={4}>
          <UserAvatar
            size="small"
            name={task.assignee.name}
            initials={task.assignee.initials}
            color={task.assignee.avatarColor}
          />
          <Typography.Text type="secondary">{task.assignee.name}</Typography.Text>
        </Flex>
      ) : null}
      {task.dueDate ? <DueDateText dueDate={task.dueDate} today={today} isDone={isDone} /> : null}
    </Flex>
  );
}
