import type { FieldError } from '@meridian/contracts';
import type { Executor } from '#db/client.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import {
  customerExists,
  dealExists,
  findMembersForProject,
  findStatuses,
  findTaskRecord,
  findUsableLabelIds,
  isInAncestry,
  type StatusRow,
} from '../queries/writes.ts';

/** The references a create or an update brings, each checked against the task's project. */
export type TaskRefsInput = {
  statusId?: string;
  assigneeId?: string | null;
  parentId?: string | null;
  labelIds?: string[];
  watcherIds?: string[];
  customerId?: string | null;
  dealId?: string | null;
};

type Scope = { db: Executor; orgId: string; projectId: string; projectVisibility: string; taskId: string | null };

/** Whether an organisation member may see the project (and so hold or watch its tasks). */
function seesProject(member: { role: string; projectRole: string | null }, visibility: string): boolean {
  if (member.projectRole) return true;
  if (hasRole(member.role as never, 'admin')) return true;
  return visibility === 'org' && member.role !== 'guest';
}

/**
 * Checks every reference at once and answers all field errors together (422), so a form can
 * mark each wrong field. A parent inside the task's own subtasks answers task_cycle.
 */
export async function validateTaskRefs(scope: Scope, input: TaskRefsInput): Promise<{ statuses: StatusRow[] }> {
  const { db, orgId, projectId } = scope;
  const errors: FieldError[] = [];
  const statuses = await findStatuses(db, orgId, projectId);
  if (input.statusId !== undefined && !statuses.some((s) => s.id === input.statusId)) {
    errors.push(fieldError('statusId', 'invalid', 'Choose a status of this project'));
  }
  const people = [...new Set([...(input.assigneeId ? [input.assigneeId] : []), ...(input.watcherIds ?? [])])];
  if (people.length) {
    const members = await findMembersForProject(db, orgId, projectId, people);
    const ok = new Set(members.filter((m) => seesProject(m, scope.projectVisibility)).map((m) => m.userId));
    if (input.assigneeId && !ok.has(input.assigneeId)) {
      errors.push(fieldError('assigneeId', 'invalid', 'Choose an active member who can see this project'));
    }
    (input.watcherIds ?? []).forEach((id, i) => {
      if (!ok.has(id)) errors.push(fieldError(`watcherIds.${i}`, 'invalid', 'Not a member who can see this project'));
    });
  }
  if (input.labelIds?.length) {
    const usable = await findUsableLabelIds(db, orgId, projectId, input.labelIds);
    input.labelIds.forEach((id, i) => {
      if (!usable.has(id)) errors.push(fieldError(`labelIds.${i}`, 'invalid', 'No such label in this project'));
    });
  }
  if (input.customerId && !(await customerExists(db, orgId, input.customerId))) {
    errors.push(fieldError('customerId', 'invalid', 'No such customer'));
  }
  if (input.dealId && !(await dealExists(db, orgId, input.dealId))) {
    errors.push(fieldError('dealId', 'invalid', 'No such deal'));
  }
  let cycle = false;
  if (input.parentId) {
    const parent = await findTaskRecord(db, orgId, input.parentId);
    if (!parent || parent.deletedAt || parent.projectId !== projectId) {
      errors.push(fieldError('parentId', 'invalid', 'Choose a task of the same project'));
    } else if (scope.taskId && (await isInAncestry(db, orgId, input.parentId, scope.taskId))) {
      cycle = true;
    }
  }
  if (errors.length) throw new AppError('validation_failed', { fields: errors });
  if (cycle) {
    throw new AppError('task_cycle', {
      detail: 'A task cannot be moved under itself or one of its subtasks',
      fields: [fieldError('parentId', 'cycle', 'Choose a task outside this one')],
    });
  }
  return { statuses };
}
