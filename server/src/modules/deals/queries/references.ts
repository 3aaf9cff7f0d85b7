import type { OrgRole } from '@meridian/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customers, memberships, teams } from '#db/schema/index.ts';
import { type CustomerScope, visibleCustomersWhere } from '#modules/customers/index.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import type { RecordScope } from '#platform/permissions/record-visibility.ts';

export type CustomerRef = { id: string; name: string };

/**
 * A live customer the actor sees (the customers module's rule: record scope plus the pool for
 * members), or null. A read of the customers table, kept to existence and visibility.
 */
export async function findVisibleCustomer(
  db: Executor,
  orgId: string,
  id: string,
  scope: RecordScope,
  role: OrgRole,
): Promise<CustomerRef | null> {
  const visible = visibleCustomersWhere(customerScopeFromRecord(scope, role));
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        eq(customers.id, id),
        sql`${customers.deletedAt} is null and ${customers.mergedIntoId} is null`,
        visible,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Whether the user is an active member of the organisation (a deal owner must be). */
export async function isActiveMember(db: Executor, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .limit(1);
  return rows.length > 0;
}

export async function teamExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  return rows.length > 0;
}

/** The customers module's scope built from a record scope already worked out (no second query). */
export function customerScopeFromRecord(scope: RecordScope, role: OrgRole): CustomerScope {
  return { record: scope, role, userId: scope.userId, poolVisible: hasRole(role, 'member') };
}
