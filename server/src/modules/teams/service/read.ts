import type { Team } from '@meridian/contracts';
import type { Executor } from '#db/client.ts';
import type { Actor, RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { teamIdsOfUser, teamsWithDescendants } from '#platform/permissions/team-hierarchy.ts';
import { assertCanTeam, teamAbilities } from '../policy.ts';
import { toTeamDto } from '../presenter.ts';
import { listTeams as listTeamRows } from '../queries.ts';
import type { TeamsDeps } from './deps.ts';
import { presentTeam } from './shared.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cursorAfter(cursor: unknown[] | null): [string, string] | null {
  if (!cursor) return null;
  const [name, id] = cursor;
  if (typeof name === 'string' && typeof id === 'string' && UUID.test(id)) return [name, id];
  throw new AppError('validation_failed', {
    fields: [fieldError('cursor', 'invalid', 'Not a cursor from this list', 'querystring')],
  });
}

/** One page of the organisation's teams by name, each with its members (one query per page). */
export async function listTeams(
  _deps: TeamsDeps,
  ctx: RequestContext,
  query: { limit?: number; cursor?: string },
): Promise<Page<Team>> {
  assertCanTeam(ctx.actor, 'list');
  const page = pageRequest(query, ['string', 'uuid']);
  const rows = await listTeamRows(ctx.db, ctx.orgId, { limit: page.limit, after: cursorAfter(page.cursor) });
  const abilities = teamAbilities(ctx.actor);
  return toPage(
    rows,
    page.limit,
    (row) => [row.name, row.id],
    (row) => toTeamDto(row, { abilities }),
  );
}

/** One team with its members; another organisation's id answers 404. */
export async function getTeam(_deps: TeamsDeps, ctx: RequestContext, id: string): Promise<Team> {
  assertCanTeam(ctx.actor, 'get');
  return presentTeam(ctx, id);
}

export type TeamScopeContext = { db: Executor; orgId: string; actor: Pick<Actor, 'userId'> };

/**
 * The ids of the teams the actor belongs to and of every team below them: what "my team and
 * its sub-teams" covers when another module scopes a manager's view.
 */
export async function teamScopeOf(ctx: TeamScopeContext): Promise<string[]> {
  const own = await teamIdsOfUser(ctx.db, ctx.orgId, ctx.actor.userId);
  return teamsWithDescendants(ctx.db, ctx.orgId, own);
}
