import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '#db/client.ts';
import { TEMPLATE_DB, withDatabase } from './db-names.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

export const testDriver = (): 'pglite' | 'postgres' => (process.env.TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite');

/**
 * A migrated database of its own for one test file: PGlite loaded from the migrated dump,
 * or a PostgreSQL database cloned from the migrated template. `drop` removes it.
 */
export async function freshDatabase(): Promise<{ database: Database; url: string | null; drop: () => Promise<void> }> {
  if (testDriver() === 'pglite') {
    const dump = readFileSync(inject('pgliteDump'));
    const database = await openPglite({ dataDir: null, loadDataDir: new Blob([dump]) });
    return { database, url: null, drop: () => database.close() };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `meridian_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const url = withDatabase(base, name);
  const database = await openPostgres({ url, poolSize: 5 });
  return {
    database,
    url,
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
