import type { TaskInsert, TaskRecord } from '../queries/writes.ts';

/** The fields a bulk edit or a move changes, as they were: what their undo puts back. */
export type TaskSnapshot = {
  id: string;
  statusId: string;
  statusCategory: string;
  completedAt: string | null;
  assigneeId: string | null;
  priority: string;
  dueDate: string | null;
  labelIds: string[];
  rank: string;
};

export function snapshotOf(task: TaskRecord): TaskSnapshot {
  return {
    id: task.id,
    statusId: task.statusId,
    statusCategory: task.statusCategory,
    completedAt: task.completedAt ? task.completedAt.toISOString() : null,
    assigneeId: task.assigneeId,
    priority: task.priority,
    dueDate: task.dueDate,
    labelIds: task.labelIds,
    rank: task.rank,
  };
}

export function patchFromSnapshot(snapshot: TaskSnapshot): Partial<TaskInsert> {
  return {
    statusId: snapshot.statusId,
    statusCategory: snapshot.statusCategory,
    completedAt: snapshot.completedAt ? new Date(snapshot.completedAt) : null,
    assigneeId: snapshot.assigneeId,
    priority: snapshot.priority,
    dueDate: snapshot.dueDate,
    labelIds: snapshot.labelIds,
    rank: snapshot.rank,
  };
}

export const SNAPSHOT_FIELDS = [
  'statusId',
  'statusCategory',
  'completedAt',
  'assigneeId',
  'priority',
  'dueDate',
  'labelIds',
  'rank',
] as const;
