/**
 * The load scenarios: for each, the HTTP request the API load sends and its database-only twin,
 * the SQL behind one such request run directly on the database (no HTTP, no authentication).
 *
 * The reads replay the statements the server's own services send (captured once after the data is
 * generated), so the twin follows the server's queries as they change. The write's twin is the
 * transaction's writes: update memberships + insert audit_log + insert outbox_events (+ its NOTIFY).
 */
import type { Database } from '../../server/src/db/client.ts';
import { createAccountsService } from '../../server/src/modules/accounts/service.ts';
import { createMembersService } from '../../server/src/modules/members/service.ts';
import { systemClock } from '../../server/src/platform/clock/clock.ts';
import type { RequestContext } from '../../server/src/platform/context/request-context.ts';
import { newId } from '../../server/src/platform/ids/ids.ts';
import { OUTBOX_CHANNEL } from '../../server/src/platform/outbox/outbox.ts';
import type { Session } from './db-load.ts';
import type { Fixtures } from './generate.ts';
import type { ApiRequest } from './load.ts';
import { captureStatements, type Statement } from './sql.ts';
import { buildWorkScenarios, type CapturedWorkSql, captureWorkSql, WORK_SCENARIO_NAMES } from './work-scenarios.ts';

export const SCENARIO_NAMES = ['me', 'list-members', 'get-member', 'update-member', ...WORK_SCENARIO_NAMES] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export type Scenario = {
  name: ScenarioName;
  /** The request as a reader recognises it. */
  label: string;
  request: ApiRequest;
  /** What one call of `dbWork` runs. */
  dbLabel: string;
  /** The SQL of one request, on one database session. */
  dbWork(session: Session): Promise<void>;
};

/** The server's SQL for the read scenarios, captured from its services. */
export type CapturedSql = {
  me: Statement[];
  listMembers: Statement[];
  getMember: Statement[];
  getMemberSentinel: string;
  work: CapturedWorkSql;
};

const BENCH_USER_AGENT = 'meridian-bench';

/** Runs the read services once, as the owner through the token, and records the SQL they send. */
export async function captureServerSql(database: Database, fixtures: Fixtures): Promise<CapturedSql> {
  const accountsDeps = {
    clock: systemClock,
    config: { publicUrl: 'http://127.0.0.1', signup: 'open' as const },
    limits: { authRequestsPerMinutePerIp: 1_000_000 },
  };
  const accounts = createAccountsService(accountsDeps);
  const members = createMembersService({ clock: systemClock, config: accountsDeps.config, accounts });
  const ctx: RequestContext = {
    orgId: fixtures.orgId,
    actor: {
      userId: fixtures.owner.id,
      name: fixtures.owner.name,
      email: fixtures.owner.email,
      role: 'owner',
      via: 'token',
      sessionId: null,
      tokenId: fixtures.tokenId,
      scope: 'read-write',
    },
    db: database.db,
    requestId: newId(),
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    ip: '127.0.0.1',
    userAgent: BENCH_USER_AGENT,
  };
  const sentinel = fixtures.memberIds[0];
  if (!sentinel) throw new Error('the organisation has no members besides the owner: use a larger --scale');
  const captured: CapturedSql = {
    me: await captureStatements(database, () => accounts.getMe(ctx, null)),
    listMembers: await captureStatements(database, () => members.listMembers(ctx, { limit: 50 })),
    getMember: await captureStatements(database, () => members.getMember(ctx, sentinel)),
    getMemberSentinel: sentinel,
    work: await captureWorkSql(database, ctx, fixtures.work),
  };
  for (const [name, statements] of Object.entries({ ...captured, ...captured.work })) {
    if (Array.isArray(statements) && statements.length === 0) throw new Error(`captured no SQL for ${name}`);
  }
  if (!captured.getMember.some((s) => s.params.includes(sentinel))) {
    throw new Error('the member id is not a parameter of the captured get-member SQL; cannot vary it');
  }
  return captured;
}

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

async function runAll(session: Session, statements: Statement[]): Promise<void> {
  for (const statement of statements) await session.query(statement.text, statement.params);
}

