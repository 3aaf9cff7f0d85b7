import type { Team } from '@meridian/contracts';
import type { Executor } from '#db/client.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { teamAbilities } from '../policy.ts';
import { toTeamDto } from '../presenter.ts';
import { findTeam, isTeamNameTaken, teamExists } from '../queries.ts';

export const TEAM_FIELDS = ['name', 'description', 'parentId'] as const;

/** The team as the actor sees it, read on the context's executor (inside or outside a transaction). */
export async function presentTeam(ctx: RequestContext, id: string): Promise<Team> {
  const row = await findTeam(ctx.db, ctx.orgId, id);
  if (!row) throw notFound('No such team');
  return toTeamDto(row, { abilities: teamAbilities(ctx.actor) });
}

/** A name without surrounding blanks; blanks only is as good as empty. */
export function cleanTeamName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed)
    throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a team name')] });
  return trimmed;
}

/** The parent must be a team of the same organisation; anything else is a field error, not a 404. */
export async function assertParentExists(db: Executor, orgId: string, parentId: string): Promise<void> {
  if (await teamExists(db, orgId, parentId)) return;
  throw new AppError('validation_failed', {
    fields: [fieldError('parentId', 'invalid', 'No such team in this organisation')],
  });
}

export async function assertNameFree(
  db: Executor,
  orgId: string,
  parentId: string | null,
  name: string,
  exceptId: string | null,
): Promise<void> {
  if (!(await isTeamNameTaken(db, orgId, parentId, name, exceptId))) return;
  throw new AppError('already_exists', {
    detail: 'Another team under the same parent has this name',
    fields: [fieldError('name', 'taken', 'A team with this name already exists here')],
  });
}
