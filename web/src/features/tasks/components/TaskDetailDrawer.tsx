import { Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTaskByKey } from '@/features/tasks/api/task-queries';
import { TaskDetail } from '@/features/tasks/components/detail/TaskDetail';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { ErrorResult } from '@/shared/ui/ErrorResult';

/** The right-hand task drawer, open whenever the URL has `?task=KEY` (any list, board or calendar). */
export function TaskDetailDrawer() {
  const { t } = useTranslation('tasks');
  const isMobile = useIsMobile();
  const { openKey, isEditRequested, closeTask } = useTaskDrawer();
  const task = useTaskByKey(openKey ?? undefined);
  return (
    <Drawer
      open={Boolean(openKey)}
      onClose={closeTask}
      size={isMobile ? '100%' : 720}
      title={openKey ?? ''}
      closable={{ 'aria-label': t('detail.close') }}
      destroyOnHidden
    >
      {task.isLoading ? <Skeleton active /> : null}
      {task.error ? <ErrorResult error={task.error} /> : null}
      {task.data ? (
        <TaskDetail
          key={task.data.id}
          task={task.data}
          variant="drawer"
          startEditing={isEditRequested}
          onDeleted={closeTask}
        />
      ) : null}
    </Drawer>
  );
}