const UPDATE_ROLE = `update "memberships" set "role" = $1, "updated_at" = $2, "version" = "memberships"."version" + 1
  where "memberships"."org_id" = $3 and "memberships"."user_id" = $4 returning "user_id"`;
const INSERT_AUDIT = `insert into "audit_log" ("org_id", "id", "at", "actor_id", "actor_via", "action", "target_type",
  "target_id", "target_label", "ip", "user_agent", "request_id", "changes")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;
const INSERT_OUTBOX = `insert into "outbox_events" ("org_id", "id", "type", "payload", "actor_id", "audience")
  values ($1, $2, $3, $4, $5, $6)`;
const NOTIFY_OUTBOX = `select pg_notify('${OUTBOX_CHANNEL}', '')`;

export function buildScenarios(fixtures: Fixtures, captured: CapturedSql): Scenario[] {
  const { orgId } = fixtures;
  const actorId = fixtures.owner.id;
  const targets = fixtures.writeTargets;
  if (targets.length === 0) throw new Error('the organisation has no members to update: use a larger --scale');
  // Each write flips one member between 'member' and 'manager', so that every write changes something.
  const roles = new Map(targets.map((t) => [t.userId, t.role as string]));
  const toggle = (userId: string) => {
    const from = roles.get(userId) ?? 'member';
    const to = from === 'member' ? 'manager' : 'member';
    roles.set(userId, to);
    return { from, to };
  };
  const sentinel = captured.getMemberSentinel;
  const getMember = captured.getMember.map((s) => ({ ...s, isMember: s.params.map((p) => p === sentinel) }));

  const work = buildWorkScenarios(fixtures.work, captured.work, orgId, actorId);
  return [
    {
      name: 'me',
      label: 'GET /api/v1/me',
      request: { method: 'GET', next: () => ({ path: '/api/v1/me' }) },
      dbLabel: `the ${captured.me.length} statements of getMe`,
      dbWork: (session) => runAll(session, captured.me),
    },
    {
      name: 'list-members',
      label: 'GET /api/v1/members?limit=50',
      request: { method: 'GET', next: () => ({ path: '/api/v1/members?limit=50' }) },
      dbLabel: `the ${captured.listMembers.length} statement(s) of listMembers`,
      dbWork: (session) => runAll(session, captured.listMembers),
    },
    {
      name: 'get-member',
      label: 'GET /api/v1/members/{id}',
      request: { method: 'GET', next: () => ({ path: `/api/v1/members/${pick(fixtures.memberIds)}` }) },
      dbLabel: `the ${captured.getMember.length} statement(s) of getMember, random member`,
      async dbWork(session) {
        const userId = pick(fixtures.memberIds);
        for (const statement of getMember) {
          await session.query(
            statement.text,
            statement.params.map((p, i) => (statement.isMember[i] ? userId : p)),
          );
        }
      },
    },
    {
      name: 'update-member',
      label: 'PATCH /api/v1/members/{id} role',
      request: {
        method: 'PATCH',
        next: () => {
          const target = pick(targets);
          return { path: `/api/v1/members/${target.userId}`, body: JSON.stringify({ role: toggle(target.userId).to }) };
        },
      },
      dbLabel: 'update memberships + insert audit_log + insert outbox_events + NOTIFY, in one transaction',
      async dbWork(session) {
        const target = pick(targets);
        const { from, to } = toggle(target.userId);
        const at = new Date().toISOString();
        const changes = JSON.stringify({ role: { from, to } });
        const payload = JSON.stringify({ userId: target.userId, changes: ['role'] });
        await session.transaction(async (tx) => {
          await tx.query(UPDATE_ROLE, [to, at, orgId, target.userId]);
          await tx.query(INSERT_AUDIT, [
            orgId,
            newId(),
            at,
            actorId,
            'token',
            'member.role_changed',
            'member',
            target.userId,
            target.name,
            '127.0.0.1',
            BENCH_USER_AGENT,
            newId(),
            changes,
          ]);
          await tx.query(INSERT_OUTBOX, [orgId, newId(), 'member.updated', payload, actorId, '{}']);
          await tx.query(NOTIFY_OUTBOX);
        });
      },
    },
    ...work,
  ];
}
