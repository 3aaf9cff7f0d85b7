import type { Project, UpdateProjectBody } from '@meridian/contracts';
import { diffFields } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { requireProjectAccess } from '../access.ts';
import { findProjectForUpdate, isProjectKeyTaken, updateProjectVersioned } from '../queries.ts';
import { upsertProjectMember } from '../queries-members.ts';
import type { ProjectsDeps } from './deps.ts';
import {
  assertCrmLinks,
  assertDates,
  assertLeadCandidate,
  checkProjectCustomFields,
  keyTaken,
  PROJECT_FIELDS,
  presentProject,
  recordProjectChange,
} from './shared.ts';

/**
 * Changes a project's fields (its lead or managers, admins). A stale version answers 409 with
 * the current project; a new lead becomes a lead member of the project.
 */
export async function updateProject(
  deps: ProjectsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateProjectBody,
  version: number | undefined,
): Promise<Project> {
  return withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, id, 'update');
    const before = await findProjectForUpdate(tx.db, ctx.orgId, id);
    if (!before) throw new AppError('not_found');
    if (before.archivedAt) throw new AppError('project_archived');
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentProject(deps, tx, { id }));
    const name = input.name === undefined ? before.name : input.name.trim();
    if (!name)
      throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a project name')] });
    const next = {
      key: input.key ?? before.key,
      name,
      description: input.description ?? before.description,
      status: input.status ?? before.status,
      visibility: input.visibility ?? before.visibility,
      leadId: input.leadId === undefined ? before.leadId : input.leadId,
      startDate: input.startDate === undefined ? before.startDate : input.startDate,
      endDate: input.endDate === undefined ? before.endDate : input.endDate,
      color: input.color ?? before.color,
      customerId: input.customerId === undefined ? before.customerId : input.customerId,
      dealId: input.dealId === undefined ? before.dealId : input.dealId,
      customFields:
        input.customFields === undefined
          ? before.customFields
          : await checkProjectCustomFields(tx.db, ctx.orgId, { ...before.customFields, ...input.customFields }),
    };
    const changes = diffFields(before, { ...before, ...next }, [...PROJECT_FIELDS]);
    if (Object.keys(changes).length === 0) return presentProject(deps, tx, { id });
    if (changes.startDate || changes.endDate) assertDates(next.startDate, next.endDate);
    if (changes.key && (await isProjectKeyTaken(tx.db, ctx.orgId, next.key, id))) throw keyTaken();
    if (changes.leadId && next.leadId) await assertLeadCandidate(tx.db, ctx.orgId, next.leadId);
    await assertCrmLinks(tx.db, ctx.orgId, {
      customerId: changes.customerId ? next.customerId : null,
      dealId: changes.dealId ? next.dealId : null,
    });
    const now = deps.clock.now();
    const patch: Record<string, unknown> = Object.fromEntries(
      Object.keys(changes).map((f) => [f, next[f as keyof typeof next]]),
    );
    if (changes.name || changes.key || changes.description) {
      patch.searchTerms = documentTerms(next.name, next.key, next.description);
    }
    const after = await updateProjectVersioned(tx.db, ctx.orgId, id, version, patch, now);
    if (!after) throw versionConflict(await presentProject(deps, tx, { id }));
    if (changes.leadId && next.leadId) {
      await upsertProjectMember(tx.db, {
        orgId: ctx.orgId,
        projectId: id,
        userId: next.leadId,
        role: 'lead',
        addedAt: now,
      });
    }
    await recordProjectChange(deps, tx, { id, name }, 'project.updated', changes, {
      type: 'project.updated',
      payload: { projectId: id, changes: Object.keys(changes) },
    });
    return presentProject(deps, tx, { id });
  });
}
