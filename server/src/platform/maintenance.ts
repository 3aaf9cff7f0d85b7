import { sql } from 'drizzle-orm';
import { purgeRateLimits } from '#platform/auth/rate-limit.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { purgeIdempotencyKeys } from '#platform/http/idempotency.ts';
import type { JobRunner } from '#platform/jobs/runner.ts';
import type { OutboxDispatcher } from '#platform/outbox/dispatcher.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Housekeeping that every installation needs, scheduled once across all instances. */
export function registerMaintenanceJobs(jobs: JobRunner, dispatcher: OutboxDispatcher, clock: Clock): void {
  // Handlers' events: a safety net behind the NOTIFY-driven dispatch.
  jobs.schedule('outbox.dispatch', '* * * * *', async () => {
    await dispatcher.drain();
  });
  jobs.schedule('maintenance.purge', '17 3 * * *', async (_payload, { db }) => {
    const now = clock.now().getTime();
    await purgeIdempotencyKeys(db, new Date(now - DAY_MS));
    await purgeRateLimits(db, new Date(now - DAY_MS));
    await db.execute(sql`delete from jobs where finished_at < ${new Date(now - 7 * DAY_MS)}`);
    await db.execute(sql`delete from outbox_events where dispatched_at < ${new Date(now - 7 * DAY_MS)}`);
    await db.execute(sql`delete from sessions where expires_at < ${new Date(now - DAY_MS)}`);
    await db.execute(sql`delete from password_resets where expires_at < ${new Date(now - DAY_MS)}`);
  });
}
