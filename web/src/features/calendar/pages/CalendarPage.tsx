import { CalendarView } from '@/features/calendar/components/CalendarView';
import { useCurrentProject } from '@/features/projects/hooks/use-current-project';
import { SavedViewsMenu } from '@/features/views/components/SavedViewsMenu';

/** `/projects/:projectKey/calendar`: the project's tasks by due date (inside the project layout). */
export function CalendarPage() {
  const project = useCurrentProject();
  return (
    <CalendarView scope={{ projectId: project.id }} extra={<SavedViewsMenu projectId={project.id} kind="calendar" />} />
  );
}
