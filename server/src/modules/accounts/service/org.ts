import type { Organization, UpdateOrgBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCan } from '#platform/permissions/org-actions.ts';
import { toOrganizationDto } from '../presenter.ts';
import { findOrgById, updateOrgVersioned } from '../queries/orgs.ts';
import type { AccountsDeps } from './deps.ts';
import { stripUndefined } from './profile.ts';
import { assertCurrency, assertTimeZone } from './time-zone.ts';

export async function getOrg(_deps: AccountsDeps, ctx: RequestContext): Promise<Organization> {
  assertCan(ctx.actor.role, 'org.read');
  const org = await findOrgById(ctx.db, ctx.orgId);
  if (!org) throw new AppError('not_found');
  return toOrganizationDto(org);
}

const ORG_FIELDS = ['name', 'currency', 'timeZone', 'weekStart', 'sessionIdleMinutes'] as const;

/** Organisation settings: admins and owners only; audited with before and after. */
export async function updateOrg(
  deps: AccountsDeps,
  ctx: RequestContext,
  input: UpdateOrgBody,
  version: number | undefined,
): Promise<Organization> {
  assertCan(ctx.actor.role, 'org.update');
  if (input.timeZone) assertTimeZone(input.timeZone);
  if (input.currency) assertCurrency(input.currency);
  return withTx(ctx, async (tx) => {
    const before = await findOrgById(tx.db, ctx.orgId);
    if (!before) throw new AppError('not_found');
    const patch = stripUndefined({ ...input, name: input.name?.trim(), version: undefined });
    const after = await updateOrgVersioned(tx.db, ctx.orgId, version, patch, deps.clock.now());
    // Re-read: the row that won may have committed after `before` was read.
    if (!after) throw versionConflict(toOrganizationDto((await findOrgById(tx.db, ctx.orgId)) ?? before));
    const changes = diffFields(before, after, [...ORG_FIELDS]);
    await recordAudit(
      tx.db,
      tx,
      { action: 'org.updated', targetType: 'org', targetId: ctx.orgId, targetLabel: after.name, changes },
      deps.clock.now(),
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'org.updated',
      payload: { orgId: ctx.orgId, changes: Object.keys(changes) },
    });
    return toOrganizationDto(after);
  });
}
