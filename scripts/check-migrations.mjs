// Fails when the Drizzle schema has changes that no migration captures (schema drift).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const migrations = path.join('server', 'src', 'db', 'migrations');
const before = readdirSync(migrations).filter((f) => f.endsWith('.sql')).length;
const backup = mkdtempSync(path.join(os.tmpdir(), 'meridian-migrations-'));
cpSync(migrations, backup, { recursive: true });
const result = spawnSync('npx', ['drizzle-kit', 'generate', '--name', 'drift_check'], {
  cwd: 'server',
  encoding: 'utf8',
});
const after = readdirSync(migrations).filter((f) => f.endsWith('.sql')).length;
if (after !== before) {
  rmSync(migrations, { recursive: true, force: true });
  cpSync(backup, migrations, { recursive: true });
  console.error('The schema has changes without a migration: run `npm run db:generate` and commit the SQL.');
  process.exit(1);
}
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
console.log('Migrations match the schema.');
