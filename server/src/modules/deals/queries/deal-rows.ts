import type { DealSort } from '@meridian/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customers, deals, pipelineStages, users } from '#db/schema/index.ts';
import type { RecordScope } from '#platform/permissions/record-visibility.ts';
import { type DealFilter, dealFilters, visibleDealsWhere } from './filters.ts';

export type LineItemRow = {
  id: string;
  name: string;
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  lineTotalMinor: number;
};

export type DealRow = {
  id: string;
  name: string;
  customerId: string;
  customerName: string;
  pipelineId: string;
  stageId: string;
  stageKind: 'open' | 'won' | 'lost';
  stageName: string;
  stageProbability: number;
  stallDays: number | null;
  amountMinor: number;
  currency: string;
  probabilityOverride: number | null;
  expectedCloseDate: string | null;
  ownerId: string | null;
  ownerName: string | null;
  ownerAvatarColor: string | null;
  teamId: string | null;
  source: string;
  competitors: string[];
  contactIds: string[];
  nextStep: string;
  notes: string;
  lostReason: string;
  stageEnteredAt: Date;
  lastActivityAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  lineItems: LineItemRow[];
};

const dealColumns = {
  id: deals.id,
  name: deals.name,
  customerId: deals.customerId,
  customerName: customers.name,
  pipelineId: deals.pipelineId,
  stageId: deals.stageId,
  stageKind: deals.stageKind,
  stageName: pipelineStages.name,
  stageProbability: pipelineStages.probability,
  stallDays: pipelineStages.stallDays,
  amountMinor: deals.amountMinor,
  currency: deals.currency,
  probabilityOverride: deals.probabilityOverride,
  expectedCloseDate: deals.expectedCloseDate,
  ownerId: deals.ownerId,
  ownerName: users.name,
  ownerAvatarColor: users.avatarColor,
  teamId: deals.teamId,
  source: deals.source,
  competitors: deals.competitors,
  contactIds: deals.contactIds,
  nextStep: deals.nextStep,
  notes: deals.notes,
  lostReason: deals.lostReason,
  stageEnteredAt: deals.stageEnteredAt,
  lastActivityAt: deals.lastActivityAt,
  closedAt: deals.closedAt,
  createdAt: deals.createdAt,
  updatedAt: deals.updatedAt,
  version: deals.version,
  lineItems: sql<LineItemRow[]>`coalesce((
    select json_agg(json_build_object('id', li.id, 'name', li.name, 'quantityMilli', li.quantity_milli,
      'unitPriceMinor', li.unit_price_minor, 'discountBp', li.discount_bp, 'lineTotalMinor', li.line_total_minor)
      order by li.position)
    from deal_line_items li where li.org_id = ${deals}.org_id and li.deal_id = ${deals}.id), '[]'::json)`,
};

/** The deal select with its customer, stage, owner and lines; `extra` adds columns (board rank). */
export function selectDeals<E extends Record<string, SQL.Aliased | SQL>>(db: Executor, extra?: E) {
  return db
    .select({ ...dealColumns, ...(extra ?? ({} as E)) })
    .from(deals)
    .innerJoin(customers, sql`${customers.orgId} = ${deals.orgId} and ${customers.id} = ${deals.customerId}`)
    .innerJoin(
      pipelineStages,
      sql`${pipelineStages.orgId} = ${deals.orgId} and ${pipelineStages.id} = ${deals.stageId}`,
    )
    .leftJoin(users, sql`${users.id} = ${deals.ownerId}`);
}

/** One live deal the scope covers, or null (another org's, invisible and deleted deals alike). */
export async function findVisibleDeal(
  db: Executor,
  orgId: string,
  id: string,
  scope: RecordScope,
): Promise<DealRow | null> {
  const rows = await selectDeals(db)
    .where(
      and(
        sql`${deals.orgId} = ${orgId}`,
        sql`${deals.id} = ${id}`,
        sql`${deals.deletedAt} is null`,
        visibleDealsWhere(scope),
      ),
    )
    .limit(1);
  return (rows[0] as DealRow | undefined) ?? null;
}

/** The sort column of each list order; a missing close date sorts last. */
export const SORT_COLUMNS = {
  updatedAt: { expr: sql`${deals.updatedAt}`, kind: 'instant', cast: sql`::timestamptz` },
  createdAt: { expr: sql`${deals.createdAt}`, kind: 'instant', cast: sql`::timestamptz` },
  amount: { expr: sql`${deals.amountMinor}`, kind: 'number', cast: sql`::bigint` },
  expectedCloseDate: {
    expr: sql`coalesce(${deals.expectedCloseDate}, '9999-12-31'::date)`,
    kind: 'string',
    cast: sql`::date`,
  },
  name: { expr: sql`${deals.name}`, kind: 'string', cast: sql`::text` },
} as const;

export type SortKey = keyof typeof SORT_COLUMNS;

export function parseSort(sort: DealSort | undefined): { key: SortKey; desc: boolean } {
  const value = sort ?? '-updatedAt';
  return { key: value.replace(/^-/, '') as SortKey, desc: value.startsWith('-') };
}

/** The sort value of a row, as the cursor keeps it. */
export function sortValueOf(row: DealRow, key: SortKey): unknown {
  if (key === 'amount') return row.amountMinor;
  if (key === 'expectedCloseDate') return row.expectedCloseDate ?? '9999-12-31';
  if (key === 'name') return row.name;
  return new Date(row[key]).toISOString();
}

/** One keyset page of the deals a scope covers, filtered and sorted (limit + 1 rows). */
export async function listDeals(
  db: Executor,
  orgId: string,
  scope: RecordScope,
  filter: DealFilter,
  page: { limit: number; sort: { key: SortKey; desc: boolean }; after: [unknown, string] | null },
): Promise<DealRow[]> {
  const { expr, cast } = SORT_COLUMNS[page.sort.key];
  const where: SQL[] = dealFilters(orgId, scope, filter);
  if (page.after) {
    const op = page.sort.desc ? sql`<` : sql`>`;
    where.push(sql`(${expr}, ${deals.id}) ${op} (${page.after[0]}${cast}, ${page.after[1]}::uuid)`);
  }
  const dir = page.sort.desc ? sql`desc` : sql`asc`;
  return (await selectDeals(db)
    .where(and(...where))
    .orderBy(sql`${expr} ${dir}`, sql`${deals.id} ${dir}`)
    .limit(page.limit + 1)) as DealRow[];
}

/** How many deals match: the list's "共 N 条". */
export async function countDeals(db: Executor, orgId: string, scope: RecordScope, filter: DealFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(deals)
    .where(and(...dealFilters(orgId, scope, filter)));
  return row?.n ?? 0;
}
