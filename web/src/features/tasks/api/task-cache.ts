import type { Task, TaskDetail, TaskList } from '@meridian/contracts';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { taskKeys } from '@/features/tasks/api/task-queries';

/** Every task view (lists, boards, details, my work) reads from `['tasks', …]`. */
export function invalidateTaskViews(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: taskKeys.all });
}

/**
 * Applies a change to one task everywhere it is cached (list pages and the detail), so that inline
 * edits show at once; the refetch that follows brings the server's truth.
 */
export async function patchCachedTask(queryClient: QueryClient, id: string, patch: Partial<Task>): Promise<void> {
  await queryClient.cancelQueries({ queryKey: taskKeys.all });
  queryClient.setQueriesData<InfiniteData<TaskList>>({ queryKey: taskKeys.lists() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((task) => (task.id === id ? { ...task, ...patch } : task)),
          })),
        }
      : data,
  );
  queryClient.setQueryData<TaskDetail>(taskKeys.detail(id), (task) => (task ? { ...task, ...patch } : task));
}
