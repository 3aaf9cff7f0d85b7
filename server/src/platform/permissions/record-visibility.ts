import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { hasRole } from './org-actions.ts';
import { teamIdsOfUser, teamsWithDescendants, usersInTeams } from './team-hierarchy.ts';

/**
 * How much of the CRM an actor sees: owners and admins everything; a manager the records owned
 * by people of their teams and sub-teams or assigned to those teams; a member their own; a guest
 * nothing. Everyone also sees what is shared with them.
 */
export type RecordScope =
  | { kind: 'all'; userId: string }
  | { kind: 'team'; userId: string; teamIds: string[]; userIds: string[] }
  | { kind: 'own'; userId: string }
  | { kind: 'shared_only'; userId: string };

type ScopeContext = { db: Executor; orgId: string; actor: Pick<Actor, 'userId' | 'role'> };

/** Works out the actor's CRM scope (two small queries for a manager, none otherwise). */
export async function recordScopeOf(ctx: ScopeContext): Promise<RecordScope> {
  const { userId, role } = ctx.actor;
  if (hasRole(role, 'admin')) return { kind: 'all', userId };
  if (role === 'manager') {
    const teamIds = await teamsWithDescendants(ctx.db, ctx.orgId, await teamIdsOfUser(ctx.db, ctx.orgId, userId));
    const userIds = await usersInTeams(ctx.db, ctx.orgId, teamIds);
    return { kind: 'team', userId, teamIds, userIds };
  }
  if (role === 'member') return { kind: 'own', userId };
  return { kind: 'shared_only', userId };
}

/**
 * The SQL condition that keeps the records a scope covers, for a table with `org_id`, `id`,
 * `owner_id` and `team_id`. `recordType` names the record in `record_shares`. Lists, search,
 * exports and totals all filter with it, so nothing is ever filtered after the query.
 */
export function visibleRecordsWhere(
  scope: RecordScope,
  recordType: string,
  columns: { orgId: unknown; id: unknown; ownerId: unknown; teamId: unknown },
): SQL {
  if (scope.kind === 'all') return sql`true`;
  const shared = sql`exists (select 1 from record_shares rs where rs.org_id = ${columns.orgId} and rs.record_type = ${recordType} and rs.record_id = ${columns.id} and rs.user_id = ${scope.userId})`;
  if (scope.kind === 'shared_only') return shared;
  const own = sql`${columns.ownerId} = ${scope.userId}`;
  if (scope.kind === 'own') return sql`(${own} or ${shared})`;
  const parts: SQL[] = [own, shared];
  if (scope.userIds.length > 0) parts.push(sql`${columns.ownerId} in ${scope.userIds}`);
  if (scope.teamIds.length > 0) parts.push(sql`${columns.teamId} in ${scope.teamIds}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** The same rule for one loaded record, for a single read or a permission check. */
export function isRecordVisible(
  scope: RecordScope,
  record: { ownerId: string | null; teamId: string | null },
  isSharedWithActor: boolean,
): boolean {
  if (scope.kind === 'all' || isSharedWithActor) return true;
  if (scope.kind === 'shared_only') return false;
  if (record.ownerId === scope.userId) return true;
  if (scope.kind === 'own') return false;
  return (
    (record.ownerId !== null && scope.userIds.includes(record.ownerId)) ||
    (record.teamId !== null && scope.teamIds.includes(record.teamId))
  );
}
