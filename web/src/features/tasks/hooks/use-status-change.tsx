import type { Task, TaskStatus } from '@meridian/contracts';
import { useState } from 'react';
import { useUpdateTask } from '@/features/tasks/api/task-mutations';
import { CompletionNoteModal } from '@/features/tasks/components/CompletionNoteModal';

type StatusLike = Pick<TaskStatus, 'id' | 'name' | 'category' | 'color'>;
type TaskLike = Pick<Task, 'id' | 'title' | 'version' | 'status'>;

/**
 * Changes a task's status at once, except when it finishes the task: then a small dialog asks for
 * an optional completion note first. Render `completionModal` next to the trigger.
 */
export function useStatusChange() {
  const update = useUpdateTask();
  const [pending, setPending] = useState<{ task: TaskLike; status: StatusLike } | null>(null);

  const save = (task: TaskLike, status: StatusLike, completionNote?: string) => {
    update.mutate({
      id: task.id,
      body: { statusId: status.id, version: task.version, ...(completionNote ? { completionNote } : {}) },
      optimistic: { status: { id: status.id, name: status.name, category: status.category, color: status.color } },
    });
  };

  const changeStatus = (task: TaskLike, status: StatusLike) => {
    if (status.id === task.status.id) return;
    if (status.category === 'done' && task.status.category !== 'done') {
      setPending({ task, status });
      return;
    }
    save(task, status);
  };

  const completionModal = (
    <CompletionNoteModal
      taskTitle={pending?.task.title ?? null}
      onCancel={() => setPending(null)}
      onConfirm={(note) => {
        if (pending) save(pending.task, pending.status, note);
        setPending(null);
      }}
    />
  );
  return { changeStatus, completionModal, isSaving: update.isPending };
}
