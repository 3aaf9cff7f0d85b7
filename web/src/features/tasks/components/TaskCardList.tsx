import type { Task } from '@meridian/contracts';
import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PriorityTag } from '@/features/tasks/components/PriorityTag';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type TaskCardListProps = {
  tasks: Task[];
  activeId: string | null;
  onOpen: (task: Task) => void;
  empty: ReactNode;
};

/** Under 768 px the table becomes cards: key, title, status, priority, assignee and due date. */
export function TaskCardList({ tasks, activeId, onOpen, empty }: TaskCardListProps) {
  const { t } = useTranslation('tasks');
  const { token } = theme.useToken();
  if (tasks.length === 0) return <>{empty}</>;
  return (
    <Flex vertical gap={8} role="list">
      {tasks.map((task) => (
        <Card
          key={task.id}
          size="small"
          role="listitem"
          hoverable
          onClick={() => onOpen(task)}
          style={task.id === activeId ? { borderColor: token.colorPrimary } : undefined}
        >
          <Flex vertical gap={6}>
            <Typography.Link
              onClick={(event) => {
                event.stopPropagation();
                onOpen(task);
              }}
              style={{ minHeight: 24 }}
            >
              {task.key} · {task.title}
            </Typography.Link>
            <Flex gap={8} wrap align="center">
              <StatusTag name={task.status.name} color={task.status.color} />
              <PriorityTag priority={task.priority} />
              {task.assignee ? (
                <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
                  <UserAvatar
                    name={task.assignee.name}
                    initials={task.assignee.initials}
                    color={task.assignee.avatarColor}
                    size={20}
                  />
                  {task.assignee.name}
                </span>
              ) : null}
              {task.dueDate ? (
                <Typography.Text type="secondary">{t('list.due', { date: task.dueDate })}</Typography.Text>
              ) : null}
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
