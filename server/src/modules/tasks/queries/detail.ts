import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { checklistItems, projects, tasks, taskWatchers, users } from '#db/schema/index.ts';

export type PersonRow = { id: string; name: string; avatarColor: string };

/** What the task drawer shows beyond a list row: description, project name, reporter, parent. */
export async function findTaskDetailExtras(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({
      description: tasks.description,
      projectName: projects.name,
      reporterId: tasks.reporterId,
      reporterName: users.name,
      reporterColor: users.avatarColor,
      parent: sql<{ id: string; key: string; title: string } | null>`(
        select json_build_object('id', pt.id, 'key', pp.key || '-' || pt.number, 'title', pt.title)
        from tasks pt join projects pp on pp.org_id = pt.org_id and pp.id = pt.project_id
        where pt.org_id = ${tasks.orgId} and pt.id = ${tasks.parentId})`,
    })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .leftJoin(users, eq(users.id, tasks.reporterId))
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, id)));
  return row ?? null;
}

export async function findWatchers(db: Executor, orgId: string, taskId: string): Promise<PersonRow[]> {
  return db
    .select({ id: users.id, name: users.name, avatarColor: users.avatarColor })
    .from(taskWatchers)
    .innerJoin(users, eq(users.id, taskWatchers.userId))
    .where(and(eq(taskWatchers.orgId, orgId), eq(taskWatchers.taskId, taskId)))
    .orderBy(asc(taskWatchers.createdAt), asc(users.id));
}

export type ChecklistRow = { id: string; title: string; isDone: boolean; rank: string };

export async function findChecklist(db: Executor, orgId: string, taskId: string): Promise<ChecklistRow[]> {
  return db
    .select({
      id: checklistItems.id,
      title: checklistItems.title,
      isDone: checklistItems.isDone,
      rank: checklistItems.rank,
    })
    .from(checklistItems)
    .where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.taskId, taskId)))
    .orderBy(sql`${checklistItems.rank} collate "C"`, asc(checklistItems.id));
}
