import type { BulkItemResult, BulkTaskPatch, BulkTasksBody, BulkTasksResult } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { canProject, canViewProject } from '#modules/projects/policy.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { accessFromRow } from '../policy.ts';
import {
  type AuditRow,
  type EventRow,
  insertTaskAudits,
  insertTaskEvents,
  type TaskFieldRow,
  updateTaskFields,
} from '../queries/batch.ts';
import { findSubtreeIds, setTasksDeleted } from '../queries/lifecycle.ts';
import { findTaskRows, type TaskRow } from '../queries/rows.ts';
import type { StatusRow } from '../queries/writes.ts';
import { findTaskRecords, projectAudience, type TaskInsert, type TaskRecord } from '../queries/writes.ts';
import type { TasksDeps } from './deps.ts';
import { labelOf } from './shared.ts';
import { SNAPSHOT_FIELDS, snapshotOf, type TaskSnapshot } from './snapshot.ts';
import { recordUndo } from './undo.ts';
import { validateTaskRefs } from './validate.ts';

type Audience = (projectId: string) => Promise<string[]>;

/** Audiences looked up once per project, however many tasks a command touches. */
export function audienceCache(db: Tx, orgId: string): Audience {
  const cache = new Map<string, Promise<string[]>>();
  return (projectId) => {
    let hit = cache.get(projectId);
    if (!hit) {
      hit = projectAudience(db, orgId, projectId).then((a) => a.userIds);
      cache.set(projectId, hit);
    }
    return hit;
  };
}

/** Checks the patch against each project once; answers the projects' statuses, or the error code for the project. */
async function validatePerProject(
  tx: RequestContext & { db: Tx },
  rows: TaskRow[],
  patch: BulkTaskPatch,
): Promise<Map<string, { statuses: StatusRow[] } | { code: string }>> {
  const result = new Map<string, { statuses: StatusRow[] } | { code: string }>();
  for (const row of rows) {
    if (result.has(row.projectId)) continue;
    try {
      const refs = await validateTaskRefs(
        { db: tx.db, orgId: tx.orgId, projectId: row.projectId, projectVisibility: row.visibility, taskId: null },
        {
          statusId: patch.statusId,
          assigneeId: patch.assigneeId,
          labelIds: [...(patch.addLabelIds ?? [])],
        },
      );
      result.set(row.projectId, refs);
    } catch (error) {
      result.set(row.projectId, { code: (error as { code?: string }).code ?? 'validation_failed' });
    }
  }
  return result;
}

function patchFor(task: TaskRecord, patch: BulkTaskPatch, statuses: StatusRow[], now: Date): Partial<TaskInsert> {
  const next: Partial<TaskInsert> = {};
  if (patch.statusId !== undefined && patch.statusId !== task.statusId) {
    const status = statuses.find((s) => s.id === patch.statusId)!;
    next.statusId = status.id;
    next.statusCategory = status.category;
    if (status.category === 'done' && task.statusCategory !== 'done') next.completedAt = now;
    else if (status.category !== 'done') next.completedAt = null;
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== task.assigneeId) next.assigneeId = patch.assigneeId;
  if (patch.priority !== undefined && patch.priority !== task.priority) next.priority = patch.priority;
  if (patch.dueDate !== undefined && patch.dueDate !== task.dueDate) next.dueDate = patch.dueDate;
  if (patch.addLabelIds?.length || patch.removeLabelIds?.length) {
    const labels = new Set(task.labelIds);
    for (const id of patch.addLabelIds ?? []) labels.add(id);
    for (const id of patch.removeLabelIds ?? []) labels.delete(id);
    const sorted = [...labels];
    if (sorted.length !== task.labelIds.length || sorted.some((id, i) => id !== task.labelIds[i]))
      next.labelIds = sorted;
  }
  return next;
}

/**
 * Updates or deletes many tasks in one transaction with a result per task: `not_found` for a
 * task the actor cannot see, `forbidden` where they cannot edit. One audit row per changed task,
 * and a ten-second undo of the whole batch.
 */
