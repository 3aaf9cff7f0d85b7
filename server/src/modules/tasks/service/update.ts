import type { Task, UpdateTaskBody } from '@meridian/contracts';
import { diffFields } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { requireTaskAccess } from '../access.ts';
import { addWatchers, findTaskRecord, type TaskInsert, updateTaskVersioned } from '../queries/writes.ts';
import { validateCustomFields } from './custom-fields.ts';
import type { TasksDeps } from './deps.ts';
import { createNextOccurrence } from './recurrence-next.ts';
import { hoursToMinutes, presentTask, recordTaskChange, type TaskEvent, taskSearchTerms } from './shared.ts';
import { validateTaskRefs } from './validate.ts';

const UPDATABLE = [
  'title',
  'description',
  'statusId',
  'priority',
  'assigneeId',
  'startDate',
  'dueDate',
  'estimateMinutes',
  'parentId',
  'isMilestone',
  'labelIds',
  'customerId',
  'dealId',
  'customFields',
  'recurrence',
] as const;

/**
 * Changes a task's fields. A stale version answers 409 with the current task. Entering a "done"
 * status completes the task (with the optional completion note, in the activity and the event)
 * and creates the next occurrence of a recurring task.
 */
export async function updateTask(
  deps: TasksDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateTaskBody,
  version: number | undefined,
): Promise<Task> {
  return withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, id, 'editTasks');
    const before = await findTaskRecord(tx.db, ctx.orgId, id, true);
    if (!before || before.deletedAt) throw notFound('No such task');
    if (version !== undefined && version !== before.version) throw versionConflict(await presentTask(tx, id));
    const { statuses } = await validateTaskRefs(
      { db: tx.db, orgId: ctx.orgId, projectId: before.projectId, projectVisibility: access.visibility, taskId: id },
      {
        statusId: input.statusId,
        assigneeId: input.assigneeId,
        parentId: input.parentId,
        labelIds: input.labelIds,
        customerId: input.customerId,
        dealId: input.dealId,
      },
    );
    const next: Partial<TaskInsert> = {};
    for (const field of UPDATABLE) {
      if (field === 'estimateMinutes') {
        if (input.estimateHours !== undefined) next.estimateMinutes = hoursToMinutes(input.estimateHours);
      } else if (field === 'customFields') {
        if (input.customFields !== undefined) {
          next.customFields = await validateCustomFields(
            tx,
            input.customFields,
            before.customFields as Record<string, string | number | null>,
          );
        }
      } else if (input[field] !== undefined) {
        (next as Record<string, unknown>)[field] =
          field === 'title' ? input.title!.trim() || input.title : input[field];
      }
    }
    const changes = diffFields(before as Record<string, unknown>, { ...before, ...next }, [...UPDATABLE]);
    if (Object.keys(changes).length === 0) return presentTask(tx, id);
    const now = deps.clock.now();
    const patch: Partial<TaskInsert> = Object.fromEntries(
      Object.keys(changes).map((f) => [f, (next as Record<string, unknown>)[f]]),
    );
    let completes = false;
    if (changes.statusId) {
      const status = statuses.find((s) => s.id === next.statusId)!;
      patch.statusCategory = status.category;
      completes = status.category === 'done' && before.statusCategory !== 'done';
      if (completes) patch.completedAt = now;
      else if (status.category !== 'done') patch.completedAt = null;
    }
    if (changes.title || changes.description) {
      const key = task.key;
      patch.searchTerms = taskSearchTerms(key, patch.title ?? before.title, patch.description ?? before.description);
    }
    const after = await updateTaskVersioned(tx.db, ctx.orgId, id, version, patch, now);
    if (!after) throw versionConflict(await presentTask(tx, id));
    const events: TaskEvent[] = [
      { type: 'task.updated', payload: { taskId: id, projectId: before.projectId, changes: Object.keys(changes) } },
    ];
    if (changes.assigneeId && after.assigneeId) {
      await addWatchers(tx.db, ctx.orgId, id, [after.assigneeId], now);
      if (after.assigneeId !== ctx.actor.userId) {
        events.push({
          type: 'task.assigned',
          payload: {
            taskId: id,
            projectId: before.projectId,
            assigneeId: after.assigneeId,
            previousAssigneeId: before.assigneeId,
          },
        });
      }
    }
    const note = input.completionNote?.trim() ?? '';
    if (completes) {
      events.push({ type: 'task.completed', payload: { taskId: id, projectId: before.projectId, note } });
      if (note) changes.completionNote = { from: null, to: note };
      if (after.recurrence && !after.nextOccurrenceId) await createNextOccurrence(tx, after, now);
    }
    const label = `${task.key} ${after.title}`;
    await recordTaskChange(
      tx,
      { id, projectId: before.projectId, label },
      { action: completes ? 'task.completed' : 'task.updated', changes },
      events,
      now,
    );
    return presentTask(tx, id);
  });
}
