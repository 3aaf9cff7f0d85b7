/** The results as a table (for people) or JSON (for tools), and the targets they are held to. */
import type { ApiStats } from './load.ts';
import type { ScenarioName } from './scenarios.ts';
import type { RunStats } from './stats.ts';

export type Row = {
  scenario: ScenarioName;
  label: string;
  connections: number;
  api: ApiStats;
  /** The server process's highest resident memory during this run. */
  rssPeakBytes: number | null;
  db: RunStats | null;
  /** API requests/s ÷ database-only operations/s. */
  ratio: number | null;
};

export type TargetResult = {
  id: string;
  description: string;
  /** The connection level it was judged at (null for the memory target, judged over all runs). */
  connections: number | null;
  measured: string;
  pass: boolean | null;
};

export type Report = {
  meta: {
    driver: 'postgres' | 'pglite';
    database: string;
    scale: number;
    connections: number[];
    durationSec: number;
    serverPoolSize: number | null;
    logLevel: string;
    jobs: boolean;
    node: string;
    cpus: number;
    cpuModel: string;
    /** One-minute load average before and after: above the CPU count, other processes competed. */
    loadAverage: { atStart: number; atEnd: number };
    startedAt: string;
    counts: Record<string, number>;
  };
  /** What the database-only twin of each scenario runs. */
  twins: Record<string, string>;
  rows: Row[];
  rss: { idleBytes: number | null; peakBytes: number | null };
  targets: TargetResult[];
};

const MB = 1024 * 1024;
const RSS_LIMIT_MB = 250;

type TargetSpec = {
  id: string;
  scenario: ScenarioName;
  description: string;
  /** Shown in the table beside the row it is judged on. */
  short: string;
  /** Judged at this connection level instead of the highest one run. */
  atConnections?: number;
  measure(row: Row): number | null;
  format(value: number): string;
  pass(value: number): boolean;
};

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const TARGETS: TargetSpec[] = [
  {
    id: 'get-member.ratio',
    scenario: 'get-member',
    description: 'get one member: API ≥ 25 % of the database-only rate',
    short: '≥25%',
    measure: (row) => row.ratio,
    format: percent,
    pass: (value) => value >= 0.25,
  },
  {
    id: 'get-member.p99',
    scenario: 'get-member',
    description: 'get one member: p99 ≤ 15 ms',
    short: 'p99≤15ms',
    measure: (row) => row.api.p99Ms,
    format: ms,
    pass: (value) => value <= 15,
  },
  {
    id: 'list-members.ratio',
    scenario: 'list-members',
    description: 'list of 50 members: API ≥ 40 % of the database-only rate',
    short: '≥40%',
    measure: (row) => row.ratio,
    format: percent,
    pass: (value) => value >= 0.4,
  },
  {
    id: 'update-member.ratio',
    scenario: 'update-member',
    description: 'update a role: API ≥ 25 % of the database-only rate of the same transaction',
    short: '≥25%',
    measure: (row) => row.ratio,
    format: percent,
    pass: (value) => value >= 0.25,
  },
  ...(['list-tasks', 'search'] as const).flatMap((scenario): TargetSpec[] => [
    {
      id: `${scenario}.ratio`,
      scenario,
      description: `${scenario === 'search' ? 'search' : 'list of 50 tasks of 100,000, filtered and sorted'}: API ≥ 40 % of the database-only rate`,
      short: '≥40%',
      measure: (row) => row.ratio,
      format: percent,
      pass: (value) => value >= 0.4,
    },
    {
      id: `${scenario}.p99`,
      scenario,
      description: `${scenario === 'search' ? 'search' : 'list of 50 tasks'}: p99 ≤ 30 ms`,
      short: 'p99≤30ms',
      measure: (row) => row.api.p99Ms,
      format: ms,
      pass: (value) => value <= 30,
    },
  ]),
  {
    id: 'board.server-time',
    scenario: 'board',
    description: 'board of a 2,000-task project: median answer < 100 ms at one connection',
    short: 'p50<100ms',
    atConnections: 1,
    measure: (row) => row.api.p50Ms,
    format: ms,
    pass: (value) => value < 100,
  },
  ...(['create-task', 'move-task'] as const).map(
    (scenario): TargetSpec => ({
      id: `${scenario}.ratio`,
      scenario,
      description: `${scenario === 'create-task' ? 'create a task' : 'move a card'}: API ≥ 25 % of the database-only rate of the same transaction`,
      short: '≥25%',
      measure: (row) => row.ratio,
      format: percent,
      pass: (value) => value >= 0.25,
    }),
  ),
];

