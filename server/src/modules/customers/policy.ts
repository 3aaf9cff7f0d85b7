import type { Customer } from '@meridian/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { isRecordVisible, type RecordScope, recordScopeOf } from '#platform/permissions/record-visibility.ts';

export const CUSTOMER_RECORD = 'customer';

/**
 * What the actor sees of the customers: the CRM record scope (own / team / all / shared) and,
 * for every non-guest, the pool (公海池) of unowned customers that anyone may claim.
 */
export type CustomerScope = { record: RecordScope; role: Actor['role']; userId: string; poolVisible: boolean };

export async function customerScopeOf(ctx: {
  db: Executor;
  orgId: string;
  actor: Pick<Actor, 'userId' | 'role'>;
}): Promise<CustomerScope> {
  return {
    record: await recordScopeOf(ctx),
    role: ctx.actor.role,
    userId: ctx.actor.userId,
    poolVisible: hasRole(ctx.actor.role, 'member'),
  };
}

// Qualified by hand: inside the record_shares subquery a bare "org_id" would mean rs.org_id.
const COLUMNS = {
  orgId: sql.raw('customers.org_id'),
  id: sql.raw('customers.id'),
  ownerId: sql.raw('customers.owner_id'),
  teamId: sql.raw('customers.team_id'),
};

/** The SQL condition for the customers (table `customers`, unaliased) the scope covers. */
export function visibleCustomersWhere(scope: CustomerScope): SQL {
  const { record } = scope;
  const pool = scope.poolVisible ? sql` or customers.owner_id is null` : sql``;
  if (record.kind === 'all') return sql`true`;
  const shared = sql`exists (select 1 from record_shares rs where rs.org_id = ${COLUMNS.orgId} and rs.record_type = ${CUSTOMER_RECORD} and rs.record_id = ${COLUMNS.id} and rs.user_id = ${record.userId})`;
  if (record.kind === 'shared_only') return sql`(${shared}${pool})`;
  const parts: SQL[] = [sql`${COLUMNS.ownerId} = ${record.userId}`, shared];
  if (record.kind === 'team') {
    if (record.userIds.length > 0) parts.push(sql`${COLUMNS.ownerId} in ${record.userIds}`);
    if (record.teamIds.length > 0) parts.push(sql`${COLUMNS.teamId} in ${record.teamIds}`);
  }
  return sql`(${sql.join(parts, sql` or `)}${pool})`;
}

type Owned = { ownerId: string | null; teamId: string | null };

/** Whether the actor manages the record: admins all, a manager their teams' records, a rep their own. */
export function managesCustomer(scope: CustomerScope, row: Owned): boolean {
  if (hasRole(scope.role, 'admin')) return true;
  if (row.ownerId !== null && row.ownerId === scope.userId) return true;
  return scope.record.kind === 'team' && isRecordVisible(scope.record, row, false);
}

export function customerAbilities(scope: CustomerScope, row: Owned): Customer['abilities'] {
  const manages = managesCustomer(scope, row);
  const isAdmin = hasRole(scope.role, 'admin');
  const inPool = row.ownerId === null;
  return {
    update: manages,
    delete: isAdmin || (row.ownerId !== null && row.ownerId === scope.userId),
    reassign: isAdmin || (scope.record.kind === 'team' && manages),
    share: manages,
    claim: inPool && scope.poolVisible,
    release: !inPool && manages,
  };
}

/** Managers may hand customers only to people within their scope (or themselves); admins to anyone. */
export function mayAssignTo(scope: CustomerScope, userId: string): boolean {
  if (hasRole(scope.role, 'admin')) return true;
  if (userId === scope.userId) return true;
  return scope.record.kind === 'team' && scope.record.userIds.includes(userId);
}
