import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { outboxEvents } from '#db/schema/index.ts';

export type FeedEvent = {
  seq: number;
  orgId: string;
  id: string;
  type: string;
  payload: unknown;
  actorId: string | null;
  audience: { userIds?: string[]; minRole?: string };
  createdAt: Date;
};

const columns = {
  seq: outboxEvents.seq,
  orgId: outboxEvents.orgId,
  id: outboxEvents.id,
  type: outboxEvents.type,
  payload: outboxEvents.payload,
  actorId: outboxEvents.actorId,
  audience: outboxEvents.audience,
  createdAt: outboxEvents.createdAt,
};

/** Events after `seq` across all organisations, oldest first: what a realtime fan-out reads. */
export async function listEventsAfter(db: Executor, seq: number, limit: number): Promise<FeedEvent[]> {
  const rows = await db
    .select(columns)
    .from(outboxEvents)
    .where(gt(outboxEvents.seq, seq))
    .orderBy(asc(outboxEvents.seq))
    .limit(limit);
  return rows as FeedEvent[];
}

/** One organisation's events after `seq`: what a reconnecting client catches up with. */
export async function listOrgEventsAfter(
  db: Executor,
  orgId: string,
  seq: number,
  limit: number,
): Promise<FeedEvent[]> {
  const rows = await db
    .select(columns)
    .from(outboxEvents)
    .where(and(eq(outboxEvents.orgId, orgId), gt(outboxEvents.seq, seq)))
    .orderBy(asc(outboxEvents.seq))
    .limit(limit);
  return rows as FeedEvent[];
}

export async function latestSeq(db: Executor): Promise<number> {
  const rows = await queryRows<{ seq: string | number }>(
    db,
    sql`select coalesce(max(seq), 0)::bigint as seq from outbox_events`,
  );
  return Number(rows[0]!.seq);
}
