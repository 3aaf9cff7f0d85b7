import type { OrgRole, ProjectRole, Task } from '@meridian/contracts';
import { canProject, type ProjectAccess } from '#modules/projects/policy.ts';

/** The facts of a task row's project that decide what the actor may do with the task. */
export type TaskAccessFacts = {
  projectId: string;
  projectRole: string | null;
  visibility: string;
  archivedAt: Date | null;
  projectDeletedAt?: Date | null;
};

/** The actor's project access rebuilt from a joined row, so lists need no query per project. */
export function accessFromRow(orgRole: OrgRole, row: TaskAccessFacts): ProjectAccess {
  return {
    projectId: row.projectId,
    orgRole,
    projectRole: (row.projectRole as ProjectRole | null) ?? null,
    visibility: row.visibility === 'private' ? 'private' : 'org',
    isArchived: row.archivedAt !== null,
    isDeleted: (row.projectDeletedAt ?? null) !== null,
  };
}

export function taskAbilities(access: ProjectAccess): Task['abilities'] {
  const edit = canProject(access, 'editTasks');
  return { update: edit, delete: edit, comment: canProject(access, 'comment'), logTime: edit };
}

/** Watching is personal: anyone who sees the task may follow it; editors may add others. */
export function canChangeWatcher(access: ProjectAccess, actorId: string, userId: string): boolean {
  if (actorId === userId) return canProject(access, 'view');
  return canProject(access, 'editTasks');
}
