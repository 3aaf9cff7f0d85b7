import { createHash } from 'node:crypto';
import type { CreatedApiToken } from '@meridian/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog } from '#db/schema/index.ts';
import { tablesContaining } from '#modules/audit/testing.ts';
import { TOKEN_PREFIX } from '#platform/auth/token-format.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function createToken(agent: Agent, body: Record<string, unknown> = {}): Promise<CreatedApiToken> {
  const response = await agent.post('/api/v1/tokens', {
    name: 'CRM 同步',
    scope: 'read-write',
    expiresInDays: 30,
    ...body,
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

async function tokenRow(orgId: string, id: string) {
  const [row] = await t.database.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id)));
  return row!;
}

async function auditRows(orgId: string, targetId: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.targetId, targetId)));
}

describe('personal access tokens', () => {
  it('answers 401 to every route without credentials', async () => {
    const anonymous = new Agent(t.app);
    expect((await anonymous.get('/api/v1/tokens')).status).toBe(401);
    expect((await anonymous.post('/api/v1/tokens', { name: 'x', scope: 'read', expiresInDays: 1 })).status).toBe(401);
    expect((await anonymous.delete('/api/v1/tokens/0190a6e0-0000-7000-8000-000000000000')).status).toBe(401);
    expect((await anonymous.withToken(`${TOKEN_PREFIX}not-a-real-token`).get('/api/v1/me')).status).toBe(401);
  });

  it('creates a token that works as a bearer token and records when it was used', async () => {
    const org = await buildOrg(t.app);
    const created = await createToken(org.owner, { expiresInDays: 30 });
    expect(created.token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    expect(created).toMatchObject({ scope: 'read-write', lastUsedAt: null });
    expect(Date.parse(created.expiresAt!)).toBe(t.clock.now().getTime() + 30 * DAY_MS);

    const api = new Agent(t.app).withToken(created.token);
    const me = await api.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(org.owner.userId);
    expect(me.body.org.id).toBe(org.id);
    expect((await api.get('/api/v1/org')).status).toBe(200);

    const list = await org.owner.get('/api/v1/tokens');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toEqual({ ...created, token: undefined, lastUsedAt: t.clock.now().toISOString() });
    expect(list.text).not.toContain(created.token);
    expect((await tokenRow(org.id, created.id)).lastUsedAt).toEqual(t.clock.now());
  });

  it('stores only the SHA-256 of the token, and the secret nowhere else', async () => {
    const org = await buildOrg(t.app);
    const created = await createToken(org.owner);
    const row = await tokenRow(org.id, created.id);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(row.prefix).toBe(created.prefix);
    // Used, retried with an idempotency key (ignored here), listed and revoked: still nowhere.
    const api = new Agent(t.app).withToken(created.token);
    expect((await api.patch('/api/v1/me', { name: '王芳芳' })).status).toBe(200);
    const keyed = await org.owner.post(
      '/api/v1/tokens',
      { name: 'retry', scope: 'read', expiresInDays: null },
      { headers: { 'idempotency-key': 'token-retry-1' } },
    );
    expect(keyed.status).toBe(201);
    expect((await org.owner.delete(`/api/v1/tokens/${created.id}`)).status).toBe(204);
    expect(await tablesContaining(t, created.token)).toEqual([]);
    expect(await tablesContaining(t, keyed.body.token)).toEqual([]);
    expect(await tablesContaining(t, row.tokenHash)).toEqual(['api_tokens']);
  });

  it('audits creation and revocation without the secret', async () => {
    const org = await buildOrg(t.app);
    const created = await createToken(org.owner, { name: '报表导出', scope: 'read', expiresInDays: null });
    expect((await org.owner.delete(`/api/v1/tokens/${created.id}`)).status).toBe(204);
    const rows = await auditRows(org.id, created.id);
    expect(rows.map((r) => r.action).sort()).toEqual(['token.created', 'token.revoked']);
    const creation = rows.find((r) => r.action === 'token.created')!;
    expect(creation).toMatchObject({
      actorId: org.owner.userId,
      actorVia: 'session',
      targetType: 'token',
      targetLabel: '报表导出',
    });
    expect(creation.changes).toEqual({
      name: { from: null, to: '报表导出' },
      scope: { from: null, to: 'read' },
      expiresAt: { from: null, to: null },
    });
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(TOKEN_PREFIX.length));
  });

  it('lets a read token read but not write', async () => {
    const org = await buildOrg(t.app);
    const api = new Agent(t.app).withToken((await createToken(org.owner, { scope: 'read' })).token);
    expect((await api.get('/api/v1/org')).status).toBe(200);
    const write = await api.patch('/api/v1/org', { name: '新名字' });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('token_scope');
  });

  it('lets a read-write token write without a CSRF header, audited as via token', async () => {
    const org = await buildOrg(t.app);
    const api = new Agent(t.app).withToken((await createToken(org.owner)).token);
    const response = await api.patch('/api/v1/me', { name: '王芳 (API)' });
    expect(response.status).toBe(200);
    expect(response.body.user.name).toBe('王芳 (API)');
    const [row] = await auditRows(org.id, org.owner.userId!).then((rows) =>
      rows.filter((r) => r.action === 'user.profile_updated'),
    );
    expect(row).toMatchObject({ actorVia: 'token', actorId: org.owner.userId });
  });

  it('refuses to create a token through a token, whatever its scope', async () => {
    const org = await buildOrg(t.app);
    const api = new Agent(t.app).withToken((await createToken(org.owner)).token);
    const response = await api.post('/api/v1/tokens', { name: 'more', scope: 'read-write', expiresInDays: null });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    expect((await org.owner.get('/api/v1/tokens')).body.items).toHaveLength(1);
  });

  it('stops an expired token', async () => {
    const org = await buildOrg(t.app);
    const api = new Agent(t.app).withToken((await createToken(org.owner, { expiresInDays: 1 })).token);
    t.clock.advance(DAY_MS - 1000);
    expect((await api.get('/api/v1/me')).status).toBe(200);
    t.clock.advance(1000);
    const expired = await api.get('/api/v1/me');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('unauthenticated');
    // Expired tokens stay listed (the owner sees why an integration stopped) until revoked.
    const owner = await signInAgain(t.app, org.owner);
    expect((await owner.get('/api/v1/tokens')).body.items).toHaveLength(1);
  });

  it('stops a revoked token at once and drops it from the list', async () => {
    const org = await buildOrg(t.app);
    const created = await createToken(org.owner);
    const api = new Agent(t.app).withToken(created.token);
    expect((await api.get('/api/v1/me')).status).toBe(200);
    expect((await org.owner.delete(`/api/v1/tokens/${created.id}`)).status).toBe(204);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    expect((await org.owner.get('/api/v1/tokens')).body.items).toEqual([]);
    expect((await org.owner.delete(`/api/v1/tokens/${created.id}`)).status).toBe(404);
  });

  it('lists only the caller’s own tokens in this organisation, newest first', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const first = await createToken(org.owner, { name: 'first' });
    t.clock.advance(1000);
    const second = await createToken(org.owner, { name: 'second' });
    await createToken(member, { name: 'member’s' });
    const list = await org.owner.get('/api/v1/tokens');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
  });

  it('answers 422 with every invalid field', async () => {
    const org = await buildOrg(t.app);
    const response = await org.owner.post('/api/v1/tokens', { name: '', scope: 'admin', expiresInDays: 367 });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('validation_failed');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect([...new Set(fields)].sort()).toEqual(['expiresInDays', 'name', 'scope']);
    expect(response.body.errors.find((e: { field: string }) => e.field === 'scope').pointer).toBe('/body/scope');
    const invalid = [{ name: '   ' }, { scope: 'admin' }, { expiresInDays: 1.5 }, { expiresInDays: undefined }];
    for (const patch of invalid) {
      const body = { name: 'x', scope: 'read', expiresInDays: 1, ...patch };
      expect((await org.owner.post('/api/v1/tokens', body)).status, JSON.stringify(patch)).toBe(422);
    }
    expect((await org.owner.get('/api/v1/tokens')).body.items).toEqual([]);
  });

  it('never reads 0, "0", "" or false as "does not expire"', async () => {
    const org = await buildOrg(t.app);
    for (const expiresInDays of [0, '0', '', false]) {
      const response = await org.owner.post('/api/v1/tokens', { name: 'x', scope: 'read', expiresInDays });
      expect(response.status, JSON.stringify(expiresInDays)).toBe(422);
      expect(response.body.errors[0]).toMatchObject({ field: 'expiresInDays', pointer: '/body/expiresInDays' });
    }
    expect((await org.owner.get('/api/v1/tokens')).body.items).toEqual([]);
  });

  it('answers 404 for another organisation’s token and for another member’s', async () => {
    const orgA = await buildOrg(t.app);
    const orgB = await buildOrg(t.app);
    const foreign = await createToken(orgB.owner);
    expect((await orgA.owner.delete(`/api/v1/tokens/${foreign.id}`)).status).toBe(404);
    const member = await buildMember(t.app, orgA, { role: 'member' });
    const colleague = await createToken(member);
    // Not even an owner sees or revokes someone else's token.
    expect((await orgA.owner.delete(`/api/v1/tokens/${colleague.id}`)).status).toBe(404);
    expect((await orgA.owner.get('/api/v1/tokens')).body.items).toEqual([]);
    expect((await new Agent(t.app).withToken(foreign.token).get('/api/v1/me')).status).toBe(200);
    expect((await new Agent(t.app).withToken(colleague.token).get('/api/v1/me')).status).toBe(200);
  });

  it('lets members create tokens but not guests', async () => {
    const org = await buildOrg(t.app);
    const guest = await buildMember(t.app, org, { role: 'guest' });
    const refused = await guest.post('/api/v1/tokens', { name: 'x', scope: 'read', expiresInDays: 1 });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect((await guest.get('/api/v1/tokens')).status).toBe(200);
    const member = await buildMember(t.app, org, { role: 'member' });
    await createToken(member, { scope: 'read' });
  });

  it('stops the tokens of a deactivated member', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const api = new Agent(t.app).withToken((await createToken(member)).token);
    expect((await api.get('/api/v1/me')).status).toBe(200);
    const deactivated = await org.owner.post(`/api/v1/members/${member.userId}/deactivate`);
    expect(deactivated.status, deactivated.text).toBeLessThan(300);
    expect((await api.get('/api/v1/me')).status).toBe(401);
  });
});
