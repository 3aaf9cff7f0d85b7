import type { CustomerShares } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { forbidden, notFound } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { customerAbilities } from '../policy.ts';
import { findAssignableMember } from '../queries/rows.ts';
import { deleteShare, insertShare, listShares } from '../queries/shares.ts';
import type { CustomersDeps } from './deps.ts';
import { assertCrmMember, loadVisibleCustomer } from './shared.ts';

async function present(ctx: RequestContext, id: string): Promise<CustomerShares> {
  const rows = await listShares(ctx.db, ctx.orgId, id);
  return {
    items: rows.map((r) => ({
      user: { id: r.userId, name: r.name, initials: initialsOf(r.name), avatarColor: r.avatarColor },
      createdAt: new Date(r.createdAt).toISOString(),
    })),
  };
}

/** Who the customer is shared with (anyone who can see it may ask). */
export async function getCustomerShares(_deps: CustomersDeps, ctx: RequestContext, id: string) {
  assertCrmMember(ctx);
  await loadVisibleCustomer(ctx, id);
  return present(ctx, id);
}

/** Shares (or unshares) a customer with a member: they can then read it. */
export async function setCustomerShare(
  deps: CustomersDeps,
  ctx: RequestContext,
  target: { id: string; userId: string },
  shared: boolean,
): Promise<CustomerShares> {
  assertCrmMember(ctx);
  return withTx(ctx, async (tx) => {
    const { row, scope } = await loadVisibleCustomer(tx, target.id, { lock: true });
    if (!customerAbilities(scope, row).share) throw forbidden('You may not share this customer');
    const now = deps.clock.now();
    // A person outside the organisation is a path id like any other: 404, never a hint. Unsharing
    // works for someone who has left, as long as the share exists.
    const changed = shared
      ? (await findAssignableMember(tx.db, ctx.orgId, target.userId)) &&
        (await insertShare(tx.db, ctx.orgId, target.id, target.userId, now))
      : await deleteShare(tx.db, ctx.orgId, target.id, target.userId);
    if (!changed && !(await findAssignableMember(tx.db, ctx.orgId, target.userId))) throw notFound('No such member');
    if (changed) {
      await recordAudit(
        tx.db,
        tx,
        {
          action: shared ? 'customer.shared' : 'customer.unshared',
          targetType: 'customer',
          targetId: target.id,
          targetLabel: row.name,
          changes: { sharedWith: shared ? { from: null, to: target.userId } : { from: target.userId, to: null } },
        },
        now,
      );
      await addOutboxEvent(tx.db, tx, {
        type: 'customer.updated',
        payload: { customerId: target.id, changes: ['shares'] },
        audience: { userIds: [target.userId, ...(row.ownerId ? [row.ownerId] : [])] },
      });
    }
    return present(tx, target.id);
  });
}