/** Ratio and latency targets are judged at the highest connection level run (50 by default). */
function judgedRow(rows: Row[], scenario: ScenarioName): Row | null {
  const candidates = rows.filter((r) => r.scenario === scenario);
  return candidates.reduce<Row | null>((best, r) => (best && best.connections >= r.connections ? best : r), null);
}

export function evaluateTargets(rows: Row[], rssPeakBytes: number | null): TargetResult[] {
  const results: TargetResult[] = TARGETS.map((target) => {
    const row =
      target.atConnections === undefined
        ? judgedRow(rows, target.scenario)
        : (rows.find((r) => r.scenario === target.scenario && r.connections === target.atConnections) ?? null);
    const value = row ? target.measure(row) : null;
    return {
      id: target.id,
      description: target.description,
      connections: row?.connections ?? null,
      measured: value === null || Number.isNaN(value) ? 'n/a' : target.format(value),
      pass: value === null || Number.isNaN(value) ? null : target.pass(value),
    };
  });
  results.push({
    id: 'server.rss',
    description: `server RSS ≤ ${RSS_LIMIT_MB} MB under load`,
    connections: null,
    measured: rssPeakBytes === null ? 'n/a (no /proc)' : `${(rssPeakBytes / MB).toFixed(0)} MB`,
    pass: rssPeakBytes === null ? null : rssPeakBytes <= RSS_LIMIT_MB * MB,
  });
  return results;
}

const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL');

function rowTargets(row: Row, rows: Row[]): string {
  if (judgedRow(rows, row.scenario) !== row) return '';
  return TARGETS.filter((t) => t.scenario === row.scenario)
    .map((t) => {
      const value = t.measure(row);
      return `${t.short} ${verdict(value === null || Number.isNaN(value) ? null : t.pass(value))}`;
    })
    .join(', ');
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

function table(header: string[], body: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function renderTable(report: Report): string {
  const { meta, rows } = report;
  const header = [
    'scenario',
    'conns',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'RSS MB',
    'db ops/s',
    'db p50',
    'db p99',
    'API÷DB',
    'targets',
  ];
  const align = [false, true, true, true, true, true, true, true, true, true, true, false];
  const body = rows.map((r) => [
    r.label,
    String(r.connections),
    fixed(r.api.rps, 0),
    fixed(r.api.p50Ms, 2),
    fixed(r.api.p99Ms, 2),
    String(r.api.errors),
    r.rssPeakBytes === null ? '–' : fixed(r.rssPeakBytes / MB, 0),
    fixed(r.db?.rps, 0),
    fixed(r.db?.p50Ms, 2),
    fixed(r.db?.p99Ms, 2),
    r.ratio === null ? '–' : `${(r.ratio * 100).toFixed(1)}%`,
    rowTargets(r, rows),
  ]);
  const engine =
    meta.driver === 'postgres' ? `PostgreSQL (${meta.database})` : 'PGlite (embedded, in the server process)';
  const lines = [
    '',
    `Meridian bench: ${engine}, ${meta.scale} members, ${meta.durationSec} s per run, connections ${meta.connections.join(',')}`,
    `Node ${meta.node}, ${meta.cpus} CPU (${meta.cpuModel}), load average ${meta.loadAverage.atStart.toFixed(1)} → ${meta.loadAverage.atEnd.toFixed(1)}`,
    `Server: pool ${meta.serverPoolSize ?? 'default'}, log level ${meta.logLevel}, job loop ${meta.jobs ? 'on' : 'off (--no-jobs)'}`,
    '',
    table(header, body, align),
    '',
    'Database-only twin of each scenario (same concurrency and duration, no HTTP, no auth):',
    ...Object.entries(report.twins).map(([name, what]) => `  ${name}: ${what}`),
    '',
    `Targets (ratios and p99 judged at ${Math.max(...meta.connections)} connections; exit code 0 unless --strict):`,
    ...report.targets.map((t) => `  ${verdict(t.pass).padEnd(4)}  ${t.description.padEnd(76)} measured ${t.measured}`),
    '',
    `Server RSS: ${fixed(report.rss.idleBytes === null ? null : report.rss.idleBytes / MB, 0)} MB idle after start, ${fixed(report.rss.peakBytes === null ? null : report.rss.peakBytes / MB, 0)} MB peak under load.`,
    '',
  ];
  return lines.join('\n');
}

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