export async function bulkTasks(deps: TasksDeps, ctx: RequestContext, input: BulkTasksBody): Promise<BulkTasksResult> {
  return withTx(ctx, async (tx) => {
    const now = deps.clock.now();
    const rows = new Map((await findTaskRows(tx.db, ctx.orgId, ctx.actor.userId, input.ids)).map((r) => [r.id, r]));
    const results = new Map<string, BulkItemResult>();
    const editable: TaskRow[] = [];
    for (const id of input.ids) {
      const row = rows.get(id);
      const access = row ? accessFromRow(ctx.actor.role, row) : null;
      if (!row || row.deletedAt || !access || !canViewProject(access))
        results.set(id, { id, ok: false, code: 'not_found' });
      else if (!canProject(access, 'editTasks'))
        results.set(id, { id, ok: false, code: access.isArchived ? 'project_archived' : 'forbidden' });
      else editable.push(row);
    }
    const audience = audienceCache(tx.db, ctx.orgId);
    let changedIds: string[] = [];
    let undo: { undoId: string; expiresAt: string } | null = null;
    if (input.action === 'delete') {
      changedIds = await bulkDelete(tx, editable, now, audience);
      for (const row of editable) results.set(row.id, { id: row.id, ok: true, code: null });
      if (changedIds.length) undo = await recordUndo(tx, 'tasks.delete', { ids: changedIds }, now);
    } else {
      const patch = input.patch ?? {};
      const perProject = await validatePerProject(tx, editable, patch);
      const records = new Map(
        (
          await findTaskRecords(
            tx.db,
            ctx.orgId,
            editable.map((r) => r.id),
            true,
          )
        ).map((r) => [r.id, r]),
      );
      const snapshots: TaskSnapshot[] = [];
      const writes: TaskFieldRow[] = [];
      const audits: AuditRow[] = [];
      const events: EventRow[] = [];
      for (const row of editable) {
        const check = perProject.get(row.projectId)!;
        if ('code' in check) {
          results.set(row.id, { id: row.id, ok: false, code: check.code });
          continue;
        }
        const record = records.get(row.id)!;
        const next = patchFor(record, patch, check.statuses, now);
        results.set(row.id, { id: row.id, ok: true, code: null });
        if (Object.keys(next).length === 0) continue;
        const before = snapshotOf(record);
        snapshots.push(before);
        changedIds.push(row.id);
        writes.push({
          ...before,
          ...(next as Partial<TaskFieldRow>),
          completedAt: next.completedAt !== undefined ? (next.completedAt?.toISOString() ?? null) : before.completedAt,
        });
        await describeBulkChange(tx, row, record, next, audience, audits, events);
      }
      await updateTaskFields(tx.db, ctx.orgId, writes, now);
      await insertTaskAudits(tx.db, tx, audits, now);
      await insertTaskEvents(tx.db, tx, events);
      if (snapshots.length) undo = await recordUndo(tx, 'tasks.fields', { items: snapshots }, now);
    }
    if (changedIds.length) {
      const projectIds = [...new Set(editable.map((r) => r.projectId))];
      const userIds = [...new Set((await Promise.all(projectIds.map(audience))).flat())];
      await addOutboxEvent(tx.db, tx, {
        type: 'tasks.bulk_changed',
        payload: { projectIds, taskIds: changedIds },
        audience: { userIds },
      });
    }
    return {
      results: input.ids.map((id) => results.get(id)!),
      undoId: undo?.undoId ?? null,
      expiresAt: undo?.expiresAt ?? null,
    };
  });
}

/** The audit row and the events of one task of a bulk edit (written in one batch later). */
async function describeBulkChange(
  tx: RequestContext & { db: Tx },
  row: TaskRow,
  before: TaskRecord,
  next: Partial<TaskInsert>,
  audience: Audience,
  audits: AuditRow[],
  events: EventRow[],
): Promise<void> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));
  for (const field of SNAPSHOT_FIELDS) {
    if (field in next) changes[field] = { from: norm(before[field]), to: norm(next[field]) };
  }
  const completes = next.statusCategory === 'done' && before.statusCategory !== 'done';
  audits.push({
    action: completes ? 'task.completed' : 'task.updated',
    targetId: row.id,
    targetLabel: labelOf(row),
    changes: { ...changes, bulk: { from: null, to: true } },
  });
  const userIds = await audience(row.projectId);
  if (completes) {
    events.push({ type: 'task.completed', payload: { taskId: row.id, projectId: row.projectId, note: '' }, userIds });
  }
  if (next.assigneeId && next.assigneeId !== tx.actor.userId) {
    events.push({
      type: 'task.assigned',
      payload: {
        taskId: row.id,
        projectId: row.projectId,
        assigneeId: next.assigneeId,
        previousAssigneeId: before.assigneeId,
      },
      userIds,
    });
  }
}

async function bulkDelete(tx: RequestContext & { db: Tx }, rows: TaskRow[], now: Date, audience: Audience) {
  const ids = await findSubtreeIds(
    tx.db,
    tx.orgId,
    rows.map((r) => r.id),
  );
  const deleted = await setTasksDeleted(tx.db, tx.orgId, ids, now, tx.actor.userId, now);
  await insertTaskAudits(
    tx.db,
    tx,
    rows.map((row) => ({
      action: 'task.deleted',
      targetId: row.id,
      targetLabel: labelOf(row),
      changes: { deletedAt: { from: null, to: now.toISOString() }, bulk: { from: null, to: true } },
    })),
    now,
  );
  for (const row of rows) await audience(row.projectId);
  return deleted;
}
