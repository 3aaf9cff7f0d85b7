import type { CreateTimeEntryBodySchema, TimeEntrySchema } from '@meridian/contracts';
import type { Static } from 'typebox';
import { initialsOf } from '#modules/accounts/presenter.ts';
import { canProject, type ProjectAccess } from '#modules/projects/policy.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { newId } from '#platform/ids/ids.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { requireTaskAccess, type TaskRef } from '../access.ts';
import { recordTaskChange } from '../service/shared.ts';
import {
  deleteTimeEntry as deleteEntryRow,
  findTimeEntry,
  insertTimeEntry,
  listTimeEntries as listEntryRows,
  lockTask,
  refreshLoggedMinutes,
  type TimeEntryRow,
} from './queries.ts';

export type TimeEntry = Static<typeof TimeEntrySchema>;
export type CreateTimeEntryBody = Static<typeof CreateTimeEntryBodySchema>;
export type TimeEntriesDeps = { clock: Clock };

/** Authors delete their own entries while they may work on the task; leads and admins any entry. */
export function canDeleteEntry(access: ProjectAccess, actorId: string, entry: Pick<TimeEntryRow, 'userId'>): boolean {
  if (canProject(access, 'update')) return true;
  return entry.userId === actorId && canProject(access, 'editTasks');
}

function toTimeEntryDto(row: TimeEntryRow, canDelete: boolean): TimeEntry {
  const name = row.userName ?? '';
  return {
    id: row.id,
    taskId: row.taskId,
    user: { id: row.userId, name, initials: initialsOf(name), avatarColor: row.userColor ?? '#8c8c8c' },
    day: row.day,
    hours: row.minutes / 60,
    note: row.note,
    createdAt: new Date(row.createdAt).toISOString(),
    abilities: { delete: canDelete },
  };
}

/** One page of the task's time entries, latest day first. */
export async function listTimeEntries(
  _deps: TimeEntriesDeps,
  ctx: RequestContext,
  taskId: string,
  query: { limit?: number; cursor?: string },
): Promise<Page<TimeEntry>> {
  const { access } = await requireTaskAccess(ctx, taskId, 'view');
  const page = pageRequest(query, ['string', 'uuid']);
  const after = page.cursor as [string, string] | null;
  if (after && !/^\d{4}-\d{2}-\d{2}$/.test(after[0])) {
    throw new AppError('validation_failed', {
      fields: [fieldError('cursor', 'invalid', 'Not a cursor from this list', 'querystring')],
    });
  }
  const rows = await listEntryRows(ctx.db, ctx.orgId, taskId, { limit: page.limit, after });
  return toPage(
    rows,
    page.limit,
    (row) => [row.day, row.id],
    (row) => toTimeEntryDto(row, canDeleteEntry(access, ctx.actor.userId, row)),
  );
}

/** Logs the actor's own time on the task; the task's logged total is recomputed in the same transaction. */
export async function createTimeEntry(
  deps: TimeEntriesDeps,
  ctx: RequestContext,
  taskId: string,
  input: CreateTimeEntryBody,
): Promise<TimeEntry> {
  return withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, taskId, 'editTasks');
    await lockTask(tx.db, ctx.orgId, taskId);
    const id = newId();
    const now = deps.clock.now();
    const minutes = Math.round(input.hours * 60);
    const note = input.note?.trim() ?? '';
    await insertTimeEntry(tx.db, {
      orgId: ctx.orgId,
      id,
      taskId,
      userId: ctx.actor.userId,
      day: input.day,
      minutes,
      note,
      createdAt: now,
    });
    await record(tx, task, 'task.time_logged', { day: input.day, hours: input.hours, note }, null, now);
    const row = (await findTimeEntry(tx.db, ctx.orgId, taskId, id))!;
    return toTimeEntryDto(row, canDeleteEntry(access, ctx.actor.userId, row));
  });
}

/** Deletes a time entry: its author (who may still work on the task), or the project's lead or an admin. */
export async function deleteTimeEntry(
  deps: TimeEntriesDeps,
  ctx: RequestContext,
  taskId: string,
  entryId: string,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    const { task, access } = await requireTaskAccess(tx, taskId, 'view');
    const entry = await findTimeEntry(tx.db, ctx.orgId, taskId, entryId);
    if (!entry) throw notFound('No such time entry');
    if (!canDeleteEntry(access, ctx.actor.userId, entry)) {
      if (access.isArchived) throw new AppError('project_archived');
      throw new AppError('forbidden', {
        detail: 'Only the author, the project lead or an admin may delete this entry',
      });
    }
    await lockTask(tx.db, ctx.orgId, taskId);
    await deleteEntryRow(tx.db, ctx.orgId, entryId);
    const before = { day: entry.day, hours: entry.minutes / 60, note: entry.note, userId: entry.userId };
    await record(tx, task, 'task.time_entry_deleted', null, before, deps.clock.now());
  });
}

async function record(
  ctx: RequestContext,
  task: TaskRef,
  action: string,
  added: Record<string, unknown> | null,
  removed: Record<string, unknown> | null,
  now: Date,
) {
  const sums = await refreshLoggedMinutes(ctx.db, ctx.orgId, task.id);
  await recordTaskChange(
    ctx,
    { id: task.id, projectId: task.projectId, label: `${task.key} ${task.title}`.slice(0, 300) },
    {
      action,
      changes: {
        timeEntry: { from: removed, to: added },
        loggedHours: { from: sums.before / 60, to: sums.after / 60 },
      },
    },
    [{ type: 'task.updated', payload: { taskId: task.id, projectId: task.projectId, changes: ['loggedHours'] } }],
    now,
  );
}

export function createTimeEntriesService(deps: TimeEntriesDeps) {
  return {
    listTimeEntries: bindDeps(deps, listTimeEntries),
    createTimeEntry: bindDeps(deps, createTimeEntry),
    deleteTimeEntry: bindDeps(deps, deleteTimeEntry),
  };
}

export type TimeEntriesService = ReturnType<typeof createTimeEntriesService>;
