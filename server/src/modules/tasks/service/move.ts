import type { FieldError, MoveTaskBody, MoveTaskResult } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { keyBetween } from '#platform/ordering/fractional-index.ts';
import { requireTaskAccess } from '../access.ts';
import {
  type ColumnFilter,
  findTaskRecords,
  neighbourRank,
  type TaskInsert,
  type TaskRecord,
  updateTaskVersioned,
} from '../queries/writes.ts';
import type { TasksDeps } from './deps.ts';
import { createNextOccurrence } from './recurrence-next.ts';
import { presentTask, recordTaskChange, type TaskEvent } from './shared.ts';
import { snapshotOf } from './snapshot.ts';
import { recordUndo } from './undo.ts';
import { validateTaskRefs } from './validate.ts';

/** Whether a neighbour card sits in the target column. */
function inColumn(task: TaskRecord, column: ColumnFilter): boolean {
  if (task.projectId !== column.projectId || task.statusId !== column.statusId || task.deletedAt) return false;
  if (column.assigneeId !== undefined && task.assigneeId !== column.assigneeId) return false;
  if (column.priority !== undefined && task.priority !== column.priority) return false;
  return true;
}

/**
 * The new rank between the two neighbours. Neighbours whose ranks crossed (two people moved
 * cards at once) are not trusted: the card goes just below `afterId` instead.
 */
async function rankBetween(
  db: Tx,
  orgId: string,
  column: ColumnFilter,
  after: TaskRecord | null | undefined,
  before: TaskRecord | null | undefined,
  current: TaskRecord,
  sameColumn: boolean,
): Promise<string> {
  if (after === undefined && before === undefined) {
    if (sameColumn) return current.rank;
    return keyBetween(await neighbourRank(db, orgId, column, null, 'previous'), null);
  }
  if (after && before && after.rank < before.rank) return keyBetween(after.rank, before.rank);
  if (after) return keyBetween(after.rank, await neighbourRank(db, orgId, column, after.rank, 'next'));
  if (before) return keyBetween(await neighbourRank(db, orgId, column, before.rank, 'previous'), before.rank);
  // afterId: null, the top of the column.
  const first = await neighbourRank(db, orgId, column, null, 'next');
  return keyBetween(null, first);
}

/**
 * Moves a card: to another column (status, assignee or priority, as the board groups) and/or
 * between two neighbours. One row changes; the answer carries a ten-second undo.
 */
export async function moveTask(
  deps: TasksDeps,
  ctx: RequestContext,
  id: string,
  input: MoveTaskBody,
  version: number | undefined,
): Promise<MoveTaskResult> {
  return withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, id, 'editTasks');
    const neighbourIds = [input.afterId, input.beforeId].filter((x): x is string => typeof x === 'string');
    const records = await findTaskRecords(tx.db, ctx.orgId, [id, ...neighbourIds], true);
    const current = records.find((r) => r.id === id);
    if (!current) throw notFound('No such task');
    if (version !== undefined && version !== current.version) throw versionConflict(await presentTask(tx, id));
    const { statuses } = await validateTaskRefs(
      { db: tx.db, orgId: ctx.orgId, projectId: current.projectId, projectVisibility: access.visibility, taskId: id },
      { statusId: input.statusId, assigneeId: input.assigneeId },
    );
    const column: ColumnFilter = {
      projectId: current.projectId,
      statusId: input.statusId ?? current.statusId,
      exceptId: id,
      ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
      ...(input.priority !== undefined ? { priority: input.priority } : {}),
    };
    const errors: FieldError[] = [];
    const neighbour = (field: 'afterId' | 'beforeId') => {
      const value = input[field];
      if (value === undefined || value === null) return value;
      const record = records.find((r) => r.id === value);
      if (!record || value === id || !inColumn(record, column)) {
        errors.push(fieldError(field, 'invalid', 'Choose a card of the target column'));
        return undefined;
      }
      return record;
    };
    const after = neighbour('afterId');
    const before = neighbour('beforeId');
    if (errors.length) throw new AppError('validation_failed', { fields: errors });
    const sameColumn =
      column.statusId === current.statusId &&
      (input.assigneeId === undefined || input.assigneeId === current.assigneeId) &&
      (input.priority === undefined || input.priority === current.priority);
    const rank = await rankBetween(tx.db, ctx.orgId, column, after, before, current, sameColumn);
    const now = deps.clock.now();
    const patch: Partial<TaskInsert> = { rank };
    let completes = false;
    if (column.statusId !== current.statusId) {
      const status = statuses.find((s) => s.id === column.statusId)!;
      patch.statusId = status.id;
      patch.statusCategory = status.category;
      completes = status.category === 'done' && current.statusCategory !== 'done';
      if (completes) patch.completedAt = now;
      else if (status.category !== 'done') patch.completedAt = null;
    }
    if (input.assigneeId !== undefined) patch.assigneeId = input.assigneeId;
    if (input.priority !== undefined) patch.priority = input.priority;
    const updated = await updateTaskVersioned(tx.db, ctx.orgId, id, version, patch, now);
    if (!updated) throw versionConflict(await presentTask(tx, id));
    const events: TaskEvent[] = [
      { type: 'task.moved', payload: { taskId: id, projectId: current.projectId, statusId: updated.statusId, rank } },
    ];
    if (completes) {
      events.push({ type: 'task.completed', payload: { taskId: id, projectId: current.projectId, note: '' } });
      if (updated.recurrence && !updated.nextOccurrenceId) await createNextOccurrence(tx, updated, now);
    }
    if (updated.assigneeId && updated.assigneeId !== current.assigneeId && updated.assigneeId !== ctx.actor.userId) {
      events.push({
        type: 'task.assigned',
        payload: {
          taskId: id,
          projectId: current.projectId,
          assigneeId: updated.assigneeId,
          previousAssigneeId: current.assigneeId,
        },
      });
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, to] of Object.entries(patch)) {
      const from = current[field as keyof TaskRecord];
      const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
      if (JSON.stringify(norm(from)) !== JSON.stringify(norm(to))) changes[field] = { from: norm(from), to: norm(to) };
    }
    await recordTaskChange(
      tx,
      { id, projectId: current.projectId, label: `${task.key} ${current.title}` },
      { action: 'task.moved', changes },
      events,
      now,
    );
    const receipt = await recordUndo(tx, 'tasks.fields', { items: [snapshotOf(current)] }, now);
    return { ...(await presentTask(tx, id)), ...receipt };
  });
}
