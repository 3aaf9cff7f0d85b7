import type { OrgRole, PersonRef, Recurrence, Task } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import { accessFromRow, taskAbilities } from './policy.ts';
import { NO_COUNTS, type TaskCounts, type TaskRow } from './queries/rows.ts';

export const taskKey = (row: Pick<TaskRow, 'projectKey' | 'number'>) => `${row.projectKey}-${row.number}`;

export function personRef(id: string | null, name: string | null, color: string | null): PersonRef | null {
  if (!id || name === null) return null;
  return { id, name, initials: initialsOf(name), avatarColor: color ?? '#1677ff' };
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** A task as lists, boards and calendars show it; abilities from the actor's joined project role. */
export function toTaskDto(row: TaskRow, counts: TaskCounts | undefined, orgRole: OrgRole): Task {
  const c = counts ?? NO_COUNTS;
  return {
    id: row.id,
    key: taskKey(row),
    number: row.number,
    projectId: row.projectId,
    title: row.title,
    status: {
      id: row.statusId,
      name: row.statusName,
      category: row.statusCategory as Task['status']['category'],
      color: row.statusColor,
    },
    priority: row.priority as Task['priority'],
    assignee: personRef(row.assigneeId, row.assigneeName, row.assigneeColor),
    startDate: row.startDate,
    dueDate: row.dueDate,
    estimateHours: row.estimateMinutes === null ? null : row.estimateMinutes / 60,
    loggedHours: row.loggedMinutes / 60,
    parentId: row.parentId,
    subtaskCounts: c.subtasks,
    checklistCounts: c.checklist,
    commentCount: c.comments,
    isMilestone: row.isMilestone,
    isBlocked: row.isBlocked,
    blockedReason: row.blockedReason,
    labelIds: row.labelIds ?? [],
    rank: row.rank,
    customerId: row.customerId,
    dealId: row.dealId,
    customFields: (row.customFields ?? {}) as Task['customFields'],
    recurrence: (row.recurrence ?? null) as Recurrence | null,
    completedAt: iso(row.completedAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
    version: row.version,
    abilities: taskAbilities(accessFromRow(orgRole, row)),
  };
}
