import { DeleteOutlined } from '@ant-design/icons';
import type { BulkTasksBody, Task, TaskStatus } from '@meridian/contracts';
import { App, Button, DatePicker, Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBulkTasks } from '@/features/tasks/api/task-mutations';
import { AssigneeSelect, LabelSelect, PrioritySelect, StatusSelect } from '@/features/tasks/components/task-fields';
import { useUndoToast } from '@/features/tasks/hooks/use-undo-toast';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type BulkActionBarProps = {
  projectId: string | undefined;
  statuses: TaskStatus[];
  selected: Task[];
  onDone: () => void;
};

type Patch = NonNullable<BulkTasksBody['patch']>;

/** "已选择 3 项": change status, assignee, priority, due date or labels, or delete; failures per item; undo. */
export function BulkActionBar({ projectId, statuses, selected, onDone }: BulkActionBarProps) {
  const { t } = useTranslation('tasks');
  const { token } = theme.useToken();
  const { modal, notification } = App.useApp();
  const bulk = useBulkTasks();
  const showUndo = useUndoToast();
  const showError = useApiErrorHandler();
  if (selected.length === 0) return null;

  const run = (body: Omit<BulkTasksBody, 'ids'>, doneText: (count: number) => string) => {
    bulk.mutate(
      { ...body, ids: selected.map((task) => task.id) },
      {
        onSuccess: (result) => {
          const failed = result.results.filter((item) => !item.ok);
          const okCount = result.results.length - failed.length;
          if (failed.length > 0) {
            const keyOf = (id: string) => selected.find((task) => task.id === id)?.key ?? id;
            notification.warning({
              title: t('bulk.partial', { ok: okCount, failed: failed.length }),
              description: failed
                .map(
                  (item) =>
                    `${keyOf(item.id)}: ${t(`errors:${item.code ?? 'unknown'}`, { defaultValue: item.code ?? '' })}`,
                )
                .join('\n'),
              duration: 8,
            });
          }
          if (okCount > 0) showUndo({ text: doneText(okCount), undoId: result.undoId });
          onDone();
        },
        onError: (error) => showError(error),
      },
    );
  };
  const update = (patch: Patch) => run({ action: 'update', patch }, (count) => t('bulk.updated', { count }));
  const handleDelete = () =>
    modal.confirm({
      title: t('bulk.deleteTitle', { count: selected.length }),
      content: t('bulk.deleteHint'),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      onOk: () => run({ action: 'delete' }, (count) => t('bulk.deleted', { count })),
    });

  return (
    <Flex
      gap={8}
      wrap
      align="center"
      role="toolbar"
      aria-label={t('bulk.toolbar')}
      style={{ padding: '8px 12px', background: token.colorPrimaryBg, borderRadius: token.borderRadius }}
    >
      <Typography.Text strong aria-live="polite">
        {t('bulk.selected', { count: selected.length })}
      </Typography.Text>
      {statuses.length > 0 ? (
        <StatusSelect
          aria-label={t('bulk.setStatus')}
          placeholder={t('bulk.setStatus')}
          size="small"
          statuses={statuses}
          value={undefined}
          onChange={(status) => update({ statusId: status.id })}
        />
      ) : null}
      <AssigneeSelect
        aria-label={t('bulk.setAssignee')}
        placeholder={t('bulk.setAssignee')}
        allowUnassigned
        size="small"
        projectId={projectId}
        value={undefined}
        onChange={(assigneeId) => update({ assigneeId })}
      />
      <PrioritySelect
        aria-label={t('bulk.setPriority')}
        placeholder={t('bulk.setPriority')}
        size="small"
        value={undefined}
        onChange={(priority) => update({ priority })}
      />
      <DatePicker
        aria-label={t('bulk.setDueDate')}
        placeholder={t('bulk.setDueDate')}
        size="small"
        onChange={(value) => update({ dueDate: value ? value.format('YYYY-MM-DD') : null })}
      />
      <LabelSelect
        aria-label={t('bulk.addLabels')}
        placeholder={t('bulk.addLabels')}
        size="small"
        projectId={projectId}
        value={[]}
        onChange={(addLabelIds) => addLabelIds.length > 0 && update({ addLabelIds })}
      />
      <Button size="small" danger icon={<DeleteOutlined />} onClick={handleDelete} loading={bulk.isPending}>
        {t('common:actions.delete')}
      </Button>
      <Button size="small" type="text" onClick={onDone}>
        {t('bulk.clearSelection')}
      </Button>
    </Flex>
  );
}
