import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { contacts, customers, recordShares, users } from '#db/schema/index.ts';
import { CUSTOMER_RECORD } from '../policy.ts';

export type ShareRow = { userId: string; name: string; avatarColor: string; createdAt: Date };

export async function listShares(db: Executor, orgId: string, customerId: string): Promise<ShareRow[]> {
  return db
    .select({
      userId: recordShares.userId,
      name: users.name,
      avatarColor: users.avatarColor,
      createdAt: recordShares.createdAt,
    })
    .from(recordShares)
    .innerJoin(users, eq(users.id, recordShares.userId))
    .where(
      and(
        eq(recordShares.orgId, orgId),
        eq(recordShares.recordType, CUSTOMER_RECORD),
        eq(recordShares.recordId, customerId),
      ),
    )
    .orderBy(asc(recordShares.createdAt), asc(users.name));
}

/** Shares the customer with the user; false when it already was. */
export async function insertShare(db: Executor, orgId: string, customerId: string, userId: string, at: Date) {
  const rows = await db
    .insert(recordShares)
    .values({ orgId, recordType: CUSTOMER_RECORD, recordId: customerId, userId, createdAt: at })
    .onConflictDoNothing()
    .returning({ userId: recordShares.userId });
  return rows.length > 0;
}

export async function deleteShare(db: Executor, orgId: string, customerId: string, userId: string) {
  const rows = await db
    .delete(recordShares)
    .where(
      and(
        eq(recordShares.orgId, orgId),
        eq(recordShares.recordType, CUSTOMER_RECORD),
        eq(recordShares.recordId, customerId),
        eq(recordShares.userId, userId),
      ),
    )
    .returning({ userId: recordShares.userId });
  return rows.length > 0;
}

/**
 * Moves what hangs off the source customer onto the target: its contacts and its shares. Deals
 * and interactions belong to their modules, which react to `customer.merged`.
 */
export async function moveCustomerChildren(db: Executor, orgId: string, sourceId: string, targetId: string, at: Date) {
  const moved = await db
    .update(contacts)
    .set({ customerId: targetId, updatedAt: at, version: sql`${contacts.version} + 1` })
    .where(and(eq(contacts.orgId, orgId), eq(contacts.customerId, sourceId)))
    .returning({ id: contacts.id });
  await db.execute(sql`insert into record_shares (org_id, record_type, record_id, user_id, created_at)
    select org_id, record_type, ${targetId}, user_id, ${at} from record_shares
    where org_id = ${orgId} and record_type = ${CUSTOMER_RECORD} and record_id = ${sourceId}
    on conflict do nothing`);
  return moved.length;
}

/** Marks the source as merged into the target; it disappears from every read. */
export async function markMerged(db: Executor, orgId: string, sourceId: string, targetId: string, at: Date) {
  await db
    .update(customers)
    .set({ mergedIntoId: targetId, updatedAt: at, version: sql`${customers.version} + 1` })
    .where(and(eq(customers.orgId, orgId), eq(customers.id, sourceId)));
}
