import type {
  BulkTasksBody,
  CreateTaskBody,
  MoveTaskBody,
  Task,
  TaskDetail,
  UndoReceipt,
  UpdateTaskBody,
} from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { invalidateTaskViews, patchCachedTask } from '@/features/tasks/api/task-cache';
import { taskPaths } from '@/features/tasks/api/task-paths';
import { taskKeys } from '@/features/tasks/api/task-queries';
import type { BulkTasksResult, SetTaskBlockedBody } from '@/features/tasks/api/task-types';
import { ApiError, api } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type UpdateTaskVars = {
  id: string;
  body: UpdateTaskBody;
  /** Shown in cached lists and the detail before the server answers (inline edits). */
  optimistic?: Partial<Task>;
};

/** A stale write (409) is explained and the task reloaded; other failures are shown as a message. */
function useTaskErrorHandler() {
  const { message } = App.useApp();
  const { t } = useTranslation('tasks');
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  return (error: unknown) => {
    invalidateTaskViews(queryClient);
    if (error instanceof ApiError && error.code === 'version_conflict') {
      void message.warning(t('errors.conflict'));
      return;
    }
    showError(error);
  };
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => api.post<TaskDetail>(taskPaths.list, body),
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  const handleError = useTaskErrorHandler();
  return useMutation({
    mutationFn: ({ id, body }: UpdateTaskVars) => api.patch<TaskDetail>(taskPaths.one(id), body),
    onMutate: async ({ id, optimistic }) => {
      if (optimistic) await patchCachedTask(queryClient, id, optimistic);
    },
    onSuccess: (task) => {
      queryClient.setQueryData(taskKeys.detail(task.id), task);
    },
    onError: handleError,
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

export function useMoveTask() {
  const queryClient = useQueryClient();
  const handleError = useTaskErrorHandler();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveTaskBody }) => api.post<Task>(taskPaths.move(id), body),
    onError: handleError,
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

export function useSetBlocked() {
  const queryClient = useQueryClient();
  const handleError = useTaskErrorHandler();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SetTaskBlockedBody }) =>
      api.post<TaskDetail>(taskPaths.blocked(id), body),
    onMutate: async ({ id, body }) =>
      patchCachedTask(queryClient, id, { isBlocked: body.isBlocked, blockedReason: body.reason ?? '' }),
    onError: handleError,
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

/** Deleting answers an undo receipt (the task goes to the trash). */
export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<UndoReceipt | undefined>(taskPaths.one(id)),
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

export function useBulkTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkTasksBody) => api.post<BulkTasksResult>(taskPaths.bulk, body),
    onSettled: () => invalidateTaskViews(queryClient),
  });
}

/** Takes back an undoable change (delete, archive, move, bulk edit) within its ten seconds. */
export function useUndo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (undoId: string) => api.post<unknown>(taskPaths.undo(undoId)),
    // An undo can touch projects as well as tasks.
    onSettled: () => void queryClient.invalidateQueries(),
  });
}

export {
  useAddChecklistItem,
  useDeleteChecklistItem,
  useUnwatchTask,
  useUpdateChecklistItem,
  useWatchTask,
} from '@/features/tasks/api/task-detail-mutations';
