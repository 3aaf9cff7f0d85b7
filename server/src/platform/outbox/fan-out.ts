import type { Logger } from 'pino';
import type { Database } from '#db/client.ts';
import { type FeedEvent, latestSeq, listEventsAfter } from './feed.ts';
import { OUTBOX_CHANNEL } from './outbox.ts';

/** How long a hole in the sequence (a transaction still open) is waited for before it is skipped. */
const GAP_PATIENCE_MS = 5000;

export type EventListener = (event: FeedEvent) => void;

/**
 * Follows the outbox on this instance and hands each committed event to listeners once.
 * Sequence numbers are taken before commit, so a lower one can appear after a higher one;
 * holes are remembered and re-read until filled or too old.
 */
export function createOutboxFanOut(deps: { database: Database; logger: Logger; pollMs?: number }) {
  const { database, logger } = deps;
  const listeners = new Set<EventListener>();
  let watermark = 0;
  const seen = new Set<number>();
  const gapSince = new Map<number, number>();
  let timer: NodeJS.Timeout | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let pending: Promise<void> | null = null;
  let again = false;

  async function read(): Promise<void> {
    const events = await listEventsAfter(database.db, watermark, 1000);
    for (const event of events) {
      if (seen.has(event.seq)) continue;
      seen.add(event.seq);
      gapSince.delete(event.seq);
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.warn({ err: error }, 'realtime listener failed');
        }
      }
    }
    const highest = events.length ? events[events.length - 1]!.seq : watermark;
    const now = Date.now();
    for (let seq = watermark + 1; seq < highest; seq++) {
      if (!seen.has(seq) && !gapSince.has(seq)) gapSince.set(seq, now);
    }
    while (
      seen.has(watermark + 1) ||
      (gapSince.has(watermark + 1) && now - gapSince.get(watermark + 1)! > GAP_PATIENCE_MS)
    ) {
      watermark += 1;
      seen.delete(watermark);
      gapSince.delete(watermark);
    }
  }

  function poke(): void {
    if (pending) {
      again = true;
      return;
    }
    pending = read()
      .catch((error) => logger.warn({ err: error instanceof Error ? error.message : error }, 'outbox read failed'))
      .finally(() => {
        pending = null;
        if (again) {
          again = false;
          poke();
        }
      });
  }

  return {
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(): Promise<void> {
      watermark = await latestSeq(database.db);
      unlisten = await database.listen(OUTBOX_CHANNEL, poke);
      const tick = () => {
        poke();
        timer = setTimeout(tick, deps.pollMs ?? 1000);
      };
      timer = setTimeout(tick, deps.pollMs ?? 1000);
    },
    async stop(): Promise<void> {
      if (timer) clearTimeout(timer);
      await unlisten?.();
      await pending;
    },
    /** Reads now; tests await it instead of sleeping. */
    async flush(): Promise<void> {
      poke();
      await pending;
    },
  };
}

export type OutboxFanOut = ReturnType<typeof createOutboxFanOut>;
