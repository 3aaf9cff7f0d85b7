import type { ListTasksQuery, TaskDetail, TaskList } from '@meridian/contracts';
import { canViewProject } from '#modules/projects/policy.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { DEFAULT_LIMIT, encodeCursor, MAX_LIMIT } from '#platform/http/pagination.ts';
import { accessFromRow } from '../policy.ts';
import { personRef } from '../presenter.ts';
import { findChecklist, findTaskDetailExtras, findWatchers } from '../queries/detail.ts';
import { taskListFilters } from '../queries/filters.ts';
import {
  COUNT_CAP,
  countTaskRows,
  isSortValue,
  listTaskRows,
  type TaskCursor,
  type TaskSort,
} from '../queries/list.ts';
import { findTaskRow, findTaskRowByNumber, type TaskRow } from '../queries/rows.ts';
import { presentRows } from './shared.ts';

/** A live task the actor may see, as its drawer shows it. */
export async function getTask(_deps: unknown, ctx: RequestContext, id: string): Promise<TaskDetail> {
  return presentDetail(ctx, await findTaskRow(ctx.db, ctx.orgId, ctx.actor.userId, id));
}

/** The same by its human key, `SALES-42`. */
export async function getTaskByKey(_deps: unknown, ctx: RequestContext, key: string): Promise<TaskDetail> {
  if (!/^[A-Z][A-Z0-9]{1,9}-[0-9]{1,9}$/.test(key)) throw new AppError('not_found', { detail: 'No such task' });
  const at = key.lastIndexOf('-');
  const row = await findTaskRowByNumber(
    ctx.db,
    ctx.orgId,
    ctx.actor.userId,
    key.slice(0, at),
    Number(key.slice(at + 1)),
  );
  return presentDetail(ctx, row);
}

async function presentDetail(ctx: RequestContext, row: TaskRow | null): Promise<TaskDetail> {
  if (!row || row.deletedAt) throw new AppError('not_found', { detail: 'No such task' });
  const access = accessFromRow(ctx.actor.role, row);
  if (!canViewProject(access)) throw new AppError('not_found', { detail: 'No such task' });
  const [task] = await presentRows(ctx.db, ctx.orgId, ctx.actor.role, [row]);
  const [extras, watchers, checklist] = await Promise.all([
    findTaskDetailExtras(ctx.db, ctx.orgId, row.id),
    findWatchers(ctx.db, ctx.orgId, row.id),
    findChecklist(ctx.db, ctx.orgId, row.id),
  ]);
  if (!extras) throw new AppError('not_found', { detail: 'No such task' });
  return {
    ...task!,
    description: extras.description,
    projectKey: row.projectKey,
    projectName: extras.projectName,
    reporter: personRef(extras.reporterId, extras.reporterName, extras.reporterColor),
    parent: extras.parent,
    watchers: watchers.map((w) => personRef(w.id, w.name, w.avatarColor)!),
    isWatching: watchers.some((w) => w.id === ctx.actor.userId),
    checklist,
  };
}

/**
 * One page of the tasks the actor may see, filtered and sorted in SQL with a keyset cursor,
 * and the total matching (counted up to 10,000): three queries whatever the page size.
 */
export async function listTasks(_deps: unknown, ctx: RequestContext, query: ListTasksQuery): Promise<TaskList> {
  const sort: TaskSort = query.sort ?? '-updatedAt';
  const limit = Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const after = decodeTaskCursor(query.cursor, sort);
  const filters = taskListFilters(query, ctx.actor);
  const [rows, total] = await Promise.all([
    listTaskRows(ctx.db, ctx.orgId, ctx.actor.userId, filters, sort, { limit, after }),
    countTaskRows(ctx.db, ctx.orgId, filters),
  ]);
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: await presentRows(ctx.db, ctx.orgId, ctx.actor.role, pageRows),
    nextCursor: hasMore && last ? encodeCursor([last.sortValue, last.id]) : null,
    total: Math.min(total, COUNT_CAP),
    totalCapped: total > COUNT_CAP,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `[sortValue | null, id]` from the cursor; one of another sort or forged answers 422. */
function decodeTaskCursor(cursor: string | undefined, sort: TaskSort): TaskCursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === 'string') &&
      typeof value[1] === 'string' &&
      UUID.test(value[1]) &&
      isSortValue(sort, value[0])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the field error
  }
  throw new AppError('validation_failed', {
    fields: [fieldError('cursor', 'invalid', 'Not a cursor from this list and sort', 'querystring')],
  });
}
