/**
 * `npm run bench`: fills a synthetic organisation, runs each scenario against the real server
 * (a child process) with autocannon, then the same scenario's SQL on the database alone at the same
 * concurrency, and prints requests/s, latency, errors, server memory and the API ÷ database ratio.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { redactUrl } from '../../server/src/config.ts';
import { type Database, openPglite, openPostgres } from '../../server/src/db/client.ts';
import { postgresTarget, runDbLoad } from './db-load.ts';
import { type Fixtures, generate } from './generate.ts';
import { runApiLoad } from './load.ts';
import { evaluateTargets, type Report, type Row, renderJson, renderTable } from './report.ts';
import { buildScenarios, type CapturedSql, captureServerSql, SCENARIO_NAMES, type Scenario } from './scenarios.ts';
import { readRss, type ServerHandle, sampleRss, startServer } from './server.ts';
import type { RunStats } from './stats.ts';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DATABASE = 'meridian_bench';

const USAGE = `Usage: npm run bench -- [options]

  --database-url URL   PostgreSQL server to run on (default $BENCH_DATABASE_URL or ${DEFAULT_DATABASE_URL});
                       the bench creates and drops its own database "${BENCH_DATABASE}" there
  --embedded           run on embedded PGlite (in the server process) instead
  --scale N            members in the synthetic organisation (default 1000)
  --tasks N            tasks over its projects, one of them a 2,000-task board (default 100000)
  --connections LIST   concurrent connections, comma-separated (default 1,10,50)
  --duration S         seconds per run (default 10)
  --quick              3 s per run at 1 and 50 connections
  --scenarios LIST     only these of ${SCENARIO_NAMES.join(', ')}
  --pool-size N        the server's PostgreSQL pool size (default: the server's own default)
  --log-level LEVEL    the server's LOG_LEVEL (default warn)
  --no-jobs            do not run the server's background job loop (JOBS=false)
  --json               print the results as JSON on stdout (the table goes to stderr)
  --strict             exit with code 1 when a target fails
  -h, --help           this text`;

type Options = {
  embedded: boolean;
  databaseUrl: string;
  scale: number;
  tasks: number;
  connections: number[];
  durationSec: number;
  warmupSec: number;
  scenarios: string[];
  poolSize: number | null;
  logLevel: string;
  jobs: boolean;
  json: boolean;
  strict: boolean;
};

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

function readOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      embedded: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1000' },
      tasks: { type: 'string', default: '100000' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      quick: { type: 'boolean', default: false },
      scenarios: { type: 'string' },
      'pool-size': { type: 'string' },
      'log-level': { type: 'string', default: 'warn' },
      'no-jobs': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  const connections = (values.connections ?? (values.quick ? '1,50' : '1,10,50'))
    .split(',')
    .map((c) => positiveInt('--connections', c.trim()));
  const scenarios = values.scenarios ? values.scenarios.split(',').map((s) => s.trim()) : [...SCENARIO_NAMES];
  const unknown = scenarios.filter((s) => !(SCENARIO_NAMES as readonly string[]).includes(s));
  if (unknown.length)
    throw new Error(`unknown scenario ${unknown.join(', ')}; choose from ${SCENARIO_NAMES.join(', ')}`);
  return {
    embedded: values.embedded,
    databaseUrl: values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL,
    scale: positiveInt('--scale', values.scale),
    tasks: positiveInt('--tasks', values.tasks),
    connections: [...new Set(connections)].sort((a, b) => a - b),
    durationSec: positiveInt('--duration', values.duration ?? (values.quick ? '3' : '10')),
    warmupSec: values.quick ? 1 : 2,
    scenarios,
    poolSize: values['pool-size'] ? positiveInt('--pool-size', values['pool-size']) : null,
    logLevel: values['log-level'],
    jobs: !values['no-jobs'],
    json: values.json,
    strict: values.strict,
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Where the data lives, and how to open it again or remove it. */
type Store = { databaseUrl: string | null; dataDir: string | null; open(): Promise<Database>; remove(): Promise<void> };

