import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Database } from '#db/client.ts';
import { FakeClock } from '#platform/clock/clock.ts';
import type { Mailer, MailMessage } from '#platform/mail/mailer.ts';
import { createPlatform, type Platform, type PlatformLimits } from '#platform/platform.ts';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { freshDatabase } from './db.ts';

export type TestApp = {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  /** The PostgreSQL URL of this file's database (null on PGlite): a second instance connects to it. */
  databaseUrl: string | null;
  clock: FakeClock;
  /** Mail as it would have gone out through SMTP, newest last. */
  mails: MailMessage[];
  /** Runs due jobs (mail, scheduled work) and delivers pending outbox events now. */
  runJobs(): Promise<void>;
  close(): Promise<void>;
};

/** A capturing stand-in for the SMTP server; the real SMTP path is tested with smtp-server. */
export function captureMailer(mails: MailMessage[]): Mailer {
  return { send: async (message) => void mails.push(message) };
}

/**
 * The whole application on a database of its own (one per test file), with a clock that
 * tests move. Background loops are not started: tests call runJobs() when they need them.
 */
export async function createTestApp(
  options: { limits?: Partial<PlatformLimits>; database?: Database; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const fresh = options.database ? null : await freshDatabase();
  const database = options.database ?? fresh!.database;
  const clock = new FakeClock(new Date());
  const mails: MailMessage[] = [];
  // Uploaded files go to a directory of this app's own, removed on close.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'meridian-test-data-'));
  const config = loadConfig({ PUBLIC_URL: 'http://meridian.test', WEB_DIST: '', DATA_DIR: dataDir, ...options.env });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const platform = createPlatform({
    config,
    database,
    clock,
    logger,
    mailer: captureMailer(mails),
    limits: { authRequestsPerMinutePerIp: 10_000, ...options.limits },
  });
  const app = await buildApp({ platform });
  await app.ready();
  return {
    app,
    platform,
    database,
    databaseUrl: fresh?.url ?? null,
    clock,
    mails,
    async runJobs() {
      await platform.dispatcher.drain();
      await platform.jobs.drain();
    },
    async close() {
      await app.close();
      await fresh?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
