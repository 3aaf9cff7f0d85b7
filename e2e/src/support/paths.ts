import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const E2E_ROOT = path.resolve(here, '..', '..');
export const REPO_ROOT = path.resolve(E2E_ROOT, '..');
/** Screenshots of failed tests and the server log (gitignored). */
export const ARTIFACTS_DIR = path.join(E2E_ROOT, 'artifacts');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
