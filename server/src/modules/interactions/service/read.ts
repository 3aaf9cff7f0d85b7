import type { Interaction, ListInteractionsQuery } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { recordScopeOf } from '#platform/permissions/record-visibility.ts';
import { interactionAbilities } from '../policy.ts';
import { toInteractionDto } from '../presenter.ts';
import { listInteractions as listRows } from '../queries.ts';
import type { InteractionsDeps } from './deps.ts';
import { presentInteraction } from './shared.ts';

/** One page of interactions, newest first, of the customers the actor may see (optionally one customer or deal). */
export async function listInteractions(
  _deps: InteractionsDeps,
  ctx: RequestContext,
  query: ListInteractionsQuery,
): Promise<Page<Interaction>> {
  const page = pageRequest(query, ['instant', 'uuid']);
  const scope = await recordScopeOf(ctx);
  const after = page.cursor ? ([page.cursor[0], page.cursor[1]] as [string, string]) : null;
  const rows = await listRows(ctx.db, ctx.orgId, scope, ctx.actor.role, query, { limit: page.limit, after });
  return toPage(
    rows,
    page.limit,
    (row) => [new Date(row.occurredAt).toISOString(), row.id],
    (row) => toInteractionDto(row, { abilities: interactionAbilities(ctx.actor, row) }),
  );
}

export async function getInteraction(_deps: InteractionsDeps, ctx: RequestContext, id: string): Promise<Interaction> {
  return presentInteraction(ctx, id, await recordScopeOf(ctx));
}
