import type { Db, Executor } from '#db/client.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { markReturnWarnings, returnIdleCustomers } from '../queries/pool.ts';

export const POOL_RETURN_JOB = 'customers.pool_return';
const DAY_MS = 24 * 60 * 60 * 1000;

function systemContext(db: Executor): AnyContext {
  return { db, orgId: null, actor: null, requestId: '', locale: 'zh-CN', timeZone: 'UTC', ip: '', userAgent: 'job' };
}

/**
 * The pool's daily sweep, in one transaction: owners of customers close to their return are
 * warned once per idle spell (an outbox event only their clients receive), then customers idle
 * for their organisation's return period go back to the pool. Running it twice changes nothing.
 */
export async function runPoolReturn(db: Db, now: Date): Promise<{ warned: number; returned: number }> {
  return db.transaction(async (tx) => {
    const ctx = systemContext(tx);
    const returned = await returnIdleCustomers(tx, now);
    for (const row of returned) {
      await recordAudit(
        tx,
        ctx,
        {
          orgId: row.org_id,
          action: 'customer.returned_to_pool',
          targetType: 'customer',
          targetId: row.id,
          targetLabel: row.name,
          changes: { ownerId: { from: row.owner_id, to: null } },
        },
        now,
      );
      await addOutboxEvent(tx, ctx, {
        orgId: row.org_id,
        type: 'customer.returned_to_pool',
        payload: { customerId: row.id, previousOwnerId: row.owner_id },
        audience: { minRole: 'member' },
      });
    }
    const warned = await markReturnWarnings(tx, now);
    for (const row of warned) {
      const returnsAt = new Date(new Date(row.idle_since).getTime() + Number(row.return_days) * DAY_MS);
      await addOutboxEvent(tx, ctx, {
        orgId: row.org_id,
        type: 'customer.pool_return_warning',
        payload: { customerId: row.id, ownerId: row.owner_id, name: row.name, returnsAt: returnsAt.toISOString() },
        audience: { userIds: [row.owner_id] },
      });
    }
    return { warned: warned.length, returned: returned.length };
  });
}
