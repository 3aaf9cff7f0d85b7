import { PlusOutlined } from '@ant-design/icons';
import type { TaskDetail } from '@meridian/contracts';
import { Button, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTask } from '@/features/tasks/api/task-mutations';
import { useTasks } from '@/features/tasks/api/task-queries';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** Subtasks: list with their status, and a one-line add. */
export function SubtasksSection({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const subtasks = useTasks({ parentId: task.id, limit: 200, projectId: task.projectId });
  const create = useCreateTask();
  const showError = useApiErrorHandler();
  const { openTask } = useTaskDrawer();
  const [title, setTitle] = useState('');
  const items = subtasks.data?.pages.flatMap((page) => page.items) ?? [];
  const handleAdd = () => {
    const trimmed = title.trim();
    if (!trimmed) return;
    create.mutate(
      { projectId: task.projectId, parentId: task.id, title: trimmed },
      { onSuccess: () => setTitle(''), onError: (e) => showError(e) },
    );
  };
  return (
    <Flex vertical gap={8}>
      <List
        size="small"
        loading={subtasks.isLoading}
        dataSource={items}
        locale={{ emptyText: t('detail.noSubtasks') }}
        renderItem={(item) => (
          <List.Item>
            <Typography.Link onClick={() => openTask(item.key)}>
              {item.key} · {item.title}
            </Typography.Link>
            <StatusTag name={item.status.name} color={item.status.color} />
          </List.Item>
        )}
      />
      {task.abilities.update ? (
        <Flex gap={8}>
          <Input
            aria-label={t('detail.newSubtask')}
            placeholder={t('detail.newSubtask')}
            value={title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
            onPressEnter={(event) => {
              if (!event.nativeEvent.isComposing) handleAdd();
            }}
          />
          <Button icon={<PlusOutlined />} onClick={handleAdd} loading={create.isPending}>
            {t('detail.add')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
