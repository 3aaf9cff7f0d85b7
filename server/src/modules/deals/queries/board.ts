import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { deals, pipelineStages } from '#db/schema/index.ts';
import type { RecordScope } from '#platform/permissions/record-visibility.ts';
import { type DealRow, selectDeals } from './deal-rows.ts';
import { type DealFilter, dealFilters } from './filters.ts';

export type ColumnTotals = { stageId: string; count: number; totalAmountMinor: number; weightedAmountMinor: number };

/**
 * Count, total and weighted total per stage over every matching deal the scope covers: one
 * grouped query, whatever the number of deals. Weighted = Σ amount × probability / 100, rounded
 * half up once per column.
 */
export async function boardTotals(
  db: Executor,
  orgId: string,
  scope: RecordScope,
  filter: DealFilter & { pipelineId: string },
): Promise<ColumnTotals[]> {
  const rows = await db
    .select({
      stageId: deals.stageId,
      count: sql<number>`count(*)::int`,
      total: sql<string>`coalesce(sum(${deals.amountMinor}), 0)::text`,
      weighted: sql<string>`coalesce(round(sum(${deals.amountMinor}::numeric * coalesce(${deals.probabilityOverride}, ${pipelineStages.probability})) / 100), 0)::text`,
    })
    .from(deals)
    .innerJoin(pipelineStages, and(eq(pipelineStages.orgId, deals.orgId), eq(pipelineStages.id, deals.stageId)))
    .where(and(...dealFilters(orgId, scope, filter)))
    .groupBy(deals.stageId);
  return rows.map((r) => ({
    stageId: r.stageId,
    count: r.count,
    totalAmountMinor: Number(r.total),
    weightedAmountMinor: Number(r.weighted),
  }));
}

/**
 * The cards of each column, most recently changed first: rows `offset + 1 … offset + limit + 1`
 * of every stage (the extra one tells that more exist), numbered by a window in one query.
 */
export async function boardCards(
  db: Executor,
  orgId: string,
  scope: RecordScope,
  filter: DealFilter & { pipelineId: string },
  page: { limit: number; offset: number },
): Promise<(DealRow & { rn: number })[]> {
  const ranked = db
    .select({
      rankedId: sql<string>`${deals.id}`.as('ranked_id'),
      rn: sql<number>`row_number() over (partition by ${deals.stageId} order by ${deals.updatedAt} desc, ${deals.id} desc)`.as(
        'rn',
      ),
    })
    .from(deals)
    .where(and(...dealFilters(orgId, scope, filter)))
    .as('ranked');
  const rows = await selectDeals(db, { rn: sql<number>`${ranked.rn}::int` })
    .innerJoin(ranked, sql`${ranked.rankedId} = ${deals.id}`)
    .where(
      and(
        eq(deals.orgId, orgId),
        sql`${ranked.rn} > ${page.offset}`,
        sql`${ranked.rn} <= ${page.offset + page.limit + 1}`,
      ),
    )
    .orderBy(asc(deals.stageId), asc(ranked.rn));
  return rows as (DealRow & { rn: number })[];
}
