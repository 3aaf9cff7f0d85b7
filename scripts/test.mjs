// `npm test`: lint, type check, i18n catalogues, OpenAPI drift, unit + API tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), then end-to-end tests in Chromium when one is
// installed (E2E=required makes a missing browser a failure).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['lint', 'npx', ['biome', 'check', '.']],
  ['typecheck', 'npm', ['run', 'typecheck', '--silent']],
  ['i18n catalogues', 'node', ['web/scripts/check-i18n.mjs']],
  ['migrations drift', 'node', ['scripts/check-migrations.mjs']],
  ['openapi drift', 'npm', ['run', 'openapi:check', '-w', 'server', '--silent']],
  ['server tests', 'npm', ['test', '-w', 'server', '--silent']],
  ['web tests', 'npm', ['test', '-w', 'web', '--silent']],
];

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
  steps.push(['web build', 'npm', ['run', 'build', '-w', 'web', '--silent']]);
  steps.push(['end-to-end (Chromium)', 'npm', ['test', '-w', 'e2e', '--silent']]);
} else if (process.env.E2E === 'required') {
  console.error(`E2E=required but no Chromium at ${chromium}`);
  process.exit(1);
} else {
  console.log(`Skipping end-to-end tests: no Chromium at ${chromium} (install Debian's chromium package)`);
}

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
