import type { Board, ListTasksQuery, MyWork, TaskDetail, TaskList } from '@meridian/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { taskPaths } from '@/features/tasks/api/task-paths';
import type { AttachmentList, DependencyList, TimeEntryList } from '@/features/tasks/api/task-types';
import { api, type QueryParams } from '@/shared/api/client';

export type BoardGroupBy = Board['groupBy'];
/** Board filters as the API reads them (`BoardQuerySchema` without `groupBy`). */
export type BoardFilters = { assigneeId?: string; priority?: string; labelId?: string; q?: string };

/** Every cached task view starts with `['tasks']`, so one invalidation refreshes lists, boards and details. */
export const taskKeys = {
  all: ['tasks'] as const,
  lists: (filters?: ListTasksQuery) =>
    filters === undefined ? ([...taskKeys.all, 'list'] as const) : ([...taskKeys.all, 'list', filters] as const),
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (id: string) => [...taskKeys.all, 'detail', id] as const,
  byKey: (key: string) => [...taskKeys.all, 'by-key', key] as const,
  boards: () => [...taskKeys.all, 'board'] as const,
  board: (projectId: string, groupBy: BoardGroupBy, filters: BoardFilters = {}) =>
    [...taskKeys.all, 'board', projectId, groupBy, filters] as const,
  myWork: () => [...taskKeys.all, 'my-work'] as const,
  dependencies: (id: string) => [...taskKeys.all, 'dependencies', id] as const,
  timeEntries: (id: string) => [...taskKeys.all, 'time-entries', id] as const,
  attachments: (id: string) => [...taskKeys.all, 'attachments', id] as const,
};

/** A page of tasks; `total` of the first page counts every match. */
export function useTasks(query: ListTasksQuery, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: taskKeys.lists(query),
    queryFn: ({ pageParam, signal }) =>
      api.get<TaskList>(taskPaths.list, { ...(query as QueryParams), cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<TaskDetail>(taskPaths.one(id as string), undefined, signal),
    enabled: Boolean(id),
  });
}

export function useTaskByKey(key: string | undefined) {
  return useQuery({
    queryKey: taskKeys.byKey(key ?? ''),
    queryFn: ({ signal }) => api.get<TaskDetail>(taskPaths.byKey(key as string), undefined, signal),
    enabled: Boolean(key),
  });
}

export function useBoard(projectId: string | undefined, groupBy: BoardGroupBy = 'status', filters: BoardFilters = {}) {
  return useQuery({
    queryKey: taskKeys.board(projectId ?? '', groupBy, filters),
    queryFn: ({ signal }) => api.get<Board>(taskPaths.board(projectId as string), { groupBy, ...filters }, signal),
    enabled: Boolean(projectId),
  });
}

export function useMyWork() {
  return useQuery({
    queryKey: taskKeys.myWork(),
    queryFn: ({ signal }) => api.get<MyWork>(taskPaths.myWork, undefined, signal),
  });
}

export function useTaskDependencies(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.dependencies(id ?? ''),
    queryFn: ({ signal }) => api.get<DependencyList>(taskPaths.dependencies(id as string), undefined, signal),
    enabled: Boolean(id),
  });
}

export function useTimeEntries(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.timeEntries(id ?? ''),
    queryFn: ({ signal }) => api.get<TimeEntryList>(taskPaths.timeEntries(id as string), { limit: 200 }, signal),
    enabled: Boolean(id),
  });
}

export function useAttachments(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.attachments(id ?? ''),
    queryFn: ({ signal }) => api.get<AttachmentList>(taskPaths.attachments(id as string), undefined, signal),
    enabled: Boolean(id),
  });
}
