import type { TASK_SORTS } from '@meridian/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectStatuses, projects, tasks, users } from '#db/schema/index.ts';
import { selectTaskRows, type TaskRow } from './rows.ts';

export type TaskSort = (typeof TASK_SORTS)[number];

type SortSpec = { expr: SQL; cast: string; nullable: boolean };

const PRIORITY_ORDER = sql`(case ${tasks.priority} when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 else 3 end)`;

/** Each sortable field: its SQL expression and the type its cursor value casts back to. */
const SORTS: Record<string, SortSpec> = {
  rank: { expr: sql`${tasks.rank} collate "C"`, cast: 'text', nullable: false },
  key: { expr: sql`(${projects.key} || '-' || lpad(${tasks.number}::text, 10, '0'))`, cast: 'text', nullable: false },
  title: { expr: sql`${tasks.title}`, cast: 'text', nullable: false },
  dueDate: { expr: sql`${tasks.dueDate}`, cast: 'date', nullable: true },
  startDate: { expr: sql`${tasks.startDate}`, cast: 'date', nullable: true },
  priority: { expr: PRIORITY_ORDER, cast: 'int', nullable: false },
  createdAt: { expr: sql`${tasks.createdAt}`, cast: 'timestamptz', nullable: false },
  updatedAt: { expr: sql`${tasks.updatedAt}`, cast: 'timestamptz', nullable: false },
  status: { expr: sql`${projectStatuses.position}`, cast: 'int', nullable: false },
  assignee: { expr: sql`${users.name}`, cast: 'text', nullable: true },
};

export function sortSpec(sort: TaskSort): SortSpec & { desc: boolean } {
  const desc = sort.startsWith('-');
  return { ...SORTS[desc ? sort.slice(1) : sort]!, desc };
}

/** Keyset position: the last row's sort value (as text, null for an empty value) and id. */
export type TaskCursor = [string | null, string];

/**
 * ORDER BY and the "after the cursor" condition for a sort. Empty values come last in both
 * directions; ties break on the id in the sort's direction, so every row has one place.
 */
export function sortClauses(sort: TaskSort, after: TaskCursor | null): { orderBy: SQL[]; where: SQL | null } {
  const { expr, cast, nullable, desc } = sortSpec(sort);
  const dir = desc ? sql.raw('desc') : sql.raw('asc');
  const op = sql.raw(desc ? '<' : '>');
  const orderBy = [
    nullable ? sql`${expr} ${dir} nulls last` : sql`${expr} ${dir}`,
    desc ? sql`${tasks.id} desc` : sql`${tasks.id} asc`,
  ];
  if (!after) return { orderBy, where: null };
  const [value, id] = after;
  const castType = sql.raw(cast);
  const idAfter = sql`${tasks.id} ${op} ${id}::uuid`;
  if (value === null) return { orderBy, where: sql`(${expr} is null and ${idAfter})` };
  const v = sql`${value}::${castType}`;
  const afterValue = sql`(${expr} ${op} ${v} or (${expr} = ${v} and ${idAfter}))`;
  return { orderBy, where: nullable ? sql`(${afterValue} or ${expr} is null)` : afterValue };
}

/** The sort value as the cursor keeps it: text that casts back exactly (instants in UTC, microseconds). */
export function sortValueColumn(sort: TaskSort) {
  const { expr, cast } = sortSpec(sort);
  if (cast === 'timestamptz')
    return sql<string | null>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (cast === 'date') return sql<string | null>`to_char(${expr}, 'YYYY-MM-DD')`;
  return sql<string | null>`(${expr})::text`;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whether a cursor value can be cast to the sort's type: a forged cursor must never reach SQL as a bad cast. */
export function isSortValue(sort: TaskSort, value: string | null): boolean {
  const { cast, nullable } = sortSpec(sort);
  if (value === null) return nullable;
  if (value.length > 2000) return false;
  if (cast === 'int') return /^-?\d{1,9}$/.test(value);
  if (cast === 'date') return isDay(value);
  if (cast === 'timestamptz') {
    const m = INSTANT.exec(value);
    return !!m && isDay(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
  }
  return !value.includes('\u0000');
}

/** One page of tasks in the order of `sort`, with the joins of a task row. */
export async function listTaskRows(
  db: Executor,
  orgId: string,
  actorId: string,
  filters: SQL[],
  sort: TaskSort,
  page: { limit: number; after: TaskCursor | null },
): Promise<(TaskRow & { sortValue: string | null })[]> {
  const { orderBy, where } = sortClauses(sort, page.after);
  const conditions = [eq(tasks.orgId, orgId), ...filters];
  if (where) conditions.push(where);
  return (await selectTaskRows(db, actorId, { sortValue: sortValueColumn(sort) })
    .where(and(...conditions))
    .orderBy(...orderBy)
    .limit(page.limit + 1)) as (TaskRow & { sortValue: string | null })[];
}

/** Counting stops here: an exact count of 100,000 rows would cost more than the page itself. */
export const COUNT_CAP = 10_000;

/** How many tasks match the filters, up to COUNT_CAP + 1 (filters only reference tasks and projects). */
export async function countTaskRows(db: Executor, orgId: string, filters: SQL[]): Promise<number> {
  const matching = db
    .select({ one: sql`1`.as('one') })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .where(and(eq(tasks.orgId, orgId), ...filters))
    .limit(COUNT_CAP + 1)
    .as('matching');
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(matching);
  return Number(row?.count ?? 0);
}
