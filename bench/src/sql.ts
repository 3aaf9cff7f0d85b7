/**
 * Plain SQL on either engine, below Drizzle: the node-postgres pool or the PGlite instance that the
 * server's Database wraps (Drizzle exposes it as `db.$client`). Both answer `query(text, params)`.
 */
import type { Database } from '../../server/src/db/client.ts';

export type QueryResult = { rows: unknown[] };
export type Querier = { query(text: string, params?: unknown[]): Promise<QueryResult> };

/** One SQL statement with its parameters, as the server sent it. */
export type Statement = { text: string; params: unknown[] };

export function rawClient(database: Database): Querier {
  return (database.db as unknown as { $client: Querier }).$client;
}

/**
 * Runs `work` against `database` and returns every statement it sent, in order. Used to replay the
 * server's own SQL on the database alone, so the comparison follows the server's queries as they change.
 * Only statements sent outside a transaction are seen (a pooled transaction runs on a checked-out client).
 */
export async function captureStatements(database: Database, work: () => Promise<unknown>): Promise<Statement[]> {
  const client = rawClient(database) as Querier & { query: (...args: unknown[]) => Promise<QueryResult> };
  const original = client.query;
  const hadOwn = Object.hasOwn(client, 'query');
  const statements: Statement[] = [];
  client.query = (...args: unknown[]) => {
    const [first, params] = args;
    const text = typeof first === 'string' ? first : (first as { text: string }).text;
    statements.push({ text, params: Array.isArray(params) ? [...params] : [] });
    return original.apply(client, args);
  };
  try {
    await work();
  } finally {
    if (hadOwn) client.query = original;
    else Reflect.deleteProperty(client, 'query');
  }
  return statements;
}
