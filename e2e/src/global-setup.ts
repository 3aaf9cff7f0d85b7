// Starts ONE real Meridian server for the whole run (fresh PGlite data directory, free port) and
// stops it with SIGTERM at the end, asserting a clean exit within 10 s (RELIABILITY 23, light).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ARTIFACTS_DIR, chromiumPath, REPO_ROOT } from './support/paths.ts';

const HEALTH_TIMEOUT_MS = 90_000;
const SHUTDOWN_LIMIT_MS = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Meridian exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Meridian was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    const message = `no Chromium at ${executable} (install Debian's chromium package or set CHROMIUM_PATH)`;
    if (process.env.E2E === 'required') throw new Error(`E2E=required but ${message}`);
    console.warn(`\n[e2e] Skipping every end-to-end test: ${message}\n`);
    project.provide('skipReason', message);
    project.provide('baseURL', '');
    return;
  }
  project.provide('skipReason', '');

  if (!existsSync(path.join(REPO_ROOT, 'web', 'dist', 'index.html'))) {
    console.log('[e2e] web/dist/index.html is missing: building the web app once');
    execFileSync('npm', ['run', 'build', '-w', 'web', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }

  // For working on the tests only: E2E_BASE_URL reuses a server that is already running (no
  // start, no shutdown check). The real run always starts its own.
  const reuse = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  if (reuse) {
    const health = await fetch(`${reuse}/api/v1/health`).catch(() => null);
    if (health?.status !== 200) throw new Error(`E2E_BASE_URL=${reuse} is not a healthy Meridian`);
    console.warn(`[e2e] Reusing ${reuse} (E2E_BASE_URL): no server start, no graceful-shutdown check`);
    project.provide('baseURL', reuse);
    return;
  }

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SKIP_WEB_BUILD: '1',
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseURL,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    SIGNUP: 'open',
    // The journeys sign up and sign in more than the default 10 times a minute from 127.0.0.1.
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    // Never the developer's PostgreSQL or mail server: embedded PGlite, no SMTP.
    DATABASE_URL: '',
    SMTP_URL: '',
  };
  delete env.WEB_DIST;

  const startedAt = Date.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    writeFileSync(path.join(ARTIFACTS_DIR, 'server.log'), log);
    throw error;
  }
  console.log(`[e2e] Meridian (pid ${child.pid}) healthy at ${baseURL} after ${Date.now() - startedAt} ms`);
  project.provide('baseURL', baseURL);

  return async () => {
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const t0 = Date.now();
    child.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), SHUTDOWN_LIMIT_MS + 2000));
    const result = await Promise.race([exit, timer]);
    const ms = Date.now() - t0;
    if (result === 'timeout') {
      child.kill('SIGKILL');
      await exit;
    }
    process.off('exit', killOnExit);
    writeFileSync(path.join(ARTIFACTS_DIR, 'server.log'), log);
    rmSync(dataDir, { recursive: true, force: true });
    // Vitest ignores errors thrown by a global teardown, so a failed shutdown sets the exit code.
    const fail = (message: string) => {
      console.error(`\n[e2e] FAILED graceful shutdown: ${message}\n`);
      process.exitCode = 1;
    };
    if (result === 'timeout') {
      fail(`Meridian did not exit within ${SHUTDOWN_LIMIT_MS} ms of SIGTERM (killed)`);
      return;
    }
    if (result.code !== 0 || ms > SHUTDOWN_LIMIT_MS) {
      fail(
        `exit code ${result.code} (signal ${result.signal}) after ${ms} ms; expected 0 within ${SHUTDOWN_LIMIT_MS} ms`,
      );
      return;
    }
    console.log(`[e2e] graceful shutdown: SIGTERM → exit code 0 in ${ms} ms`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's origin, e.g. http://127.0.0.1:41234; empty when the run is skipped. */
    baseURL: string;
    /** Why every end-to-end test is skipped (no browser); empty when they run. */
    skipReason: string;
  }
}
