import type { OrgRole, Project, ProjectRole } from '@meridian/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError, notFound } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';

/** What decides the actor's rights on one project. */
export type ProjectAccess = {
  projectId: string;
  orgRole: OrgRole;
  /** The actor's project role, null when they are not a member of the project. */
  projectRole: ProjectRole | null;
  visibility: 'org' | 'private';
  isArchived: boolean;
  isDeleted: boolean;
};

/**
 * The project actions and who may perform them. Owners and admins may do everything; a
 * project's lead manages it; its members work on its tasks; its viewers read and comment.
 * An organisation member who is not in an `org`-visible project reads and comments like a viewer.
 * Guests see only the projects they are members of.
 */
export const PROJECT_ACTIONS = ['view', 'comment', 'editTasks', 'update', 'manageMembers', 'delete'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export function canViewProject(access: ProjectAccess): boolean {
  if (access.isDeleted) return hasRole(access.orgRole, 'admin');
  if (hasRole(access.orgRole, 'admin') || access.projectRole) return true;
  return access.visibility === 'org' && access.orgRole !== 'guest';
}

export function canProject(access: ProjectAccess, action: ProjectAction): boolean {
  if (!canViewProject(access)) return false;
  if (action === 'view') return true;
  if (access.isDeleted) return false;
  const isAdmin = hasRole(access.orgRole, 'admin');
  const isLead = access.projectRole === 'lead';
  // An archived project is read-only until restored; only its managers may restore or delete it.
  if (access.isArchived) return (action === 'update' || action === 'delete') && (isAdmin || isLead);
  switch (action) {
    case 'comment':
      return true;
    case 'editTasks':
      return isAdmin || isLead || access.projectRole === 'member';
    case 'update':
    case 'manageMembers':
    case 'delete':
      return isAdmin || isLead;
  }
}

/** 404 when the actor may not see the project, 403 when they see it but may not do this. */
export function assertCanProject(access: ProjectAccess | null, action: ProjectAction): ProjectAccess {
  if (!access || !canViewProject(access)) throw notFound('No such project');
  if (!canProject(access, action)) {
    if (access.isArchived && action !== 'view') throw new AppError('project_archived');
    throw new AppError('forbidden', { detail: `Your project role may not ${action} here` });
  }
  return access;
}

/** Who may create projects: every member of the organisation but guests. */
export function canCreateProject(actor: Pick<Actor, 'role'>): boolean {
  return hasRole(actor.role, 'member');
}

export function projectAbilities(access: ProjectAccess): Project['abilities'] {
  const editTasks = canProject(access, 'editTasks');
  return {
    update: canProject(access, 'update'),
    delete: canProject(access, 'delete'),
    archive: canProject(access, 'update'),
    manageMembers: canProject(access, 'manageMembers'),
    manageStatuses: canProject(access, 'update'),
    createTask: editTasks,
    editTasks,
    comment: canProject(access, 'comment'),
  };
}

/**
 * SQL condition on a `projects` row (aliased by the caller's table) that keeps the projects the
 * actor may see: lists and search filter with it, never after the fact. Deleted projects are
 * excluded; the trash has its own admin-only query.
 */
export function visibleProjectsWhere(
  actor: Pick<Actor, 'role' | 'userId'>,
  columns: { orgId: SQL | unknown; id: SQL | unknown; visibility: SQL | unknown; deletedAt: SQL | unknown },
): SQL {
  const alive = sql`${columns.deletedAt} is null`;
  if (hasRole(actor.role, 'admin')) return alive;
  const isMember = sql`exists (select 1 from project_members pm where pm.org_id = ${columns.orgId} and pm.project_id = ${columns.id} and pm.user_id = ${actor.userId})`;
  if (actor.role === 'guest') return sql`${alive} and ${isMember}`;
  return sql`${alive} and (${columns.visibility} = 'org' or ${isMember})`;
}
