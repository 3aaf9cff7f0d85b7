import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { type Database, queryRows, type Tx } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { OUTBOX_CHANNEL } from './outbox.ts';

export type DispatchedEvent = {
  seq: number;
  orgId: string;
  type: string;
  payload: Record<string, unknown>;
  actorId: string | null;
};
export type EventHandler = (event: DispatchedEvent, tx: Tx) => Promise<void>;

/**
 * Delivers outbox events to in-process handlers, at least once and in order per claim.
 * A batch is claimed with SKIP LOCKED, so two instances never deliver the same event,
 * and a handler's writes commit together with the event's `dispatched_at`.
 */
export function createOutboxDispatcher(deps: { database: Database; clock: Clock; logger: Logger }) {
  const handlers = new Map<string, EventHandler[]>();

  async function dispatchBatch(): Promise<number> {
    return deps.database.db.transaction(async (tx) => {
      const rows = await queryRows<{
        seq: string | number;
        org_id: string;
        type: string;
        payload: Record<string, unknown>;
        actor_id: string | null;
      }>(
        tx,
        sql`
        select seq, org_id, type, payload, actor_id from outbox_events
        where dispatched_at is null order by seq limit 100 for update skip locked`,
      );
      for (const row of rows) {
        const event = {
          seq: Number(row.seq),
          orgId: row.org_id,
          type: row.type,
          payload: row.payload,
          actorId: row.actor_id,
        };
        for (const handler of handlers.get(event.type) ?? []) await handler(event, tx);
      }
      if (rows.length) {
        const seqs = rows.map((r) => Number(r.seq));
        await tx.execute(sql`update outbox_events set dispatched_at = ${deps.clock.now()} where seq in ${seqs}`);
      }
      return rows.length;
    });
  }

  let active: Promise<unknown> | null = null;
  let again = false;
  let unlisten: (() => Promise<void>) | null = null;

  /** Single-flight: a NOTIFY during a drain asks for one more drain. */
  function wake(): void {
    if (active) {
      again = true;
      return;
    }
    active = drain()
      .catch((error) =>
        deps.logger.warn({ err: error instanceof Error ? error.message : error }, 'outbox dispatch failed'),
      )
      .finally(() => {
        active = null;
        if (again) {
          again = false;
          wake();
        }
      });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await dispatchBatch();
      total += count;
      if (count === 0) return total;
    }
  }

  return {
    /** Delivers as events commit (NOTIFY); the minute job is the safety net. */
    async start(): Promise<void> {
      unlisten = await deps.database.listen(OUTBOX_CHANNEL, wake);
    },
    async stop(): Promise<void> {
      await unlisten?.();
      await active;
    },
    on(type: string, handler: EventHandler): void {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
    },
    /** Delivers everything pending; called by the job loop and by tests. */
    drain,
  };
}

export type OutboxDispatcher = ReturnType<typeof createOutboxDispatcher>;
