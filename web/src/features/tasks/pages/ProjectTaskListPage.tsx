import { useCurrentProject } from '@/features/projects/hooks/use-current-project';
import { TaskListView } from '@/features/tasks/components/TaskListView';

/** `/projects/:projectKey/list`: the project's tasks as a table (inside the project layout). */
export function ProjectTaskListPage() {
  const project = useCurrentProject();
  return <TaskListView project={project} />;
}
