import type { SetTaskBlockedBody, Task, UndoReceipt } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { requireTaskAccess } from '../access.ts';
import { findDeletedSubtreeIds, findSubtreeIds, setTasksDeleted } from '../queries/lifecycle.ts';
import { findTaskRow } from '../queries/rows.ts';
import { findTaskRecord, projectAudience, updateTaskVersioned } from '../queries/writes.ts';
import type { TasksDeps } from './deps.ts';
import { labelOf, presentTask, recordTaskChange } from './shared.ts';
import { recordUndo } from './undo.ts';

/** Takes a task and its subtasks to the trash; the receipt undoes it within ten seconds. */
export async function deleteTask(deps: TasksDeps, ctx: RequestContext, id: string): Promise<UndoReceipt> {
  return withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, id, 'editTasks');
    const now = deps.clock.now();
    const ids = await findSubtreeIds(tx.db, ctx.orgId, [id]);
    const deleted = await setTasksDeleted(tx.db, ctx.orgId, ids, now, ctx.actor.userId, now);
    await emitTrashChange(
      tx,
      { id, projectId: task.projectId, label: `${task.key} ${task.title}` },
      deleted,
      'deleted',
      now,
    );
    return recordUndo(tx, 'tasks.delete', { ids: deleted }, now);
  });
}

/** Brings a task (and the subtasks deleted with it) back from the trash. */
export async function restoreTask(deps: TasksDeps, ctx: RequestContext, id: string): Promise<Task> {
  return withTx(ctx, async (tx) => {
    const row = await findTaskRow(tx.db, ctx.orgId, ctx.actor.userId, id);
    if (!row) throw notFound('No such task');
    try {
      await requireProjectAccess(tx, row.projectId, 'editTasks');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'not_found') throw notFound('No such task');
      throw error;
    }
    if (!row.deletedAt) return presentTask(tx, id);
    const now = deps.clock.now();
    const ids = await findDeletedSubtreeIds(tx.db, ctx.orgId, id, row.deletedAt);
    const restored = await setTasksDeleted(tx.db, ctx.orgId, ids, null, null, now);
    await emitTrashChange(tx, { id, projectId: row.projectId, label: labelOf(row) }, restored, 'restored', now);
    return presentTask(tx, id);
  });
}

/** Audit of the root task (naming the subtasks) and one event per task, so boards drop or show each card. */
export async function emitTrashChange(
  ctx: RequestContext & { db: Tx },
  root: { id: string; projectId: string; label: string },
  ids: string[],
  verb: 'deleted' | 'restored',
  now: Date,
): Promise<void> {
  const { userIds } = await projectAudience(ctx.db, ctx.orgId, root.projectId);
  const changes = {
    deletedAt: verb === 'deleted' ? { from: null, to: now.toISOString() } : { from: 'trash', to: null },
    ...(ids.length > 1 ? { subtaskIds: { from: null, to: ids.filter((x) => x !== root.id) } } : {}),
  };
  const events = ids.map((taskId) => ({ type: `task.${verb}`, payload: { taskId, projectId: root.projectId } }));
  await recordTaskChange(ctx, root, { action: `task.${verb}`, changes }, events, now, userIds);
}

/**
 * Flags a task as blocked with a reason (the project lead hears of it at once through
 * `task.blocked`), or clears the flag.
 */
export async function setTaskBlocked(
  deps: TasksDeps,
  ctx: RequestContext,
  id: string,
  input: SetTaskBlockedBody,
  version: number | undefined,
): Promise<Task> {
  return withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, id, 'editTasks');
    const before = await findTaskRecord(tx.db, ctx.orgId, id, true);
    if (!before) throw notFound('No such task');
    if (version !== undefined && version !== before.version) throw versionConflict(await presentTask(tx, id));
    const reason = input.isBlocked ? (input.reason ?? '').trim() : '';
    if (before.isBlocked === input.isBlocked && before.blockedReason === reason) return presentTask(tx, id);
    const now = deps.clock.now();
    await updateTaskVersioned(
      tx.db,
      ctx.orgId,
      id,
      version,
      { isBlocked: input.isBlocked, blockedReason: reason },
      now,
    );
    const verb = input.isBlocked ? 'blocked' : 'unblocked';
    const payload = input.isBlocked
      ? { taskId: id, projectId: task.projectId, reason }
      : { taskId: id, projectId: task.projectId };
    await recordTaskChange(
      tx,
      { id, projectId: task.projectId, label: `${task.key} ${task.title}` },
      {
        action: `task.${verb}`,
        changes: {
          isBlocked: { from: before.isBlocked, to: input.isBlocked },
          blockedReason: { from: before.blockedReason, to: reason },
        },
      },
      [{ type: `task.${verb}`, payload }],
      now,
    );
    return presentTask(tx, id);
  });
}
