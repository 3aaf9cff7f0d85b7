// Writes the generated OpenAPI document to docs/api/openapi.json, or with --check fails when
// the committed copy is stale (so API changes show up in review as a diff).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { openPglite } from '#db/client.ts';
import { systemClock } from '#platform/clock/clock.ts';
import { createPlatform } from '#platform/platform.ts';
import { buildApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';

const target = path.join(import.meta.dirname, '../../../docs/api/openapi.json');
const database = await openPglite({ dataDir: null });
const platform = createPlatform({
  config: loadConfig({ WEB_DIST: '' }),
  database,
  clock: systemClock,
  logger: pino({ level: 'silent' }),
});
const app = await buildApp({ platform });
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();
await database.close();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== document) {
    console.error('docs/api/openapi.json is stale: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('OpenAPI document is current.');
} else {
  writeFileSync(target, document);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
