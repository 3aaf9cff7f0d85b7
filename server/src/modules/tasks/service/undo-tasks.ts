import { canProject } from '#modules/projects/policy.ts';
import { accessFromRow } from '../policy.ts';
import {
  type AuditRow,
  type EventRow,
  insertTaskAudits,
  insertTaskEvents,
  updateTaskFields,
} from '../queries/batch.ts';
import { setTasksDeleted } from '../queries/lifecycle.ts';
import { findTaskRows } from '../queries/rows.ts';
import { audienceCache } from './bulk.ts';
import { labelOf } from './shared.ts';
import type { TaskSnapshot } from './snapshot.ts';
import { registerUndoHandler, type UndoHandler } from './undo.ts';

/** Puts back the fields a bulk edit or a move changed, on the tasks the actor may still edit (three statements). */
const undoFields: UndoHandler = async (ctx, payload, now) => {
  const items = (payload as { items: TaskSnapshot[] }).items;
  const rows = new Map(
    (
      await findTaskRows(
        ctx.db,
        ctx.orgId,
        ctx.actor.userId,
        items.map((i) => i.id),
      )
    ).map((r) => [r.id, r]),
  );
  const audience = audienceCache(ctx.db, ctx.orgId);
  const restore = items.filter((item) => {
    const row = rows.get(item.id);
    return row && !row.deletedAt && canProject(accessFromRow(ctx.actor.role, row), 'editTasks');
  });
  await updateTaskFields(ctx.db, ctx.orgId, restore, now);
  const audits: AuditRow[] = [];
  const events: EventRow[] = [];
  for (const item of restore) {
    const row = rows.get(item.id)!;
    audits.push({
      action: 'task.updated',
      targetId: item.id,
      targetLabel: labelOf(row),
      changes: {
        undo: { from: null, to: true },
        statusId: { from: row.statusId, to: item.statusId },
        priority: { from: row.priority, to: item.priority },
        assigneeId: { from: row.assigneeId, to: item.assigneeId },
      },
    });
    events.push({
      type: 'task.moved',
      payload: { taskId: item.id, projectId: row.projectId, statusId: item.statusId, rank: item.rank },
      userIds: await audience(row.projectId),
    });
  }
  await insertTaskAudits(ctx.db, ctx, audits, now);
  await insertTaskEvents(ctx.db, ctx, events);
  return restore.map((i) => i.id);
};

/** Brings deleted tasks back from the trash. */
const undoDelete: UndoHandler = async (ctx, payload, now) => {
  const ids = (payload as { ids: string[] }).ids;
  const rows = await findTaskRows(ctx.db, ctx.orgId, ctx.actor.userId, ids);
  const allowed = rows.filter((r) => canProject(accessFromRow(ctx.actor.role, r), 'editTasks')).map((r) => r.id);
  const restored = new Set(await setTasksDeleted(ctx.db, ctx.orgId, allowed, null, null, now));
  const audience = audienceCache(ctx.db, ctx.orgId);
  const audits: AuditRow[] = [];
  const events: EventRow[] = [];
  for (const row of rows.filter((r) => restored.has(r.id))) {
    audits.push({
      action: 'task.restored',
      targetId: row.id,
      targetLabel: labelOf(row),
      changes: { deletedAt: { from: row.deletedAt?.toISOString() ?? null, to: null }, undo: { from: null, to: true } },
    });
    events.push({
      type: 'task.restored',
      payload: { taskId: row.id, projectId: row.projectId },
      userIds: await audience(row.projectId),
    });
  }
  await insertTaskAudits(ctx.db, ctx, audits, now);
  await insertTaskEvents(ctx.db, ctx, events);
  return [...restored];
};

export function registerTaskUndoHandlers(): void {
  registerUndoHandler('tasks.fields', undoFields);
  registerUndoHandler('tasks.delete', undoDelete);
}
