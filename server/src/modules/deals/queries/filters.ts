import type { ListDealsQuery } from '@meridian/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { deals } from '#db/schema/index.ts';
import { type RecordScope, visibleRecordsWhere } from '#platform/permissions/record-visibility.ts';
import { likePattern, queryTerms } from '#platform/search/search-terms.ts';

const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** The deals a scope covers (own, team and sub-teams, all, or shared), as SQL on `deals`. */
export function visibleDealsWhere(scope: RecordScope): SQL {
  return visibleRecordsWhere(scope, 'deal', {
    orgId: deals.orgId,
    id: deals.id,
    ownerId: deals.ownerId,
    teamId: deals.teamId,
  });
}

/** The last day of a `YYYY-MM` month. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

export type DealFilter = Omit<ListDealsQuery, 'limit' | 'cursor' | 'sort'>;

/** Every filter of the list and the board as AND-ed conditions, visibility and tenancy included. */
export function dealFilters(orgId: string, scope: RecordScope, filter: DealFilter): SQL[] {
  const where: SQL[] = [sql`${deals.orgId} = ${orgId}`, sql`${deals.deletedAt} is null`, visibleDealsWhere(scope)];
  if (filter.pipelineId) where.push(sql`${deals.pipelineId} = ${filter.pipelineId}`);
  if (filter.stageId) where.push(sql`${deals.stageId} = ${filter.stageId}`);
  if (filter.stageKind) where.push(sql`${deals.stageKind} = ${filter.stageKind}`);
  if (filter.ownerId) where.push(sql`${deals.ownerId} = ${filter.ownerId === 'me' ? scope.userId : filter.ownerId}`);
  if (filter.teamId) where.push(sql`${deals.teamId} = ${filter.teamId}`);
  if (filter.customerId) where.push(sql`${deals.customerId} = ${filter.customerId}`);
  if (filter.closeMonth) {
    const [from, to] = monthRange(filter.closeMonth);
    where.push(sql`${deals.expectedCloseDate} between ${from} and ${to}`);
  }
  if (filter.amountMin !== undefined) where.push(sql`${deals.amountMinor} >= ${filter.amountMin}`);
  if (filter.amountMax !== undefined) where.push(sql`${deals.amountMinor} <= ${filter.amountMax}`);
  const q = filter.q?.trim();
  if (q) {
    const terms = queryTerms(q);
    const text = sql`${deals.name} ilike ${likePattern(q)}`;
    where.push(terms.length ? sql`(${deals.searchTerms} @> ${texts(terms)} and ${text})` : text);
  }
  return where;
}
