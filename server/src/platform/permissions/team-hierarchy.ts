import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';

/**
 * The teams a user belongs to and every team below them: what a manager may see. One
 * recursive query, bounded by the organisation.
 */
export async function teamsWithDescendants(db: Executor, orgId: string, rootTeamIds: string[]): Promise<string[]> {
  if (rootTeamIds.length === 0) return [];
  const rows = await queryRows<Record<string, string>>(
    db,
    sql`
    with recursive tree(id) as (
      select id from teams where org_id = ${orgId} and id in ${rootTeamIds}
      union
      select t.id from teams t join tree on t.parent_id = tree.id where t.org_id = ${orgId}
    ) select id from tree`,
  );
  return rows.map((r) => r.id!);
}

/** The teams a user is a member (or lead) of. */
export async function teamIdsOfUser(db: Executor, orgId: string, userId: string): Promise<string[]> {
  const rows = await queryRows<Record<string, string>>(
    db,
    sql`select team_id from team_members where org_id = ${orgId} and user_id = ${userId}`,
  );
  return rows.map((r) => r.team_id!);
}

/** Users in the given teams: the people a manager's team scope covers. */
export async function usersInTeams(db: Executor, orgId: string, teamIds: string[]): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await queryRows<Record<string, string>>(
    db,
    sql`select distinct user_id from team_members where org_id = ${orgId} and team_id in ${teamIds}`,
  );
  return rows.map((r) => r.user_id!);
}

/** Whether making `parentId` the parent of `teamId` would put the team inside itself. */
export async function wouldCreateCycle(
  db: Executor,
  orgId: string,
  teamId: string,
  parentId: string,
): Promise<boolean> {
  if (teamId === parentId) return true;
  const below = await teamsWithDescendants(db, orgId, [teamId]);
  return below.includes(parentId);
}
