import type { Recurrence } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { claimNextOccurrence, findWatcherIds } from '../queries/lifecycle.ts';
import { findStatuses, projectAudience, type TaskRecord } from '../queries/writes.ts';
import { addDays, daysBetween, nextOccurrenceDay } from '../recurrence.ts';
import { insertNewTask } from './insert.ts';

/**
 * Creates the occurrence after `task` once (the `next_occurrence_id` claim makes a second call a
 * no-op): the next due day by its rule, the start date shifted alike, the same people and
 * fields, in the project's first "to do" status. Answers the new id, or null when the rule ended.
 */
export async function createNextOccurrence(
  ctx: AnyContext & { db: Tx },
  task: TaskRecord,
  now: Date,
  notBefore?: string,
): Promise<string | null> {
  const rule = task.recurrence as Recurrence | null;
  if (!rule) return null;
  const base = task.dueDate ?? task.startDate ?? now.toISOString().slice(0, 10);
  let due = nextOccurrenceDay(rule, base);
  // A task left overdue for a while gets one next occurrence from today on, not one per day missed.
  for (let i = 0; due && notBefore && due < notBefore && i < 1000; i++) due = nextOccurrenceDay(rule, due);
  const db = ctx.db;
  const orgId = task.orgId;
  const statuses = await findStatuses(db, orgId, task.projectId);
  const nextId = newId();
  // Claimed even when the rule has ended, so the job does not look at this task again.
  if (!(await claimNextOccurrence(db, orgId, task.id, due ? nextId : task.id))) return null;
  if (!due) return null;
  const startDate = task.startDate && task.dueDate ? addDays(due, -daysBetween(task.startDate, task.dueDate)) : null;
  const watchers = await findWatcherIds(db, orgId, task.id);
  const created = await insertNewTask(
    db,
    statuses,
    {
      orgId,
      projectId: task.projectId,
      title: task.title,
      description: task.description,
      priority: task.priority,
      assigneeId: task.assigneeId,
      reporterId: task.reporterId,
      startDate,
      dueDate: due,
      estimateMinutes: task.estimateMinutes,
      parentId: task.parentId,
      isMilestone: task.isMilestone,
      labelIds: task.labelIds,
      customerId: task.customerId,
      dealId: task.dealId,
      customFields: task.customFields,
      recurrence: rule,
    },
    watchers,
    now,
    nextId,
  );
  await recordAudit(
    db,
    ctx,
    {
      orgId,
      action: 'task.created',
      targetType: 'task',
      targetId: created.id,
      targetLabel: `${created.key} ${task.title}`.slice(0, 300),
      changes: { recurrenceOf: { from: null, to: task.id }, dueDate: { from: null, to: due } },
    },
    now,
  );
  const { userIds } = await projectAudience(db, orgId, task.projectId);
  await addOutboxEvent(db, ctx, {
    orgId,
    type: 'task.created',
    payload: { taskId: created.id, projectId: task.projectId, assigneeId: task.assigneeId },
    audience: { userIds },
  });
  return created.id;
}
