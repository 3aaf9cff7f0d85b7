import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '#db/client.ts';
import { dealLineItems, dealStageHistory, deals, pipelineStages, users } from '#db/schema/index.ts';

export type DealInsert = typeof deals.$inferInsert;
export type DealPatch = Partial<Omit<DealInsert, 'orgId' | 'id' | 'version'>>;

export async function insertDeal(db: Executor, row: DealInsert): Promise<void> {
  await db.insert(deals).values(row);
}

/** Updates a live deal when the version matches; false means someone else changed it first. */
export async function updateDealVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: DealPatch,
): Promise<boolean> {
  const conditions = [eq(deals.orgId, orgId), eq(deals.id, id), sql`${deals.deletedAt} is null`];
  if (version !== undefined) conditions.push(eq(deals.version, version));
  const rows = await db
    .update(deals)
    .set({ ...patch, version: sql`${deals.version} + 1` })
    .where(and(...conditions))
    .returning({ id: deals.id });
  return rows.length > 0;
}

/** Replaces a deal's lines with the given ones, in order. */
export async function replaceLineItems(
  db: Executor,
  orgId: string,
  dealId: string,
  lines: Omit<typeof dealLineItems.$inferInsert, 'orgId' | 'dealId'>[],
): Promise<void> {
  await db.delete(dealLineItems).where(and(eq(dealLineItems.orgId, orgId), eq(dealLineItems.dealId, dealId)));
  if (lines.length) await db.insert(dealLineItems).values(lines.map((l) => ({ ...l, orgId, dealId })));
}

export async function insertStageHistory(db: Executor, row: typeof dealStageHistory.$inferInsert): Promise<void> {
  await db.insert(dealStageHistory).values(row);
}

export type HistoryRow = {
  id: string;
  fromStageId: string | null;
  fromStageName: string | null;
  fromStageKind: string | null;
  toStageId: string;
  toStageName: string;
  toStageKind: string;
  at: Date;
  byId: string | null;
  byName: string | null;
  byAvatarColor: string | null;
  amountMinor: number;
  currency: string;
  lostReason: string;
};

/** A deal's stage history, oldest first, with stage names and who moved it. */
export async function listStageHistory(db: Executor, orgId: string, dealId: string): Promise<HistoryRow[]> {
  const fromStage = alias(pipelineStages, 'from_stage');
  const toStage = alias(pipelineStages, 'to_stage');
  return (await db
    .select({
      id: dealStageHistory.id,
      fromStageId: dealStageHistory.fromStageId,
      fromStageName: fromStage.name,
      fromStageKind: fromStage.kind,
      toStageId: dealStageHistory.toStageId,
      toStageName: toStage.name,
      toStageKind: toStage.kind,
      at: dealStageHistory.at,
      byId: dealStageHistory.byId,
      byName: users.name,
      byAvatarColor: users.avatarColor,
      amountMinor: dealStageHistory.amountMinor,
      currency: dealStageHistory.currency,
      lostReason: dealStageHistory.lostReason,
    })
    .from(dealStageHistory)
    .innerJoin(toStage, and(eq(toStage.orgId, dealStageHistory.orgId), eq(toStage.id, dealStageHistory.toStageId)))
    .leftJoin(
      fromStage,
      and(eq(fromStage.orgId, dealStageHistory.orgId), eq(fromStage.id, dealStageHistory.fromStageId)),
    )
    .leftJoin(users, eq(users.id, dealStageHistory.byId))
    .where(and(eq(dealStageHistory.orgId, orgId), eq(dealStageHistory.dealId, dealId)))
    .orderBy(asc(dealStageHistory.at), asc(dealStageHistory.id))) as HistoryRow[];
}
