import { Cron } from 'croner';
import { and, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { type Database, type Db, queryRows } from '#db/client.ts';
import { jobs } from '#db/schema/index.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { newId } from '#platform/ids/ids.ts';
import { backoffSeconds, enqueueJob, JOBS_CHANNEL } from './queue.ts';

export type JobContext = { db: Db; jobId: string; attempt: number; orgId: string | null; logger: Logger };
export type JobHandler = (payload: Record<string, unknown>, ctx: JobContext) => Promise<void>;

type Schedule = { name: string; cron: Cron; lastSlot: number | null };

type ClaimedJob = {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
  org_id: string | null;
};

export type JobRunner = {
  /** `sensitive`: the payload holds a secret (a link in a mail) and is emptied once the job is done. */
  register(name: string, handler: JobHandler, options?: { sensitive?: boolean }): void;
  /** A cron-like schedule: each slot is enqueued with a unique key, so it runs once across instances. */
  schedule(name: string, pattern: string, handler: JobHandler): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Claims and runs due jobs until none is left; tests and the poller call it. */
  drain(): Promise<number>;
  /** Enqueues the current slot of every schedule that is due. */
  tick(): Promise<void>;
};

export function createJobRunner(deps: {
  database: Database;
  clock: Clock;
  logger: Logger;
  pollMs?: number;
  lockSeconds?: number;
}): JobRunner {
  const { database, clock, logger } = deps;
  const db = database.db;
  const handlers = new Map<string, JobHandler>();
  const sensitive = new Set<string>();
  const schedules: Schedule[] = [];
  const workerId = `${process.pid}-${newId().slice(-8)}`;
  const lockSeconds = deps.lockSeconds ?? 300;
  let timer: NodeJS.Timeout | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  let active: Promise<void> | null = null;
  let stopped = true;
  let wake = false;

  async function claim(): Promise<ClaimedJob[]> {
    const now = clock.now();
    return queryRows<ClaimedJob>(
      db,
      sql`
      update jobs set status = 'running', locked_by = ${workerId},
        locked_until = ${new Date(now.getTime() + lockSeconds * 1000)}, attempts = attempts + 1
      where id in (
        select id from jobs
        where finished_at is null and run_at <= ${now} and (locked_until is null or locked_until < ${now})
        order by run_at, created_at limit 5 for update skip locked)
      returning id, name, payload, attempts, max_attempts, org_id`,
    );
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = handlers.get(job.name);
    const log = logger.child({ job: job.name, jobId: job.id, attempt: job.attempts });
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(job.payload, { db, jobId: job.id, attempt: job.attempts, orgId: job.org_id, logger: log });
      await db
        .update(jobs)
        .set({
          status: 'done',
          finishedAt: clock.now(),
          lockedUntil: null,
          ...(sensitive.has(job.name) ? { payload: {} } : {}),
        })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = job.attempts >= job.max_attempts;
      log.warn({ err: message, final }, 'job failed');
      await db
        .update(jobs)
        .set({
          status: final ? 'failed' : 'pending',
          finishedAt: final ? clock.now() : null,
          runAt: new Date(clock.now().getTime() + backoffSeconds(job.attempts) * 1000),
          lockedUntil: null,
          lastError: message.slice(0, 2000),
        })
        .where(eq(jobs.id, job.id));
    }
  }

  async function drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const batch = await claim();
      if (batch.length === 0) return count;
      for (const job of batch) await runOne(job);
      count += batch.length;
    }
  }

  async function tick(): Promise<void> {
    const now = clock.now();
    for (const schedule of schedules) {
      // The slot that most recently started: enqueued by whichever instance ticks first.
      const slot = schedule.cron.previousRuns(1, now)[0];
      if (!slot || slot.getTime() === schedule.lastSlot) continue;
      const uniqueKey = `cron:${schedule.name}:${slot.toISOString()}`;
      await enqueueJob(db, { name: schedule.name, runAt: slot, uniqueKey, maxAttempts: 3 });
      schedule.lastSlot = slot.getTime();
    }
  }

  /** One pass at a time: a wake-up during a pass asks for one more pass, never a second loop. */
  async function loop(): Promise<void> {
    if (stopped) return;
    if (active) {
      wake = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    active = (async () => {
      do {
        wake = false;
        try {
          await tick();
          await drain();
        } catch (error) {
          logger.warn({ err: error instanceof Error ? error.message : error }, 'job loop error');
        }
      } while (wake && !stopped);
    })();
    await active;
    active = null;
    if (!stopped) timer = setTimeout(() => void loop(), deps.pollMs ?? 1000);
  }

  return {
    register(name, handler, options) {
      handlers.set(name, handler);
      if (options?.sensitive) sensitive.add(name);
    },
    schedule(name, pattern, handler) {
      handlers.set(name, handler);
      schedules.push({ name, cron: new Cron(pattern, { paused: true, timezone: 'UTC' }), lastSlot: null });
    },
    async start() {
      stopped = false;
      unlisten = await database.listen(JOBS_CHANNEL, () => void loop());
      void loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await unlisten?.();
      await active;
    },
    drain,
    tick,
  };
}
