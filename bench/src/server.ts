/**
 * The parent's handle on the server under test: forks server-process.ts (the real application in a
 * process of its own, so its memory is its own and the load does not share its event loop), waits
 * until it listens, talks to it over IPC, samples its resident memory from /proc, and stops it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Fixtures } from './generate.ts';
import type { CapturedSql, ScenarioName } from './scenarios.ts';
import type { RunStats } from './stats.ts';

/** What run.ts tells the server process (JSON in BENCH_SERVER_OPTIONS). */
export type ServerOptions = {
  databaseUrl: string | null;
  dataDir: string | null;
  poolSize: number | null;
  logLevel: string;
  /** Run the background job loop, as a production server does. */
  jobs: boolean;
};

/** Requests to the server process; each is answered by a `reply` with the same id. */
export type Command =
  /** Stop / restart the realtime fan-out and the job loop, so that the database serves the twin alone. */
  | { type: 'pause' }
  | { type: 'resume' }
  /** PGlite only: the twins run in the server process, on the server's own PGlite instance. */
  | { type: 'twins'; fixtures: Fixtures; captured: CapturedSql }
  | { type: 'db-load'; scenario: ScenarioName; connections: number; durationMs: number };

export type ServerMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; result?: unknown; error?: string };

export type ServerHandle = {
  baseUrl: string;
  pid: number;
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Sends the data the PGlite twins need; then dbLoad runs them in the server process. */
  loadTwins(fixtures: Fixtures, captured: CapturedSql): Promise<void>;
  dbLoad(scenario: ScenarioName, connections: number, durationMs: number): Promise<RunStats>;
  /** Graceful: SIGTERM, as an operator stops it. */
  stop(): Promise<void>;
  /** At once (the bench was interrupted): SIGKILL; the data is thrown away anyway. */
  kill(): Promise<void>;
};

export async function startServer(options: ServerOptions): Promise<ServerHandle> {
  const child = fork(new URL('./server-process.ts', import.meta.url), [], {
    env: { ...process.env, BENCH_SERVER_OPTIONS: JSON.stringify(options) },
    // The server's own output goes to our stderr, never into a --json stdout.
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  let lastId = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.on('exit', (code) => {
      const error = new Error(`the server process exited (code ${code})`);
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    });
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'ready') resolve(message.port);
      else if (message.type === 'failed') reject(new Error(`the server failed to start: ${message.message}`));
      else {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) call?.reject(new Error(message.error));
        else call?.resolve(message.result);
      }
    });
  });
  // A failed send is answered through its callback; this keeps it from being an unhandled 'error'.
  child.on('error', () => {});
  const call = (command: Command) =>
    new Promise<unknown>((resolve, reject) => {
      if (!child.connected) return reject(new Error('the server process is gone'));
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      child.send({ id, ...command }, (error) => {
        if (!error) return;
        pending.delete(id);
        reject(error);
      });
    });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    pause: async () => void (await call({ type: 'pause' })),
    resume: async () => void (await call({ type: 'resume' })),
    loadTwins: async (fixtures, captured) => void (await call({ type: 'twins', fixtures, captured })),
    dbLoad: async (scenario, connections, durationMs) =>
      (await call({ type: 'db-load', scenario, connections, durationMs })) as RunStats,
    stop: () => stopChild(child, 'SIGTERM'),
    kill: () => stopChild(child, 'SIGKILL'),
  };
}

async function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Resident set size of a process in bytes (Linux), or null where /proc is not there. */
export function readRss(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; answers the peak seen (null when unreadable). */
export function sampleRss(pid: number, everyMs = 200): { stop(): number | null } {
  let peak: number | null = readRss(pid);
  const timer = setInterval(() => {
    const rss = readRss(pid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const rss = readRss(pid);
      if (rss !== null) peak = Math.max(peak ?? 0, rss);
      return peak;
    },
  };
}
