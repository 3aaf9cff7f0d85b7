import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';

/** What a notification about a task shows, and who follows the task. */
export type TaskFacts = {
  id: string;
  key: string;
  title: string;
  projectId: string;
  projectName: string;
  assigneeId: string | null;
  dueDate: string | null;
  watcherIds: string[];
  leadIds: string[];
};

export async function findTaskFacts(db: Executor, orgId: string, taskId: string): Promise<TaskFacts | null> {
  const rows = await queryRows<TaskFacts>(
    db,
    sql`
    select t.id, p.key || '-' || t.number as key, t.title, t.project_id as "projectId", p.name as "projectName",
      t.assignee_id as "assigneeId", t.due_date::text as "dueDate",
      array(select w.user_id::text from task_watchers w where w.org_id = t.org_id and w.task_id = t.id) as "watcherIds",
      array(select pm.user_id::text from project_members pm
        where pm.org_id = p.org_id and pm.project_id = p.id and pm.role = 'lead'
        union select p.lead_id::text where p.lead_id is not null) as "leadIds"
    from tasks t join projects p on p.org_id = t.org_id and p.id = t.project_id
    where t.org_id = ${orgId} and t.id = ${taskId} and t.deleted_at is null`,
  );
  return rows[0] ?? null;
}

export async function findProjectFacts(
  db: Executor,
  orgId: string,
  projectId: string,
): Promise<{ id: string; name: string; leadIds: string[] } | null> {
  const rows = await queryRows<{ id: string; name: string; leadIds: string[] }>(
    db,
    sql`
    select p.id, p.name,
      array(select pm.user_id::text from project_members pm
        where pm.org_id = p.org_id and pm.project_id = p.id and pm.role = 'lead'
        union select p.lead_id::text where p.lead_id is not null) as "leadIds"
    from projects p where p.org_id = ${orgId} and p.id = ${projectId} and p.deleted_at is null`,
  );
  return rows[0] ?? null;
}

export async function findCommentFacts(
  db: Executor,
  orgId: string,
  commentId: string,
): Promise<{ authorId: string; body: string } | null> {
  const rows = await queryRows<{ authorId: string; body: string }>(
    db,
    sql`select author_id as "authorId", body from comments
      where org_id = ${orgId} and id = ${commentId} and deleted_at is null`,
  );
  return rows[0] ?? null;
}
