import type { OrgRole, Project, ProjectMember, TaskStatus } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { ProjectAccess } from './policy.ts';
import { projectAbilities } from './policy.ts';
import type { ProjectViewRow, StatusRow } from './queries.ts';
import type { ProjectMemberRow } from './queries-members.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function accessOfRow(row: ProjectViewRow, orgRole: OrgRole): ProjectAccess {
  return {
    projectId: row.id,
    orgRole,
    projectRole: row.myRole,
    visibility: row.visibility === 'private' ? 'private' : 'org',
    isArchived: row.archivedAt !== null,
    isDeleted: row.deletedAt !== null,
  };
}

export function toStatusDto(row: StatusRow): TaskStatus {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    position: row.position,
    color: row.color,
    wipLimit: row.wipLimit,
    version: row.version,
  };
}

/** A project as the API shows it, with the actor's abilities on it. */
export function toProjectDto(row: ProjectViewRow, orgRole: OrgRole): Project {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    status: row.status as Project['status'],
    visibility: row.visibility === 'private' ? 'private' : 'org',
    lead: row.lead ? { ...row.lead, initials: initialsOf(row.lead.name) } : null,
    startDate: row.startDate,
    endDate: row.endDate,
    color: row.color,
    customerId: row.customerId,
    dealId: row.dealId,
    customFields: row.customFields ?? {},
    statuses: row.statuses.map(toStatusDto),
    myRole: row.myRole,
    memberCount: row.memberCount,
    taskCounts: row.taskCounts ?? { total: 0, done: 0, overdue: 0 },
    archivedAt: iso(row.archivedAt),
    deletedAt: iso(row.deletedAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    version: row.version,
    abilities: projectAbilities(accessOfRow(row, orgRole)),
  };
}

export function toProjectMemberDto(row: ProjectMemberRow): ProjectMember {
  return {
    user: { id: row.userId, name: row.name, initials: initialsOf(row.name), avatarColor: row.avatarColor },
    role: row.role,
    addedAt: iso(row.addedAt)!,
  };
}