async function createStore(options: Options): Promise<Store> {
  if (options.embedded) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meridian-bench-'));
    // Last resort on any exit: an interrupted write may land after the clean-up removed the directory.
    process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    return {
      databaseUrl: null,
      dataDir,
      // The same layout as the server's DATA_DIR.
      open: () => openPglite({ dataDir: path.join(dataDir, 'pglite') }),
      remove: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const url = withDatabase(options.databaseUrl, BENCH_DATABASE);
  await adminQuery(options.databaseUrl, `drop database if exists ${BENCH_DATABASE} with (force)`);
  await adminQuery(options.databaseUrl, `create database ${BENCH_DATABASE}`);
  return {
    databaseUrl: url,
    dataDir: null,
    open: () => openPostgres({ url, poolSize: 4 }),
    remove: () => adminQuery(options.databaseUrl, `drop database if exists ${BENCH_DATABASE} with (force)`),
  };
}

async function prepare(store: Store, options: Options): Promise<{ fixtures: Fixtures; captured: CapturedSql }> {
  const database = await store.open();
  try {
    await database.migrate();
    const began = performance.now();
    const fixtures = await generate(database, { scale: options.scale, tasks: options.tasks });
    const { counts } = fixtures;
    log(
      `generated ${counts.members} members, ${counts.teams} teams, ${counts.teamMemberships} team memberships, ` +
        `${counts.sessions} sessions, ${counts.projects} projects, ${counts.tasks} tasks in ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );
    return { fixtures, captured: await captureServerSql(database, fixtures) };
  } finally {
    await database.close();
  }
}

/** One request of each scenario must succeed before any load: a 401 at 5,000 req/s measures nothing. */
async function preflight(server: ServerHandle, token: string, scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) {
    const { path: requestPath, body } = scenario.request.next();
    const response = await fetch(`${server.baseUrl}${requestPath}`, {
      method: scenario.request.method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body,
    });
    if (!response.ok) {
      throw new Error(
        `${scenario.label} answered ${response.status} before the load: ${(await response.text()).slice(0, 300)}`,
      );
    }
  }
}

const mb = (bytes: number | null) => (bytes === null ? '?' : (bytes / 1024 / 1024).toFixed(0));

/**
 * Each scenario at each connection level: the API under autocannon, then at once the database alone
 * at the same concurrency (the server's background work paused meanwhile), so that both see the same
 * machine. On PostgreSQL the twin runs here on a pg.Pool; on PGlite in the server process, on its instance.
 */
async function measure(
  options: Options,
  store: Store,
  fixtures: Fixtures,
  captured: CapturedSql,
  scenarios: Scenario[],
): Promise<{ rows: Row[]; idleRss: number | null }> {
  log(`starting the server on ${store.databaseUrl ? redactUrl(store.databaseUrl) : `PGlite in ${store.dataDir}`}`);
  const server = await startServer({
    databaseUrl: store.databaseUrl,
    dataDir: store.dataDir,
    poolSize: options.poolSize,
    logLevel: options.logLevel,
    jobs: options.jobs,
  });
  cleanups.unshift((urgent) => (urgent ? server.kill() : server.stop()));
  try {
    await sleep(500);
    const idleRss = readRss(server.pid);
    await preflight(server, fixtures.token, scenarios);
    const postgres = store.databaseUrl ? postgresTarget(store.databaseUrl) : null;
    if (!postgres) await server.loadTwins(fixtures, captured);
    const databaseAlone = async (scenario: Scenario, connections: number, durationSec: number): Promise<RunStats> => {
      await server.pause();
      try {
        const durationMs = durationSec * 1000;
        return postgres
          ? await runDbLoad(postgres, { connections, durationMs, work: scenario.dbWork })
          : await server.dbLoad(scenario.name, connections, durationMs);
      } finally {
        await server.resume();
      }
    };

    const rows: Row[] = [];
    const warmupConnections = Math.min(10, Math.max(...options.connections));
    for (const scenario of scenarios) {
      const load = { baseUrl: server.baseUrl, token: fixtures.token, request: scenario.request };
      await runApiLoad({ ...load, connections: warmupConnections, durationSec: options.warmupSec });
      const warm = await databaseAlone(scenario, warmupConnections, options.warmupSec);
      if (warm.errors > 0) log(`  db ${scenario.name} warm-up: ${warm.errors} errors, first: ${warm.firstError}`);
      for (const connections of options.connections) {
        await sleep(300);
        const sampler = sampleRss(server.pid);
        const api = await runApiLoad({ ...load, connections, durationSec: options.durationSec });
        const rssPeakBytes = sampler.stop();
        log(
          `  api ${scenario.name} c=${connections}: ${api.rps.toFixed(0)} req/s, p50 ${api.p50Ms.toFixed(2)} ms, ` +
            `p99 ${api.p99Ms.toFixed(2)} ms, errors ${api.errors}, RSS ${mb(rssPeakBytes)} MB`,
        );
        if (api.errors > 0) {
          log(
            `    status codes ${JSON.stringify(api.statusCodes)}, socket errors ${api.socketErrors}, timeouts ${api.timeouts}`,
          );
        }
        await sleep(300);
        const db = await databaseAlone(scenario, connections, options.durationSec);
        log(
          `  db  ${scenario.name} c=${connections}: ${db.rps.toFixed(0)} ops/s, p50 ${db.p50Ms.toFixed(2)} ms, ` +
            `p99 ${db.p99Ms.toFixed(2)} ms, errors ${db.errors}${db.firstError ? ` (first: ${db.firstError})` : ''}`,
        );
        const ratio = db.rps > 0 ? api.rps / db.rps : null;
        rows.push({ scenario: scenario.name, label: scenario.label, connections, api, rssPeakBytes, db, ratio });
      }
    }
    return { rows, idleRss };
  } finally {
    await server.stop();
  }
}

/** Undo steps, newest first: stop the server, then remove the data. Urgent when interrupted. */
const cleanups: ((urgent: boolean) => Promise<void>)[] = [];
let interrupted = false;

async function cleanUp(urgent = false): Promise<void> {
  while (cleanups.length) {
    await cleanups.shift()!(urgent).catch((error: unknown) =>
      log(`clean-up failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  process.once('SIGINT', () => {
    interrupted = true;
    log('interrupted: cleaning up');
    void cleanUp(true).finally(() => process.exit(130));
  });
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0]!;
  if (loadAtStart > os.cpus().length / 2) {
    log(
      `warning: load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} CPUs: other processes compete, results will be noisy`,
    );
  }
  const store = await createStore(options);
  cleanups.push(() => store.remove());
  try {
    const { fixtures, captured } = await prepare(store, options);
    const scenarios = buildScenarios(fixtures, captured).filter((s) => options.scenarios.includes(s.name));
    const runs = scenarios.length * options.connections.length;
    const minutes = (2 * (runs * (options.durationSec + 0.3) + scenarios.length * options.warmupSec)) / 60;
    log(
      `${scenarios.length} scenarios × ${options.connections.length} connection levels, ` +
        `each through the API then on the database alone: about ${minutes.toFixed(1)} min`,
    );
    const { rows, idleRss } = await measure(options, store, fixtures, captured, scenarios);

    const rssValues = rows.map((r) => r.rssPeakBytes).filter((v): v is number => v !== null);
    const peakRss = rssValues.length ? Math.max(...rssValues) : null;
    const cpus = os.cpus();
    const report: Report = {
      meta: {
        driver: options.embedded ? 'pglite' : 'postgres',
        database: options.embedded ? 'PGlite' : redactUrl(withDatabase(options.databaseUrl, BENCH_DATABASE)),
        scale: options.scale,
        connections: options.connections,
        durationSec: options.durationSec,
        serverPoolSize: options.poolSize,
        logLevel: options.logLevel,
        jobs: options.jobs,
        node: process.version,
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0]! },
        startedAt,
        counts: fixtures.counts,
      },
      twins: Object.fromEntries(scenarios.map((s) => [s.name, s.dbLabel])),
      rows,
      rss: { idleBytes: idleRss, peakBytes: peakRss },
      targets: evaluateTargets(rows, peakRss),
    };
    if (options.json) {
      process.stderr.write(renderTable(report));
      process.stdout.write(`${renderJson(report)}\n`);
    } else {
      process.stdout.write(renderTable(report));
    }
    const failed = report.targets.filter((t) => t.pass === false);
    return options.strict && failed.length > 0 ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (!interrupted) log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    void cleanUp().finally(() => process.exit(2));
  },
);
