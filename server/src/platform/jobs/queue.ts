import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { jobs } from '#db/schema/index.ts';
import { newId } from '#platform/ids/ids.ts';

export const JOBS_CHANNEL = 'meridian_jobs';
const ASAP = new Date(0);

export type EnqueueOptions = {
  name: string;
  payload?: Record<string, unknown>;
  orgId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
  /** A job with the same unique key is enqueued once only (e.g. one run of a cron slot). */
  uniqueKey?: string;
};

/** Enqueues a job on the given executor: inside a transaction it exists only if the change commits. */
export async function enqueueJob(db: Executor, options: EnqueueOptions): Promise<boolean> {
  const inserted = await db
    .insert(jobs)
    .values({
      id: newId(),
      name: options.name,
      orgId: options.orgId ?? null,
      payload: options.payload ?? {},
      // Epoch means "as soon as possible" whatever the clock says (tests run on a fake clock).
      runAt: options.runAt ?? ASAP,
      maxAttempts: options.maxAttempts ?? 5,
      uniqueKey: options.uniqueKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  // Wake the runners only for a new job: a cron slot already enqueued must not wake anyone.
  if (inserted.length === 0) return false;
  await db.execute(sql`select pg_notify(${JOBS_CHANNEL}, '')`);
  return true;
}

/** Seconds to wait before attempt `attempt + 1`: 2, 4, 8 … capped at one hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 2 ** Math.max(1, attempt));
}
