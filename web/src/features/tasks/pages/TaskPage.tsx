import { Card, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useTaskByKey } from '@/features/tasks/api/task-queries';
import { TaskDetail } from '@/features/tasks/components/detail/TaskDetail';
import { ErrorResult } from '@/shared/ui/ErrorResult';

/** `/tasks/:taskKey`: the task on its own page, to share or to work on at length. */
export function TaskPage() {
  const { taskKey } = useParams();
  const navigate = useNavigate();
  const task = useTaskByKey(taskKey?.toUpperCase());
  if (task.isLoading) return <Skeleton active />;
  if (task.error || !task.data) return <ErrorResult error={task.error} />;
  return (
    <Card style={{ maxWidth: 960, margin: '0 auto' }}>
      <TaskDetail
        task={task.data}
        variant="page"
        onDeleted={() => navigate(`/projects/${task.data?.projectKey}/list`)}
      />
    </Card>
  );
}
