import type { ChecklistItem } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateTaskViews } from '@/features/tasks/api/task-cache';
import { taskPaths } from '@/features/tasks/api/task-paths';
import type {
  Attachment,
  CreateDependencyBody,
  CreateTimeEntryBody,
  TimeEntry,
  UpdateChecklistItemBody,
} from '@/features/tasks/api/task-types';
import { api, apiUpload } from '@/shared/api/client';

/** Sub-resources of one task; each change refreshes every task view (counts show in lists). */
function useTaskSubMutation<Vars, Result>(fn: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => invalidateTaskViews(queryClient) });
}

export const useAddChecklistItem = () =>
  useTaskSubMutation(({ taskId, title }: { taskId: string; title: string }) =>
    api.post<ChecklistItem>(taskPaths.checklist(taskId), { title }),
  );

export const useUpdateChecklistItem = () =>
  useTaskSubMutation(({ taskId, itemId, body }: { taskId: string; itemId: string; body: UpdateChecklistItemBody }) =>
    api.patch<ChecklistItem>(taskPaths.checklistItem(taskId, itemId), body),
  );

export const useDeleteChecklistItem = () =>
  useTaskSubMutation(({ taskId, itemId }: { taskId: string; itemId: string }) =>
    api.delete(taskPaths.checklistItem(taskId, itemId)),
  );

/** Watch (userId omitted: the signed-in user) or add someone as a watcher. */
export const useWatchTask = () =>
  useTaskSubMutation(({ taskId, userId }: { taskId: string; userId: string }) =>
    api.put(taskPaths.watcher(taskId, userId)),
  );

export const useUnwatchTask = () =>
  useTaskSubMutation(({ taskId, userId }: { taskId: string; userId: string }) =>
    api.delete(taskPaths.watcher(taskId, userId)),
  );

export const useAddDependency = () =>
  useTaskSubMutation(({ taskId, body }: { taskId: string; body: CreateDependencyBody }) =>
    api.post(taskPaths.dependencies(taskId), body),
  );

export const useRemoveDependency = () =>
  useTaskSubMutation(({ taskId, dependencyId }: { taskId: string; dependencyId: string }) =>
    api.delete(taskPaths.dependency(taskId, dependencyId)),
  );

export const useLogTime = () =>
  useTaskSubMutation(({ taskId, body }: { taskId: string; body: CreateTimeEntryBody }) =>
    api.post<TimeEntry>(taskPaths.timeEntries(taskId), body),
  );

export const useDeleteTimeEntry = () =>
  useTaskSubMutation(({ taskId, entryId }: { taskId: string; entryId: string }) =>
    api.delete(taskPaths.timeEntry(taskId, entryId)),
  );

export const useUploadAttachment = () =>
  useTaskSubMutation(({ taskId, file }: { taskId: string; file: File }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiUpload<Attachment>(taskPaths.attachments(taskId), form);
  });

export const useDeleteAttachment = () =>
  useTaskSubMutation(({ taskId, attachmentId }: { taskId: string; attachmentId: string }) =>
    api.delete(taskPaths.attachment(taskId, attachmentId)),
  );
