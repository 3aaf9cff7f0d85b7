import type { ListTasksQuery, Task } from '@meridian/contracts';
import { useEffect } from 'react';
import { useTasks } from '@/features/tasks/api/task-queries';

/**
 * Every task due in a date range: the task list read 200 at a time, following `nextCursor` until
 * the last page, so that a busy month shows complete. Cached with the task lists (`['tasks', 'list', …]`),
 * so edits, moves and realtime events refresh it.
 */
export function useTasksDueBetween(scope: Pick<ListTasksQuery, 'projectId' | 'assigneeId'>, from: string, to: string) {
  const query = useTasks({ ...scope, dueFrom: from, dueTo: to, limit: 200, sort: 'dueDate' });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const tasks: Task[] = query.data ? query.data.pages.flatMap((page) => page.items) : [];
  return { ...query, tasks, isComplete: !hasNextPage };
}
