import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectMembers, projectStatuses, users } from '#db/schema/index.ts';

export async function findBoardStatuses(db: Executor, orgId: string, projectId: string) {
  return db
    .select({
      id: projectStatuses.id,
      name: projectStatuses.name,
      category: projectStatuses.category,
      color: projectStatuses.color,
      wipLimit: projectStatuses.wipLimit,
    })
    .from(projectStatuses)
    .where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.projectId, projectId)))
    .orderBy(asc(projectStatuses.position), asc(projectStatuses.id));
}

/** The project's members by name: the columns of a board grouped by assignee. */
export async function findBoardMembers(db: Executor, orgId: string, projectId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(and(eq(projectMembers.orgId, orgId), eq(projectMembers.projectId, projectId)))
    .orderBy(asc(users.name), asc(users.id));
}
