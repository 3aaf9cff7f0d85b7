import type { CustomFieldValues, Project } from '@meridian/contracts';
import type { Executor } from '#db/client.ts';
import { loadCustomFieldDefinitions } from '#modules/custom-fields/queries.ts';
import { validateCustomFieldValues } from '#modules/custom-fields/validator.ts';
import { type AuditChanges, recordAudit } from '#platform/audit/audit.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { toProjectDto } from '../presenter.ts';
import { crmRecordExists, findProjectView } from '../queries.ts';
import { findActiveOrgMember } from '../queries-members.ts';
import { todayIn } from '../templates/working-days.ts';
import type { ProjectsDeps } from './deps.ts';

export const PROJECT_FIELDS = [
  'key',
  'name',
  'description',
  'status',
  'visibility',
  'leadId',
  'startDate',
  'endDate',
  'color',
  'customerId',
  'dealId',
  'customFields',
] as const;

export function projectToday(deps: ProjectsDeps, ctx: Pick<RequestContext, 'timeZone'>): string {
  return todayIn(ctx.timeZone, deps.clock.now());
}

/** The project as the actor sees it, read on the context's executor; 404 when it does not exist. */
export async function presentProject(
  deps: ProjectsDeps,
  ctx: RequestContext,
  where: { id: string } | { key: string },
): Promise<Project> {
  const row = await findProjectView(
    ctx.db,
    ctx.orgId,
    { userId: ctx.actor.userId, today: projectToday(deps, ctx) },
    where,
  );
  if (!row) throw notFound('No such project');
  return toProjectDto(row, ctx.actor.role);
}

/** The lead must be an active member of the organisation (not a guest). */
export async function assertLeadCandidate(db: Executor, orgId: string, userId: string): Promise<void> {
  const member = await findActiveOrgMember(db, orgId, userId);
  if (member && member.role !== 'guest') return;
  throw new AppError('validation_failed', {
    fields: [fieldError('leadId', 'invalid', 'The lead must be an active member of the organisation')],
  });
}

export function assertDates(startDate: string | null, endDate: string | null): void {
  if (startDate && endDate && endDate < startDate) {
    throw new AppError('validation_failed', {
      fields: [fieldError('endDate', 'before_start', 'The end date is before the start date')],
    });
  }
}

export function keyTaken(): AppError {
  return new AppError('already_exists', {
    detail: 'Another project of the organisation (or one in the trash) has this key',
    fields: [fieldError('key', 'taken', 'This key is already used')],
  });
}

/** Checks custom field values against the organisation's project fields; returns the cleaned values. */
export async function checkProjectCustomFields(
  db: Executor,
  orgId: string,
  values: CustomFieldValues,
): Promise<CustomFieldValues> {
  const definitions = await loadCustomFieldDefinitions(db, orgId, 'project');
  return validateCustomFieldValues(definitions, values);
}

/** The audit entry and the outbox event of one project change, in the caller's transaction. */
export async function recordProjectChange(
  deps: ProjectsDeps,
  ctx: RequestContext,
  project: { id: string; name: string },
  action: string,
  changes: AuditChanges,
  event: { type: string; payload: Record<string, unknown> },
): Promise<void> {
  const now = deps.clock.now();
  await recordAudit(
    ctx.db,
    ctx,
    { action, targetType: 'project', targetId: project.id, targetLabel: project.name, changes },
    now,
  );
  await addOutboxEvent(ctx.db, ctx, event);
}

/** A linked customer or deal must be a live record of the organisation: 422 on the field otherwise. */
export async function assertCrmLinks(
  db: Executor,
  orgId: string,
  links: { customerId?: string | null; dealId?: string | null },
): Promise<void> {
  const fields = [];
  if (links.customerId && !(await crmRecordExists(db, orgId, 'customer', links.customerId))) {
    fields.push(fieldError('customerId', 'invalid', 'No such customer in this organisation'));
  }
  if (links.dealId && !(await crmRecordExists(db, orgId, 'deal', links.dealId))) {
    fields.push(fieldError('dealId', 'invalid', 'No such deal in this organisation'));
  }
  if (fields.length) throw new AppError('validation_failed', { fields });
}
