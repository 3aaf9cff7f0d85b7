import type { OrgRole } from '@meridian/contracts';
import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { outboxEvents } from '#db/schema/index.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { newId } from '#platform/ids/ids.ts';

export const OUTBOX_CHANNEL = 'meridian_outbox';

/** Who may receive an event in real time: the whole organisation unless narrowed. */
export type Audience = { userIds?: string[]; minRole?: OrgRole };

export type OutboxEventInput = {
  orgId?: string;
  type: string;
  payload: Record<string, unknown>;
  audience?: Audience;
};

/**
 * Adds an event in the caller's transaction. The NOTIFY is transactional too: listeners on
 * every instance hear of it at commit, and never for a rolled-back change.
 */
export async function addOutboxEvent(db: Executor, ctx: AnyContext, event: OutboxEventInput): Promise<void> {
  const orgId = event.orgId ?? ctx.orgId;
  if (!orgId) throw new Error('outbox event without organisation');
  await db.insert(outboxEvents).values({
    orgId,
    id: newId(),
    type: event.type,
    payload: event.payload,
    actorId: ctx.actor?.userId ?? null,
    audience: event.audience ?? {},
  });
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}
