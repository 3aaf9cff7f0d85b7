import type { CreateTaskBody, Task } from '@meridian/contracts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import { diffFields } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { validateCustomFields } from './custom-fields.ts';
import type { TasksDeps } from './deps.ts';
import { insertNewTask } from './insert.ts';
import { hoursToMinutes, presentTask, recordTaskChange, type TaskEvent } from './shared.ts';
import { validateTaskRefs } from './validate.ts';

const CREATED_FIELDS = ['title', 'statusId', 'priority', 'assigneeId', 'startDate', 'dueDate', 'parentId'] as const;

/** Creates a task in a project where the actor edits tasks; the reporter and assignee watch it. */
export async function createTask(deps: TasksDeps, ctx: RequestContext, input: CreateTaskBody): Promise<Task> {
  return withTx(ctx, async (tx) => {
    const access = await requireProjectAccess(tx, input.projectId, 'editTasks');
    const { statuses } = await validateTaskRefs(
      { db: tx.db, orgId: ctx.orgId, projectId: input.projectId, projectVisibility: access.visibility, taskId: null },
      input,
    );
    const customFields = await validateCustomFields(tx, input.customFields ?? {});
    const now = deps.clock.now();
    const assigneeId = input.assigneeId ?? null;
    const fields = {
      orgId: ctx.orgId,
      projectId: input.projectId,
      title: input.title.trim() || input.title,
      description: input.description ?? '',
      statusId: input.statusId,
      priority: input.priority ?? 'medium',
      assigneeId,
      reporterId: ctx.actor.userId,
      startDate: input.startDate ?? null,
      dueDate: input.dueDate ?? null,
      estimateMinutes: hoursToMinutes(input.estimateHours),
      parentId: input.parentId ?? null,
      isMilestone: input.isMilestone ?? false,
      labelIds: input.labelIds ?? [],
      customerId: input.customerId ?? null,
      dealId: input.dealId ?? null,
      customFields,
      recurrence: input.recurrence ?? null,
    };
    const watchers = [ctx.actor.userId, ...(assigneeId ? [assigneeId] : []), ...(input.watcherIds ?? [])];
    const created = await insertNewTask(tx.db, statuses, fields, watchers, now);
    const events: TaskEvent[] = [
      { type: 'task.created', payload: { taskId: created.id, projectId: input.projectId, assigneeId } },
    ];
    if (assigneeId && assigneeId !== ctx.actor.userId) {
      events.push({
        type: 'task.assigned',
        payload: { taskId: created.id, projectId: input.projectId, assigneeId, previousAssigneeId: null },
      });
    }
    const changes = diffFields(null, { ...fields, statusId: fields.statusId ?? null }, [...CREATED_FIELDS]);
    await recordTaskChange(
      tx,
      { id: created.id, projectId: input.projectId, label: `${created.key} ${fields.title}` },
      { action: 'task.created', changes },
      events,
      now,
    );
    return presentTask(tx, created.id);
  });
}
