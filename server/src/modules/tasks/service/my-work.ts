import type { MyWork } from '@meridian/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { tasks } from '#db/schema/index.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { visibleTasksWhere } from '../queries/filters.ts';
import { selectTaskRows, type TaskRow } from '../queries/rows.ts';
import { addDays, isoWeekday, parseDay } from '../recurrence.ts';
import { presentRows } from './shared.ts';

/** Each bucket shows at most this many tasks (the most urgent first). */
export const MY_WORK_BUCKET_LIMIT = 100;

/** Today's date in a time zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

const PRIORITY = sql`(case ${tasks.priority} when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 else 3 end)`;

/**
 * The actor's open work across the projects they see, by due date in their time zone: overdue,
 * today, the rest of this week (weeks start on Monday), later and no due date; and the open tasks
 * they reported or watch that someone else holds. Each bucket is capped at 100 tasks.
 */
export async function getMyWork(deps: { clock: { now(): Date } }, ctx: RequestContext): Promise<MyWork> {
  const today = todayIn(ctx.timeZone, deps.clock.now());
  const sunday = addDays(today, 7 - isoWeekday(parseDay(today)));
  const me = ctx.actor.userId;
  const open: SQL[] = [
    eq(tasks.orgId, ctx.orgId),
    sql`${tasks.deletedAt} is null`,
    sql`${tasks.statusCategory} <> 'done'`,
    visibleTasksWhere(ctx.actor),
  ];
  const mine = [...open, eq(tasks.assigneeId, me)];
  const bucket = (where: SQL[]) =>
    selectTaskRows(ctx.db, me)
      .where(and(...where))
      .orderBy(sql`${tasks.dueDate} asc nulls last`, PRIORITY, tasks.id)
      .limit(MY_WORK_BUCKET_LIMIT) as Promise<TaskRow[]>;
  const due = sql`${tasks.dueDate}`;
  const buckets = await Promise.all([
    bucket([...mine, sql`${due} < ${today}::date`]),
    bucket([...mine, sql`${due} = ${today}::date`]),
    bucket([...mine, sql`${due} > ${today}::date and ${due} <= ${sunday}::date`]),
    bucket([...mine, sql`${due} > ${sunday}::date`]),
    bucket([...mine, sql`${due} is null`]),
    bucket([
      ...open,
      sql`${tasks.assigneeId} is not null and ${tasks.assigneeId} <> ${me}::uuid`,
      sql`(${tasks.reporterId} = ${me}::uuid or exists (select 1 from task_watchers w
        where w.org_id = ${tasks.orgId} and w.task_id = ${tasks.id} and w.user_id = ${me}::uuid))`,
    ]),
  ]);
  const all = await presentRows(ctx.db, ctx.orgId, ctx.actor.role, buckets.flat());
  let at = 0;
  const [overdue, todays, thisWeek, later, noDueDate, waitingOnOthers] = buckets.map((rows) => {
    const slice = all.slice(at, at + rows.length);
    at += rows.length;
    return slice;
  });
  return {
    overdue: overdue!,
    today: todays!,
    thisWeek: thisWeek!,
    later: later!,
    noDueDate: noDueDate!,
    waitingOnOthers: waitingOnOthers!,
  };
}
