import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { TaskDetail } from '@meridian/contracts';
import { Button, Checkbox, Flex, Input, Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAddChecklistItem,
  useDeleteChecklistItem,
  useUpdateChecklistItem,
} from '@/features/tasks/api/task-detail-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** Checklist: add, tick, delete; progress above. */
export function ChecklistSection({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const [title, setTitle] = useState('');
  const add = useAddChecklistItem();
  const update = useUpdateChecklistItem();
  const remove = useDeleteChecklistItem();
  const showError = useApiErrorHandler();
  const canEdit = task.abilities.update;
  const done = task.checklist.filter((item) => item.isDone).length;
  const handleAdd = () => {
    const trimmed = title.trim();
    if (!trimmed) return;
    add.mutate({ taskId: task.id, title: trimmed }, { onSuccess: () => setTitle(''), onError: (e) => showError(e) });
  };
  return (
    <Flex vertical gap={8}>
      {task.checklist.length > 0 ? (
        <Progress
          percent={Math.round((done / task.checklist.length) * 100)}
          size="small"
          aria-label={t('detail.checklistProgress', { done, total: task.checklist.length })}
        />
      ) : null}
      {task.checklist.map((item) => (
        <Flex key={item.id} justify="space-between" align="center" gap={8}>
          <Checkbox
            checked={item.isDone}
            disabled={!canEdit}
            onChange={(event) =>
              update.mutate(
                { taskId: task.id, itemId: item.id, body: { isDone: event.target.checked } },
                { onError: (e) => showError(e) },
              )
            }
          >
            <span style={{ textDecoration: item.isDone ? 'line-through' : undefined }}>{item.title}</span>
          </Checkbox>
          {canEdit ? (
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('detail.deleteChecklistItem', { title: item.title })}
              onClick={() => remove.mutate({ taskId: task.id, itemId: item.id }, { onError: (e) => showError(e) })}
            />
          ) : null}
        </Flex>
      ))}
      {canEdit ? (
        <Flex gap={8}>
          <Input
            aria-label={t('detail.newChecklistItem')}
            placeholder={t('detail.newChecklistItem')}
            value={title}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
            onPressEnter={(event) => {
              if (!event.nativeEvent.isComposing) handleAdd();
            }}
          />
          <Button icon={<PlusOutlined />} onClick={handleAdd} loading={add.isPending}>
            {t('detail.add')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
