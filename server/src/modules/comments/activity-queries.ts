import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';

export type ActivityRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorColor: string | null;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

/** Task actions that also appear on their project's timeline. */
export const PROJECT_TASK_ACTIONS = ['task.created', 'task.completed', 'task.deleted'];

/**
 * A target's audit rows, newest first (ids are time-ordered). A project's timeline also shows
 * the creation and completion of its tasks.
 */
export async function listActivity(
  db: Executor,
  orgId: string,
  target: { type: 'task' | 'project'; id: string },
  page: { limit: number; before: string | null },
): Promise<ActivityRow[]> {
  const before = page.before ? sql`and a.id < ${page.before}::uuid` : sql``;
  const own = sql`(a.target_type = ${target.type} and a.target_id = ${target.id})`;
  const scope =
    target.type === 'project'
      ? sql`(${own} or (a.target_type = 'task' and a.action = any(${`{${PROJECT_TASK_ACTIONS.join(',')}}`}::text[])
          and a.target_id in (select t.id::text from tasks t where t.org_id = ${orgId} and t.project_id = ${target.id})))`
      : own;
  const rows = await queryRows<ActivityRow>(
    db,
    sql`
    select a.id, a.at, a.actor_id as "actorId", u.name as "actorName", u.avatar_color as "actorColor", a.action,
      a.target_type as "targetType", a.target_id as "targetId", a.target_label as "targetLabel", a.changes
    from audit_log a left join users u on u.id = a.actor_id
    where a.org_id = ${orgId} and ${scope} ${before}
    order by a.id desc limit ${page.limit + 1}`,
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

/** Display names of people and task statuses referred to by id in a page of changes: one query. */
export async function findLabels(db: Executor, orgId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = `{${ids.join(',')}}`;
  const rows = await queryRows<{ id: string; label: string }>(
    db,
    sql`
    select u.id::text as id, u.name as label from users u
      join memberships m on m.user_id = u.id and m.org_id = ${orgId}
      where u.id = any(${list}::uuid[])
    union all
    select s.id::text, s.name from project_statuses s where s.org_id = ${orgId} and s.id = any(${list}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.label]));
}
