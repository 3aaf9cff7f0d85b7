import type { BulkItemResult, ReassignCustomersBody, ReassignCustomersResult } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { customerAbilities, customerScopeOf, mayAssignTo, visibleCustomersWhere } from '../policy.ts';
import { findAssignableMember, findCustomer, firstTeamOf, updateCustomerRow } from '../queries/rows.ts';
import type { CustomersDeps } from './deps.ts';
import { assertCrmMember } from './shared.ts';

/**
 * Hands customers to another rep (e.g. when someone leaves): managers within their teams,
 * admins anywhere. Answers per customer; hidden or unknown ids are `not_found`, customers the
 * actor may not reassign `forbidden`. The team follows the new owner.
 */
export async function reassignCustomers(
  deps: CustomersDeps,
  ctx: RequestContext,
  input: ReassignCustomersBody,
): Promise<ReassignCustomersResult> {
  assertCrmMember(ctx);
  return withTx(ctx, async (tx) => {
    const scope = await customerScopeOf(tx);
    const owner = await findAssignableMember(tx.db, ctx.orgId, input.ownerId);
    if (!owner || !mayAssignTo(scope, input.ownerId)) {
      throw new AppError('validation_failed', {
        fields: [fieldError('ownerId', 'invalid', 'You cannot give customers to this person')],
      });
    }
    const teamId = await firstTeamOf(tx.db, ctx.orgId, owner.userId);
    const visible = visibleCustomersWhere(scope);
    const now = deps.clock.now();
    const results: BulkItemResult[] = [];
    for (const id of [...new Set(input.ids)]) {
      const row = await findCustomer(tx.db, ctx.orgId, id, visible, { lock: true });
      if (!row) {
        results.push({ id, ok: false, code: 'not_found' });
        continue;
      }
      if (!customerAbilities(scope, row).reassign) {
        results.push({ id, ok: false, code: 'forbidden' });
        continue;
      }
      if (row.ownerId === owner.userId) {
        results.push({ id, ok: true, code: null });
        continue;
      }
      await updateCustomerRow(tx.db, ctx.orgId, id, undefined, {
        ownerId: owner.userId,
        teamId: teamId ?? row.teamId,
        claimedAt: now,
        poolWarnedAt: null,
        updatedAt: now,
      });
      await recordAudit(
        tx.db,
        tx,
        {
          action: 'customer.reassigned',
          targetType: 'customer',
          targetId: id,
          targetLabel: row.name,
          changes: { ownerId: { from: row.ownerId, to: owner.userId } },
        },
        now,
      );
      await addOutboxEvent(tx.db, tx, {
        type: 'customer.reassigned',
        payload: { customerId: id, ownerId: owner.userId, previousOwnerId: row.ownerId },
        audience: { minRole: 'member' },
      });
      results.push({ id, ok: true, code: null });
    }
    return { results };
  });
}
