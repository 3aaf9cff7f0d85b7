import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectTemplates, taskDependencies, tasks } from '#db/schema/index.ts';

export type TemplateRow = {
  id: string;
  name: string;
  description: string;
  content: unknown;
  createdBy: string | null;
  createdAt: Date;
};

const columns = {
  id: projectTemplates.id,
  name: projectTemplates.name,
  description: projectTemplates.description,
  content: projectTemplates.content,
  createdBy: projectTemplates.createdBy,
  createdAt: projectTemplates.createdAt,
};

export async function listTemplateRows(db: Executor, orgId: string): Promise<TemplateRow[]> {
  return db
    .select(columns)
    .from(projectTemplates)
    .where(eq(projectTemplates.orgId, orgId))
    .orderBy(asc(projectTemplates.name), asc(projectTemplates.id))
    .limit(500);
}

export async function findTemplateRow(db: Executor, orgId: string, id: string): Promise<TemplateRow | null> {
  const rows = await db
    .select(columns)
    .from(projectTemplates)
    .where(and(eq(projectTemplates.orgId, orgId), eq(projectTemplates.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTemplate(db: Executor, row: typeof projectTemplates.$inferInsert): Promise<void> {
  await db.insert(projectTemplates).values(row);
}

export async function deleteTemplateRow(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(projectTemplates).where(and(eq(projectTemplates.orgId, orgId), eq(projectTemplates.id, id)));
}

/** The live tasks of a project in board order, with what a template keeps of them. */
export async function listTasksForTemplate(db: Executor, orgId: string, projectId: string) {
  return db
    .select({
      id: tasks.id,
      title: tasks.title,
      description: tasks.description,
      parentId: tasks.parentId,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      estimateMinutes: tasks.estimateMinutes,
      priority: tasks.priority,
      isMilestone: tasks.isMilestone,
    })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.projectId, projectId), sql`${tasks.deletedAt} is null`))
    .orderBy(asc(tasks.number))
    .limit(500);
}

export async function listDependenciesForTemplate(db: Executor, orgId: string, projectId: string) {
  return db
    .select({ predecessorId: taskDependencies.predecessorId, successorId: taskDependencies.successorId })
    .from(taskDependencies)
    .where(and(eq(taskDependencies.orgId, orgId), eq(taskDependencies.projectId, projectId)));
}
