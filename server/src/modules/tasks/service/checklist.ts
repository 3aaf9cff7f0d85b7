import type { ChecklistItem } from '@meridian/contracts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { keyBetween } from '#platform/ordering/fractional-index.ts';
import { requireTaskAccess } from '../access.ts';
import {
  checklistNeighbourRank,
  countChecklistItems,
  deleteChecklistItem,
  findChecklistItem,
  insertChecklistItem,
  updateChecklistItem,
} from '../queries/checklist.ts';
import type { TasksDeps } from './deps.ts';
import { recordTaskChange } from './shared.ts';

const MAX_ITEMS = 200;

type TaskRefLite = { id: string; projectId: string; key: string; title: string };

async function recordChecklistChange(
  ctx: RequestContext,
  task: TaskRefLite,
  action: string,
  changes: Record<string, { from: unknown; to: unknown }>,
  now: Date,
) {
  await recordTaskChange(
    ctx,
    { id: task.id, projectId: task.projectId, label: `${task.key} ${task.title}` },
    { action, changes },
    [{ type: 'task.updated', payload: { taskId: task.id, projectId: task.projectId, changes: ['checklist'] } }],
    now,
  );
}

/** Adds an item at the bottom of a task's checklist. */
export async function addChecklistItem(
  deps: TasksDeps,
  ctx: RequestContext,
  taskId: string,
  input: { title: string },
): Promise<ChecklistItem> {
  return withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, taskId, 'editTasks');
    if ((await countChecklistItems(tx.db, ctx.orgId, taskId)) >= MAX_ITEMS) {
      throw new AppError('validation_failed', {
        fields: [fieldError('title', 'too_many', `A checklist holds at most ${MAX_ITEMS} items`)],
      });
    }
    const last = await checklistNeighbourRank(tx.db, ctx.orgId, taskId, null, 'previous', null);
    const now = deps.clock.now();
    const item = { id: newId(), title: input.title.trim() || input.title, isDone: false, rank: keyBetween(last, null) };
    await insertChecklistItem(tx.db, { orgId: ctx.orgId, taskId, ...item, createdAt: now });
    await recordChecklistChange(
      tx,
      task,
      'task.checklist_item_added',
      { checklistItem: { from: null, to: item.title } },
      now,
    );
    return item;
  });
}

/** Renames, ticks or moves an item (`afterId`: the item it goes below, null for the top). */
export async function updateChecklist(
  deps: TasksDeps,
  ctx: RequestContext,
  taskId: string,
  itemId: string,
  input: { title?: string; isDone?: boolean; afterId?: string | null },
): Promise<ChecklistItem> {
  return withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, taskId, 'editTasks');
    const before = await findChecklistItem(tx.db, ctx.orgId, taskId, itemId);
    if (!before) throw notFound('No such checklist item');
    const patch: { title?: string; isDone?: boolean; rank?: string } = {};
    if (input.title !== undefined) patch.title = input.title.trim() || input.title;
    if (input.isDone !== undefined) patch.isDone = input.isDone;
    if (input.afterId !== undefined) {
      if (input.afterId === null) {
        patch.rank = keyBetween(null, await checklistNeighbourRank(tx.db, ctx.orgId, taskId, null, 'next', itemId));
      } else {
        const after =
          input.afterId === itemId ? null : await findChecklistItem(tx.db, ctx.orgId, taskId, input.afterId);
        if (!after)
          throw new AppError('validation_failed', {
            fields: [fieldError('afterId', 'invalid', 'Choose an item of this checklist')],
          });
        const next = await checklistNeighbourRank(tx.db, ctx.orgId, taskId, after.rank, 'next', itemId);
        patch.rank = keyBetween(after.rank, next);
      }
    }
    // An empty patch changes nothing: answer the item as it is.
    if (Object.keys(patch).length === 0) return before;
    const after = (await updateChecklistItem(tx.db, ctx.orgId, itemId, patch))!;
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of ['title', 'isDone', 'rank'] as const) {
      if (patch[field] !== undefined && patch[field] !== before[field])
        changes[field] = { from: before[field], to: patch[field] };
    }
    if (Object.keys(changes).length) {
      await recordChecklistChange(tx, task, 'task.checklist_item_updated', changes, deps.clock.now());
    }
    return after;
  });
}

export async function removeChecklistItem(deps: TasksDeps, ctx: RequestContext, taskId: string, itemId: string) {
  await withTx(ctx, async (tx) => {
    const { task } = await requireTaskAccess(tx, taskId, 'editTasks');
    const before = await findChecklistItem(tx.db, ctx.orgId, taskId, itemId);
    if (!before) throw notFound('No such checklist item');
    await deleteChecklistItem(tx.db, ctx.orgId, itemId);
    await recordChecklistChange(
      tx,
      task,
      'task.checklist_item_removed',
      { checklistItem: { from: before.title, to: null } },
      deps.clock.now(),
    );
  });
}
