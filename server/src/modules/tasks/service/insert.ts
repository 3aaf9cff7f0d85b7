import type { Tx } from '#db/client.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { keyBetween } from '#platform/ordering/fractional-index.ts';
import {
  addWatchers,
  findProjectKey,
  insertTask,
  lastRankInColumn,
  type StatusRow,
  type TaskInsert,
  takeTaskNumber,
} from '../queries/writes.ts';
import { taskSearchTerms } from './shared.ts';

/** A new task's fields before it has a number, a rank and search terms. */
export type NewTask = Omit<TaskInsert, 'id' | 'number' | 'rank' | 'searchTerms' | 'statusCategory' | 'statusId'> & {
  statusId?: string;
};

/** The project's first "to do" status by position (or its first status at all). */
export function defaultStatus(statuses: StatusRow[]): StatusRow | null {
  return statuses.find((s) => s.category === 'todo') ?? statuses[0] ?? null;
}

/**
 * Inserts a task: number from the project's counter (row lock, same transaction), rank at the
 * bottom of its column, search terms, and its watchers. Answers the id and key.
 */
export async function insertNewTask(
  db: Tx,
  statuses: StatusRow[],
  input: NewTask,
  watcherIds: string[],
  now: Date,
  id: string = newId(),
): Promise<{ id: string; key: string; statusCategory: string }> {
  const status = input.statusId ? statuses.find((s) => s.id === input.statusId) : defaultStatus(statuses);
  if (!status) {
    throw new AppError('validation_failed', {
      fields: [fieldError('statusId', 'invalid', 'This project has no status to put the task in')],
    });
  }
  const number = await takeTaskNumber(db, input.orgId, input.projectId);
  const projectKey = await findProjectKey(db, input.orgId, input.projectId);
  if (number === null || projectKey === null) throw new AppError('not_found', { detail: 'No such project' });
  const key = `${projectKey}-${number}`;
  const last = await lastRankInColumn(db, input.orgId, input.projectId, status.id);
  await insertTask(db, {
    ...input,
    id,
    number,
    statusId: status.id,
    statusCategory: status.category,
    completedAt: status.category === 'done' ? now : null,
    rank: keyBetween(last, null),
    searchTerms: taskSearchTerms(key, input.title, input.description ?? ''),
    createdAt: now,
    updatedAt: now,
  });
  await addWatchers(db, input.orgId, id, [...new Set(watcherIds)], now);
  return { id, key, statusCategory: status.category };
}
