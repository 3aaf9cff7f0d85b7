import { useTranslation } from 'react-i18next';
import { TaskListView } from '@/features/tasks/components/TaskListView';
import { PageHeader } from '@/shared/ui/PageHeader';

/** `/tasks`: every task the user can see, across projects, with the same filters. */
export function TaskListPage() {
  const { t } = useTranslation('tasks');
  return (
    <>
      <PageHeader title={t('list.allTitle')} />
      <TaskListView project={null} />
    </>
  );
}
