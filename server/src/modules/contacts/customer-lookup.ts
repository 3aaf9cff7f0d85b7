import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customers } from '#db/schema/index.ts';

/** The owner and team of a live customer under the visibility condition, to check who may add contacts. */
export async function findCustomerOwnership(
  db: Executor,
  orgId: string,
  id: string,
  visible: SQL,
): Promise<{ ownerId: string | null; teamId: string | null } | null> {
  const rows = await db
    .select({ ownerId: customers.ownerId, teamId: customers.teamId })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        eq(customers.id, id),
        isNull(customers.deletedAt),
        isNull(customers.mergedIntoId),
        visible,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}
