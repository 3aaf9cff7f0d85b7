import { DeleteOutlined, ExpandOutlined, EyeInvisibleOutlined, EyeOutlined, StopOutlined } from '@ant-design/icons';
import type { TaskDetail } from '@meridian/contracts';
import { Alert, App, Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnwatchTask, useWatchTask } from '@/features/tasks/api/task-detail-mutations';
import { useDeleteTask, useSetBlocked, useUpdateTask } from '@/features/tasks/api/task-mutations';
import { BlockedModal } from '@/features/tasks/components/detail/BlockedModal';
import { useUndoToast } from '@/features/tasks/hooks/use-undo-toast';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSession } from '@/shared/session/session-context';

export type TaskDetailHeaderProps = {
  task: TaskDetail;
  isEditingTitle: boolean;
  onEditingTitleChange: (editing: boolean) => void;
  /** In the drawer: a link to the full page. */
  showOpenPage: boolean;
  onDeleted: () => void;
};

/** Key, editable title, watch, blocked flag, delete (with undo) and the link to the full page. */
export function TaskDetailHeader({
  task,
  isEditingTitle,
  onEditingTitleChange,
  showOpenPage,
  onDeleted,
}: TaskDetailHeaderProps) {
  const { t } = useTranslation('tasks');
  const { modal } = App.useApp();
  const me = useSession().user;
  const update = useUpdateTask();
  const setBlocked = useSetBlocked();
  const watch = useWatchTask();
  const unwatch = useUnwatchTask();
  const remove = useDeleteTask();
  const showUndo = useUndoToast();
  const showError = useApiErrorHandler();
  const [isBlockOpen, setIsBlockOpen] = useState(false);
  const canEdit = task.abilities.update;

  const handleDelete = () =>
    modal.confirm({
      title: t('detail.deleteTitle', { key: task.key }),
      content: t('bulk.deleteHint'),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      onOk: () =>
        remove.mutate(task.id, {
          onSuccess: (receipt) => {
            showUndo({ text: t('detail.deleted', { key: task.key }), undoId: receipt?.undoId });
            onDeleted();
          },
          onError: (error) => showError(error),
        }),
    });
  const toggleWatch = () =>
    (task.isWatching ? unwatch : watch).mutate({ taskId: task.id, userId: me.id }, { onError: (e) => showError(e) });

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary" copyable={{ text: task.key }}>
          {task.projectKey} / {task.key}
        </Typography.Text>
        <Flex gap={4}>
          <Tooltip title={t(task.isWatching ? 'detail.unwatch' : 'detail.watch')}>
            <Button
              type="text"
              icon={task.isWatching ? <EyeInvisibleOutlined /> : <EyeOutlined />}
              aria-label={t(task.isWatching ? 'detail.unwatch' : 'detail.watch')}
              aria-pressed={task.isWatching}
              onClick={toggleWatch}
            >
              {task.watchers.length}
            </Button>
          </Tooltip>
          {canEdit ? (
            <Tooltip title={t(task.isBlocked ? 'blocked.unblock' : 'blocked.title')}>
              <Button
                type="text"
                danger={task.isBlocked}
                icon={<StopOutlined />}
                aria-label={t(task.isBlocked ? 'blocked.unblock' : 'blocked.title')}
                aria-pressed={task.isBlocked}
                onClick={() =>
                  task.isBlocked
                    ? setBlocked.mutate({ id: task.id, body: { isBlocked: false, version: task.version } })
                    : setIsBlockOpen(true)
                }
              />
            </Tooltip>
          ) : null}
          {showOpenPage ? (
            <Tooltip title={t('detail.openPage')}>
              <Link to={`/tasks/${task.key}`} aria-label={t('detail.openPage')}>
                <Button type="text" icon={<ExpandOutlined />} tabIndex={-1} aria-hidden />
              </Link>
            </Tooltip>
          ) : null}
          {task.abilities.delete ? (
            <Tooltip title={t('common:actions.delete')}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('common:actions.delete')}
                onClick={handleDelete}
              />
            </Tooltip>
          ) : null}
        </Flex>
      </Flex>
      <Typography.Title
        level={4}
        style={{ margin: 0 }}
        editable={
          canEdit
            ? {
                editing: isEditingTitle,
                onStart: () => onEditingTitleChange(true),
                onCancel: () => onEditingTitleChange(false),
                tooltip: t('list.editTitle'),
                maxLength: 500,
                onChange: (title) => {
                  onEditingTitleChange(false);
                  const trimmed = title.trim();
                  if (trimmed && trimmed !== task.title)
                    update.mutate({
                      id: task.id,
                      body: { title: trimmed, version: task.version },
                      optimistic: { title: trimmed },
                    });
                },
              }
            : false
        }
      >
        {task.title}
      </Typography.Title>
      {task.parent ? (
        <Typography.Text type="secondary">
          {t('detail.parent')}:{' '}
          <Link to={`/tasks/${task.parent.key}`}>
            {task.parent.key} · {task.parent.title}
          </Link>
        </Typography.Text>
      ) : null}
      {task.isBlocked ? (
        <Alert type="error" showIcon title={t('blocked.banner')} description={task.blockedReason || undefined} />
      ) : null}
      <BlockedModal
        isOpen={isBlockOpen}
        onCancel={() => setIsBlockOpen(false)}
        onConfirm={(reason) => {
          setIsBlockOpen(false);
          setBlocked.mutate({ id: task.id, body: { isBlocked: true, reason, version: task.version } });
        }}
      />
    </Flex>
  );
}
