import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres, queryRows } from '#db/client.ts';
import { FakeClock } from '#platform/clock/clock.ts';
import { freshDatabase, testDriver } from '#test/db.ts';
import { enqueueJob } from './queue.ts';
import { createJobRunner } from './runner.ts';

const logger = pino({ level: 'silent' });
let database: Database;
let url: string | null;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, url, drop } = await freshDatabase());
});
afterAll(async () => drop());

describe('durable jobs', () => {
  it('runs an enqueued job once, and retries a failing one with growing back-off', async () => {
    const clock = new FakeClock(new Date('2026-11-23T02:00:00Z'));
    const runner = createJobRunner({ database, clock, logger });
    const seen: string[] = [];
    let failures = 2;
    runner.register('test.flaky', async (payload) => {
      if (failures-- > 0) throw new Error('temporary');
      seen.push(String(payload.n));
    });
    await enqueueJob(database.db, { name: 'test.flaky', payload: { n: 1 } });
    expect(await runner.drain()).toBe(1);
    expect(seen).toEqual([]);
    const [job] = await queryRows<{ attempts: number; run_at: Date; last_error: string }>(
      database.db,
      sqlJob('test.flaky'),
    );
    expect(job!.attempts).toBe(1);
    expect(job!.last_error).toBe('temporary');
    expect(new Date(job!.run_at).getTime() - clock.now().getTime()).toBe(2000);
    clock.advance(2000);
    await runner.drain();
    clock.advance(4000);
    await runner.drain();
    expect(seen).toEqual(['1']);
    await runner.drain();
    expect(seen).toEqual(['1']);
  });

  it('gives up after the last attempt and records the error', async () => {
    const clock = new FakeClock(new Date('2026-11-23T03:00:00Z'));
    const runner = createJobRunner({ database, clock, logger });
    runner.register('test.broken', async () => {
      throw new Error('always');
    });
    await enqueueJob(database.db, { name: 'test.broken', maxAttempts: 2 });
    await runner.drain();
    clock.advance(60_000);
    await runner.drain();
    const [job] = await queryRows<{ status: string; attempts: number }>(database.db, sqlJob('test.broken'));
    expect(job).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('runs a scheduled slot exactly once even with two instances ticking', async () => {
    const clock = new FakeClock(new Date('2026-11-23T04:00:30Z'));
    // A second instance: its own connection pool on PostgreSQL, the same PGlite otherwise.
    const other = url ? await openPostgres({ url, poolSize: 2 }) : database;
    const runs: string[] = [];
    const make = (db: Database, name: string) => {
      const runner = createJobRunner({ database: db, clock, logger });
      runner.schedule('test.every_minute', '* * * * *', async () => {
        runs.push(name);
      });
      return runner;
    };
    const a = make(database, 'a');
    const b = make(other, 'b');
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    await Promise.all([a.drain(), b.drain()]);
    expect(runs).toHaveLength(1);
    clock.advance(60_000);
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.drain(), b.drain()]);
    expect(runs).toHaveLength(2);
    if (other !== database) await other.close();
  });

  it('survives a restart: a job enqueued before is run by a new runner', async () => {
    const clock = new FakeClock(new Date('2026-11-23T05:00:00Z'));
    await enqueueJob(database.db, { name: 'test.after_restart', payload: { ok: true } });
    const fresh = createJobRunner({ database, clock, logger });
    const got: unknown[] = [];
    fresh.register('test.after_restart', async (payload) => void got.push(payload));
    await fresh.drain();
    expect(got).toEqual([{ ok: true }]);
    expect(testDriver()).toMatch(/pglite|postgres/);
  });
});

function sqlJob(name: string) {
  return sql`select attempts, run_at, last_error, status from jobs where name = ${name}`;
}
