import type { Deal, DealList, DealStageHistoryEntry, ListDealsQuery } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { type CursorKind, pageRequest, toPage } from '#platform/http/pagination.ts';
import { dealAbilities } from '../policy.ts';
import { toDealDto, toHistoryDto } from '../presenter.ts';
import { countDeals, listDeals as listDealRows, parseSort, SORT_COLUMNS, sortValueOf } from '../queries/deal-rows.ts';
import { listStageHistory } from '../queries/deal-writes.ts';
import type { DealsDeps } from './deps.ts';
import { presentDeal, requireDeal, scopeOf } from './shared.ts';

/** One keyset page of the deals the actor may see, filtered and sorted, with the total that match. */
export async function listDeals(deps: DealsDeps, ctx: RequestContext, query: ListDealsQuery): Promise<DealList> {
  const sort = parseSort(query.sort);
  const page = pageRequest(query, [SORT_COLUMNS[sort.key].kind as CursorKind, 'uuid']);
  const { limit: _limit, cursor: _cursor, sort: _sort, ...filter } = query;
  const scope = await scopeOf(ctx);
  const after = page.cursor ? ([page.cursor[0], page.cursor[1]] as [unknown, string]) : null;
  const [rows, total] = await Promise.all([
    listDealRows(ctx.db, ctx.orgId, scope, filter, { limit: page.limit, sort, after }),
    countDeals(ctx.db, ctx.orgId, scope, filter),
  ]);
  const now = deps.clock.now();
  const result = toPage(
    rows,
    page.limit,
    (row) => [sortValueOf(row, sort.key), row.id],
    (row) => toDealDto(row, { now, abilities: dealAbilities(ctx.actor, row) }),
  );
  return { ...result, total };
}

export async function getDeal(deps: DealsDeps, ctx: RequestContext, id: string): Promise<Deal> {
  return presentDeal(deps, ctx, id, await scopeOf(ctx));
}

/** The stages the deal went through, oldest first. */
export async function getDealHistory(
  _deps: DealsDeps,
  ctx: RequestContext,
  id: string,
): Promise<{ items: DealStageHistoryEntry[] }> {
  await requireDeal(ctx, id, await scopeOf(ctx));
  const rows = await listStageHistory(ctx.db, ctx.orgId, id);
  return { items: rows.map(toHistoryDto) };
}
