import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';

export type ReminderRow = {
  orgId: string;
  taskId: string;
  key: string;
  title: string;
  projectId: string;
  projectName: string;
  assigneeId: string;
  dueDate: string;
  /** The assignee's local date today, YYYY-MM-DD. */
  localToday: string;
  kind: 'due_soon' | 'overdue';
};

/**
 * Open tasks of live projects whose due date is tomorrow, or already past, in the assignee's time
 * zone, once their local morning has begun (08:00), across all organisations.
 */
export async function findDueReminders(db: Executor, now: Date, startHour = 8): Promise<ReminderRow[]> {
  return queryRows<ReminderRow>(
    db,
    sql`
    with local as (
      select t.org_id, t.id, t.number, t.title, t.project_id, t.assignee_id, t.due_date,
        (${now}::timestamptz at time zone u.time_zone) as local_now
      from tasks t
      join users u on u.id = t.assignee_id
      where t.deleted_at is null and t.status_category <> 'done' and t.due_date is not null
        and t.assignee_id is not null and t.due_date <= (${now}::timestamptz at time zone 'UTC')::date + 2)
    select l.org_id as "orgId", l.id as "taskId", p.key || '-' || l.number as key, l.title,
      l.project_id as "projectId", p.name as "projectName", l.assignee_id as "assigneeId",
      l.due_date::text as "dueDate", (l.local_now::date)::text as "localToday",
      case when l.due_date < l.local_now::date then 'overdue' else 'due_soon' end as kind
    from local l
    join projects p on p.org_id = l.org_id and p.id = l.project_id
    join memberships m on m.org_id = l.org_id and m.user_id = l.assignee_id and m.status = 'active'
    where p.deleted_at is null and p.archived_at is null
      and extract(hour from l.local_now) >= ${startHour}
      and (l.due_date < l.local_now::date or l.due_date = l.local_now::date + 1)
    order by l.org_id, l.id
    limit 5000`,
  );
}
