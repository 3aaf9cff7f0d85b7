/**
 * The database alone under the same concurrency as the API: N sessions (a pg.Pool of N clients, or
 * N callers sharing the PGlite instance as the server does) each running the scenario's SQL in a
 * loop for the same duration. No HTTP, no authentication, no ORM.
 */
import pg from 'pg';
import type { Database } from '../../server/src/db/client.ts';
import { type Querier, rawClient } from './sql.ts';
import { type RunStats, summarise } from './stats.ts';

/** One connection's worth of SQL: single statements, or several in one transaction. */
export type Session = Querier & { transaction(work: (tx: Querier) => Promise<void>): Promise<void> };

export type SqlTarget = {
  open(connections: number): Promise<{ sessions: Session[]; close(): Promise<void> }>;
};

export function postgresTarget(url: string): SqlTarget {
  return {
    async open(connections) {
      const pool = new pg.Pool({ connectionString: url, max: connections });
      pool.on('error', () => {});
      const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
      const sessions = clients.map(
        (client): Session => ({
          query: (text, params) => client.query(text, params),
          async transaction(work) {
            await client.query('begin');
            try {
              await work(client);
              await client.query('commit');
            } catch (error) {
              await client.query('rollback').catch(() => {});
              throw error;
            }
          },
        }),
      );
      return {
        sessions,
        async close() {
          for (const client of clients) client.release();
          await pool.end();
        },
      };
    },
  };
}

type Pglite = Querier & { transaction<T>(work: (tx: Querier) => Promise<T>): Promise<T> };

/** PGlite is one connection: N sessions share it and queue on its lock, as the server's requests do. */
export function pgliteTarget(database: Database): SqlTarget {
  const client = rawClient(database) as Pglite;
  const session: Session = {
    query: (text, params) => client.query(text, params),
    async transaction(work) {
      await client.transaction(work);
    },
  };
  return {
    async open(connections) {
      return { sessions: Array.from({ length: connections }, () => session), close: async () => {} };
    },
  };
}

export async function runDbLoad(
  target: SqlTarget,
  options: { connections: number; durationMs: number; work: (session: Session) => Promise<void> },
): Promise<RunStats> {
  const { sessions, close } = await target.open(options.connections);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + options.durationMs;
  let elapsedMs = 0;
  try {
    await Promise.all(
      sessions.map(async (session) => {
        while (performance.now() < deadline) {
          const began = performance.now();
          try {
            await options.work(session);
            latencies.push(performance.now() - began);
          } catch (error) {
            errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
          }
        }
      }),
    );
    elapsedMs = performance.now() - start;
  } finally {
    await close();
  }
  return summarise(latencies, errors, elapsedMs, firstError);
}
