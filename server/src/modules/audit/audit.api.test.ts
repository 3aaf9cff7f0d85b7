import type { AuditEntry } from '@meridian/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/index.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';

// Less than the 120-minute idle limit of the sessions in use.
const STEP_MS = 45 * 60 * 1000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Query = Record<string, string | number | undefined>;

async function list(agent: Agent, query: Query = {}): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  const response = await agent.get('/api/v1/audit-log', { query });
  expect(response.status, response.text).toBe(200);
  return response.body;
}

const actions = (page: { items: AuditEntry[] }) => page.items.map((entry) => entry.action);

describe('audit log', () => {
  it('answers 401 without credentials', async () => {
    const response = await new Agent(t.app).get('/api/v1/audit-log');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('shows the owner the creation of their organisation, newest first, with the actor', async () => {
    const org = await buildOrg(t.app, { ownerName: '王芳' });
    const page = await list(org.owner);
    expect(actions(page)).toEqual(['member.joined', 'org.created']);
    expect(page.nextCursor).toBeNull();
    expect(page.items[1]).toMatchObject({
      actor: { id: org.owner.userId, name: '王芳', via: 'session' },
      targetType: 'org',
      targetId: org.id,
      targetLabel: org.name,
      changes: { name: { from: null, to: org.name } },
    });
  });

  it('records a settings change with before and after, address and request id', async () => {
    const org = await buildOrg(t.app);
    const patch = await org.owner.patch('/api/v1/org', { name: '华南大区' });
    expect(patch.status).toBe(200);
    const [entry] = (await list(org.owner, { action: 'org.updated' })).items;
    expect(entry).toMatchObject({
      action: 'org.updated',
      targetType: 'org',
      targetId: org.id,
      targetLabel: '华南大区',
    });
    expect(entry!.changes.name).toEqual({ from: org.name, to: '华南大区' });
    expect(entry!.ip).toBe('127.0.0.1');
    expect(entry!.userAgent).toContain('Chrome');
    expect(entry!.requestId).not.toBe('');
    expect(entry!.requestId).toBe(patch.headers['x-request-id']);
    expect(entry!.at).toBe(t.clock.now().toISOString());
  });

  it('shows an action taken through a token as via token', async () => {
    const org = await buildOrg(t.app);
    const created = await org.owner.post('/api/v1/tokens', { name: 'sync', scope: 'read-write', expiresInDays: 7 });
    const api = new Agent(t.app).withToken(created.body.token);
    expect((await api.patch('/api/v1/org', { name: '经由令牌' })).status).toBe(200);
    const [entry] = (await list(api, { action: 'org.updated' })).items;
    expect(entry!.actor).toEqual({ id: org.owner.userId, name: expect.any(String), via: 'token' });
  });

  it('shows system entries with no actor', async () => {
    const org = await buildOrg(t.app);
    const system = {
      orgId: null,
      actor: null,
      db: t.database.db,
      requestId: 'job-1',
      ip: '',
      userAgent: '',
      locale: 'en',
      timeZone: 'UTC',
    } as const;
    const entry = { orgId: org.id, action: 'org.purged_trash', targetType: 'org', targetId: org.id };
    await recordAudit(t.database.db, system, entry, t.clock.now());
    const [listed] = (await list(org.owner, { action: 'org.purged_trash' })).items;
    expect(listed).toMatchObject({ actor: null, requestId: 'job-1', changes: {} });
  });

  it('filters by action, target, actor and time, all combined', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member', name: '陈静' });
    const start = t.clock.now();
    t.clock.advance(STEP_MS);
    expect((await member.patch('/api/v1/me', { name: '陈静静' })).status).toBe(200);
    t.clock.advance(STEP_MS);
    expect((await org.owner.patch('/api/v1/org', { name: '西北大区' })).status).toBe(200);
    const afterMember = new Date(start.getTime() + STEP_MS).toISOString();
    const beforeOrg = new Date(start.getTime() + 2 * STEP_MS).toISOString();

    expect(actions(await list(org.owner, { action: 'org.updated' }))).toEqual(['org.updated']);
    expect(actions(await list(org.owner, { targetType: 'org' }))).toEqual(['org.updated', 'org.created']);
    expect(
      actions(await list(org.owner, { targetId: member.userId! })).every(
        (a) => a.startsWith('member.') || a.startsWith('user.'),
      ),
    ).toBe(true);
    const byMember = await list(org.owner, { actorId: member.userId! });
    expect(byMember.items.length).toBeGreaterThan(0);
    expect(byMember.items.every((entry) => entry.actor?.id === member.userId)).toBe(true);
    expect(actions(byMember)).toContain('user.profile_updated');
    // `from` is inclusive, `to` exclusive.
    expect(actions(await list(org.owner, { from: beforeOrg }))).toEqual(['org.updated']);
    expect(actions(await list(org.owner, { from: afterMember, to: beforeOrg }))).toEqual(['user.profile_updated']);
    expect(
      actions(await list(org.owner, { to: afterMember })).every(
        (a) => a !== 'user.profile_updated' && a !== 'org.updated',
      ),
    ).toBe(true);
    expect((await list(org.owner, { actorId: member.userId!, action: 'org.updated' })).items).toEqual([]);
    expect(
      actions(await list(org.owner, { actorId: org.owner.userId!, action: 'org.updated', from: afterMember })),
    ).toEqual(['org.updated']);
  });

  it('pages through 120 entries with no duplicates and no gaps', async () => {
    const org = await buildOrg(t.app);
    for (let i = 0; i < 120; i++) {
      const response = await org.owner.patch('/api/v1/me', { name: `王芳 ${i}` });
      expect(response.status).toBe(200);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(org.owner, { action: 'user.profile_updated', limit: 50, cursor });
      sizes.push(page.items.length);
      seen.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    const expected = await t.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'user.profile_updated')))
      .orderBy(desc(auditLog.id));
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(new Set(seen).size).toBe(120);
    const unfiltered = await list(org.owner, { limit: 200 });
    expect(unfiltered.items).toHaveLength(122);
    expect(unfiltered.nextCursor).toBeNull();
  });

  it('is for admins and owners only', async () => {
    const org = await buildOrg(t.app);
    for (const role of ['manager', 'member', 'guest'] as const) {
      const response = await (await buildMember(t.app, org, { role })).get('/api/v1/audit-log');
      expect(response.status, role).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    const admin = await buildMember(t.app, org, { role: 'admin' });
    expect((await admin.get('/api/v1/audit-log')).status).toBe(200);
  });

  it('never shows another organisation’s entries', async () => {
    const orgA = await buildOrg(t.app);
    const orgB = await buildOrg(t.app);
    expect((await orgB.owner.patch('/api/v1/org', { name: 'B 公司' })).status).toBe(200);
    const foreignIds = (await list(orgB.owner)).items.map((entry) => entry.id);
    const all = await list(orgA.owner, { limit: 200 });
    expect(all.items.some((entry) => foreignIds.includes(entry.id))).toBe(false);
    expect((await list(orgA.owner, { actorId: orgB.owner.userId! })).items).toEqual([]);
    expect((await list(orgA.owner, { targetId: orgB.id })).items).toEqual([]);
    expect((await list(orgA.owner, { action: 'org.updated' })).items).toEqual([]);
  });

  it('answers 422 with a pointer into the query string for every invalid parameter', async () => {
    const org = await buildOrg(t.app);
    const cases: [Query, string][] = [
      [{ from: 'yesterday' }, 'from'],
      [{ to: '2025-13-45T00:00:00Z' }, 'to'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 500 }, 'limit'],
      [{ actorId: 'x' }, 'actorId'],
      [{ action: 'DROP TABLE' }, 'action'],
      [{ cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
      [{ cursor: 'WyJub3QtYW4taWQiXQ' }, 'cursor'],
      [{ from: '2025-06-02T00:00:00Z', to: '2025-06-01T00:00:00Z' }, 'to'],
    ];
    for (const [query, field] of cases) {
      const response = await org.owner.get('/api/v1/audit-log', { query });
      expect(response.status, JSON.stringify(query)).toBe(422);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(`/querystring/${field}`);
    }
    const all = await org.owner.get('/api/v1/audit-log', { query: { from: 'yesterday', limit: 0, actorId: 'x' } });
    expect(all.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['actorId', 'from', 'limit']);
  });

  it('has no route that changes or deletes an entry', async () => {
    const org = await buildOrg(t.app);
    const [entry] = (await list(org.owner)).items;
    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const response = await org.owner.request(
        method,
        `/api/v1/audit-log/${entry!.id}`,
        method === 'DELETE' ? {} : { body: { action: 'x' } },
      );
      expect(response.status, method).toBe(404);
      expect(response.body.code).toBe('route_not_found');
    }
    expect((await org.owner.post('/api/v1/audit-log', { action: 'x' })).body.code).toBe('route_not_found');
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(Object.keys(paths['/api/v1/audit-log']!)).toEqual(['get']);
    expect(Object.keys(paths).filter((path) => path.startsWith('/api/v1/audit-log/'))).toEqual([]);
    expect((await list(org.owner)).items[0]).toEqual(entry);
  });
});
