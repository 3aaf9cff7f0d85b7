import { type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import pino from 'pino';
import { type Database, type Executor, queryRows } from '#db/client.ts';
import { FakeClock } from '#platform/clock/clock.ts';
import type { Mailer } from '#platform/mail/mailer.ts';
import { createPlatform, type Platform, type PlatformLimits } from '#platform/platform.ts';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { freshDatabase } from '#test/db.ts';
import type { Agent, Reply } from '#test/http.ts';

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type OwnApp = {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  clock: FakeClock;
  runJobs(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The application as createTestApp builds it, but with the platform's own mailer (SMTP_URL)
 * unless one is given, and any logger: for the SMTP round trip and the log-hygiene tests.
 */
export async function buildOwnApp(
  options: { logger?: Logger; mailer?: Mailer; env?: Record<string, string>; limits?: Partial<PlatformLimits> } = {},
): Promise<OwnApp> {
  const fresh = await freshDatabase();
  const clock = new FakeClock(new Date());
  const config = loadConfig({ PUBLIC_URL: 'http://meridian.test', WEB_DIST: '', ...options.env });
  const platform = createPlatform({
    config,
    database: fresh.database,
    clock,
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.mailer ? { mailer: options.mailer } : {}),
    limits: { authRequestsPerMinutePerIp: 10_000, ...options.limits },
  });
  const app = await buildApp({ platform });
  await app.ready();
  return {
    app,
    platform,
    database: fresh.database,
    clock,
    async runJobs() {
      await platform.dispatcher.drain();
      await platform.jobs.drain();
    },
    async close() {
      await app.close();
      await fresh.drop();
    },
  };
}

/** Raw rows on either engine. */
export function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  return queryRows<T>(db, query);
}

export async function count(db: Executor, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, query);
  return Number(row?.n ?? 0);
}

/** md5 of a whole table's rows in a stable order: "run twice, same checksum". */
export async function tableChecksum(db: Executor, table: string, orderBy: string): Promise<string> {
  const [row] = await queryRows<{ sum: string | null }>(
    db,
    sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by ${orderBy}), '')) as sum from ${table} t`),
  );
  return row?.sum ?? '';
}

/** The `meridian_session` Set-Cookie line of a reply, or null. */
export function sessionSetCookie(reply: Reply): string | null {
  const raw = reply.headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)];
  return lines.find((line) => line.startsWith('meridian_session=')) ?? null;
}

/** Status of GET /api/v1/me: 200 while the session lives, 401 once it does not. */
export async function probe(agent: Agent): Promise<number> {
  return (await agent.get('/api/v1/me')).status;
}

/** Sends the agent's next requests without the CSRF header, as a cross-site form would. */
export async function withoutCsrf<T>(agent: Agent, fn: () => Promise<T>): Promise<T> {
  const saved = agent.csrfToken;
  agent.csrfToken = null;
  try {
    return await fn();
  } finally {
    agent.csrfToken = saved;
  }
}

/** A problem body without the per-request id, for "identical answers" comparisons. */
export function withoutRequestId(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { requestId: _ignored, ...rest } = body as Record<string, unknown>;
  return rest;
}

/** Header names and values that must not differ between two answers (ids and dates aside). */
export function stableHeaders(reply: Reply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers)) {
    if (['x-request-id', 'date', 'content-length'].includes(name)) continue;
    out[name] = String(value);
  }
  return out;
}

/** A password nobody else uses, long enough for the policy. */
export function freshPassword(tag = ''): string {
  return `amber-${tag}${Math.random().toString(36).slice(2, 8)}-quartz-harbor`;
}

/** The token of a link in a mail (`…?token=…`). */
export function tokenFromText(text: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(text);
  if (!match) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]!);
}
