import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from '#db/client.ts';
import { TEMPLATE_DB, withDatabase } from './db-names.ts';

/**
 * Migrates once per run: a PGlite data directory dumped to a file that each test file loads,
 * and, with TEST_DATABASE_URL, a PostgreSQL template database that each file clones.
 */
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const dir = path.join(os.tmpdir(), `meridian-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const pglite = await openPglite({ dataDir: null });
  await pglite.migrate();
  const dumpFile = path.join(dir, 'pglite-template.tar.gz');
  const dump = await pglite.dumpDataDir!();
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  provide('pgliteDump', dumpFile);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const template = await openPostgres({ url: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
    await template.migrate();
    await template.close();
  }
}
