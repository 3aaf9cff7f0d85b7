import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { deals } from '#db/schema/index.ts';

/** Moves a deal's last activity forward (never back) when something happens on it, e.g. an interaction. */
export async function touchDealActivity(db: Executor, orgId: string, dealId: string, at: Date): Promise<void> {
  await db
    .update(deals)
    .set({ lastActivityAt: sql`greatest(${deals.lastActivityAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(deals.orgId, orgId), eq(deals.id, dealId)));
}
