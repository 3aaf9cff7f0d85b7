import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { tasks, taskWatchers } from '#db/schema/index.ts';

/** Claims the right to create a recurring task's next occurrence: only one caller wins. */
export async function claimNextOccurrence(db: Executor, orgId: string, id: string, nextId: string): Promise<boolean> {
  const rows = await db
    .update(tasks)
    .set({ nextOccurrenceId: nextId })
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, id), isNull(tasks.nextOccurrenceId)))
    .returning({ id: tasks.id });
  return rows.length > 0;
}

export async function findWatcherIds(db: Executor, orgId: string, taskId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: taskWatchers.userId })
    .from(taskWatchers)
    .where(and(eq(taskWatchers.orgId, orgId), eq(taskWatchers.taskId, taskId)));
  return rows.map((r) => r.userId);
}

/**
 * Recurring tasks whose next occurrence is due: done, or past their due date in their
 * organisation's time zone, and not yet followed by an occurrence.
 */
export async function findDueRecurringTasks(db: Executor, now: Date, limit: number) {
  return queryRows<{ org_id: string; id: string; today: string }>(
    db,
    sql`select t.org_id, t.id, (${now}::timestamptz at time zone o.time_zone)::date::text as today from tasks t join organizations o on o.id = t.org_id
      where t.recurrence is not null and t.next_occurrence_id is null and t.deleted_at is null
        and (t.status_category = 'done' or t.due_date < (${now}::timestamptz at time zone o.time_zone)::date)
      order by t.org_id, t.id limit ${limit}`,
  );
}

/** A task and all its live subtasks, any depth (what a delete takes to the trash). */
export async function findSubtreeIds(db: Executor, orgId: string, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive tree(id, depth) as (
      select id, 0 from tasks where org_id = ${orgId} and id = any(${sql.param(rootIds)}::uuid[]) and deleted_at is null
      union
      select t.id, tree.depth + 1 from tasks t join tree on t.org_id = ${orgId} and t.parent_id = tree.id
      where t.deleted_at is null and tree.depth < 50)
    select distinct id from tree`,
  );
  return rows.map((r) => r.id);
}

/** Moves tasks to the trash or back (`at` null), bumping versions; answers the ids changed. */
export async function setTasksDeleted(
  db: Executor,
  orgId: string,
  ids: string[],
  at: Date | null,
  by: string | null,
  now: Date,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(tasks)
    .set({ deletedAt: at, deletedBy: by, updatedAt: now, version: sql`${tasks.version} + 1` })
    .where(
      and(
        eq(tasks.orgId, orgId),
        sql`${tasks.id} = any(${sql.param(ids)}::uuid[])`,
        at ? isNull(tasks.deletedAt) : sql`${tasks.deletedAt} is not null`,
      ),
    )
    .returning({ id: tasks.id });
  return rows.map((r) => r.id);
}

/** A deleted task and the subtasks that went to the trash with it (same moment). */
export async function findDeletedSubtreeIds(db: Executor, orgId: string, rootId: string, at: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive tree(id, depth) as (
      select id, 0 from tasks where org_id = ${orgId} and id = ${rootId}
      union
      select t.id, tree.depth + 1 from tasks t join tree on t.org_id = ${orgId} and t.parent_id = tree.id
      where t.deleted_at = ${at} and tree.depth < 50)
    select distinct id from tree`,
  );
  return rows.map((r) => r.id);
}
