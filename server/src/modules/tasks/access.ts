import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projects, tasks } from '#db/schema/index.ts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import type { ProjectAccess, ProjectAction } from '#modules/projects/policy.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';

type AccessContext = { db: Executor; orgId: string; actor: Pick<Actor, 'userId' | 'role'> };

/** The few facts about a task that other task sub-resources need to decide and to label. */
export type TaskRef = {
  id: string;
  projectId: string;
  key: string;
  title: string;
  assigneeId: string | null;
  reporterId: string | null;
  statusCategory: string;
};

/**
 * Finds a live task and checks the actor's project rights for `action`: a task in a project the
 * actor cannot see, in another organisation, or in the trash answers 404.
 */
export async function requireTaskAccess(
  ctx: AccessContext,
  taskId: string,
  action: ProjectAction,
): Promise<{ task: TaskRef; access: ProjectAccess }> {
  const [row] = await ctx.db
    .select({
      id: tasks.id,
      projectId: tasks.projectId,
      number: tasks.number,
      projectKey: projects.key,
      title: tasks.title,
      assigneeId: tasks.assigneeId,
      reporterId: tasks.reporterId,
      statusCategory: tasks.statusCategory,
    })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.orgId, tasks.orgId), eq(projects.id, tasks.projectId)))
    .where(and(eq(tasks.orgId, ctx.orgId), eq(tasks.id, taskId), isNull(tasks.deletedAt)))
    .limit(1);
  if (!row) throw notFound('No such task');
  let access: ProjectAccess;
  try {
    access = await requireProjectAccess(ctx, row.projectId, action);
  } catch (error) {
    // The project's 404 speaks of a project; the caller asked for a task.
    if (error instanceof Error && 'code' in error && error.code === 'not_found') throw notFound('No such task');
    throw error;
  }
  const { number, projectKey, ...rest } = row;
  return { task: { ...rest, key: `${projectKey}-${number}` }, access };
}
