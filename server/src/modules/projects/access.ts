import type { OrgRole, ProjectRole } from '@meridian/contracts';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectMembers, projects } from '#db/schema/index.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { assertCanProject, type ProjectAccess, type ProjectAction } from './policy.ts';

type AccessContext = { db: Executor; orgId: string; actor: Pick<Actor, 'userId' | 'role'> };

/**
 * The actor's access to one project in one query, or null when the project does not exist in
 * this organisation. Other modules (tasks, comments) decide their rights from it.
 */
export async function loadProjectAccess(ctx: AccessContext, projectId: string): Promise<ProjectAccess | null> {
  const [row] = await ctx.db
    .select({
      visibility: projects.visibility,
      archivedAt: projects.archivedAt,
      deletedAt: projects.deletedAt,
      projectRole: projectMembers.role,
    })
    .from(projects)
    .leftJoin(
      projectMembers,
      and(
        eq(projectMembers.orgId, projects.orgId),
        eq(projectMembers.projectId, projects.id),
        eq(projectMembers.userId, ctx.actor.userId),
      ),
    )
    .where(and(eq(projects.orgId, ctx.orgId), eq(projects.id, projectId)))
    .limit(1);
  if (!row) return null;
  return {
    projectId,
    orgRole: ctx.actor.role as OrgRole,
    projectRole: (row.projectRole as ProjectRole | null) ?? null,
    visibility: row.visibility === 'private' ? 'private' : 'org',
    isArchived: row.archivedAt !== null,
    isDeleted: row.deletedAt !== null,
  };
}

/** Loads the access and asserts the action: 404 when unseen, 403 when seen but not allowed. */
export async function requireProjectAccess(
  ctx: AccessContext,
  projectId: string,
  action: ProjectAction,
): Promise<ProjectAccess> {
  return assertCanProject(await loadProjectAccess(ctx, projectId), action);
}
