import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('members', () => {
  it('lists members with filters and keyset pages', async () => {
    const org = await buildOrg(t.app);
    for (let i = 0; i < 5; i++) await buildMember(t.app, org, { role: i % 2 ? 'manager' : 'member', name: `销售${i}` });
    const all = await org.owner.get('/api/v1/members', { query: { limit: 2 } });
    expect(all.body.items).toHaveLength(2);
    const seen = [...all.body.items];
    let cursor = all.body.nextCursor;
    while (cursor) {
      const next = await org.owner.get('/api/v1/members', { query: { limit: 2, cursor } });
      seen.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(new Set(seen.map((m) => m.userId)).size).toBe(6);
    const managers = await org.owner.get('/api/v1/members', { query: { role: 'manager' } });
    expect(managers.body.items).toHaveLength(2);
    const search = await org.owner.get('/api/v1/members', { query: { q: '销售3' } });
    expect(search.body.items.map((m: { name: string }) => m.name)).toEqual(['销售3']);
    const bad = await org.owner.get('/api/v1/members', { query: { limit: 500, role: 'king', cursor: '!!' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/querystring/cursor',
      '/querystring/limit',
      '/querystring/role',
    ]);
  });

  it('changes a role with optimistic concurrency and audits before and after', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member', name: '刘洋' });
    const current = await org.owner.get(`/api/v1/members/${member.userId}`);
    const changed = await org.owner.patch(
      `/api/v1/members/${member.userId}`,
      { role: 'manager' },
      { headers: { 'if-match': `"${current.body.version}"` } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('manager');
    const stale = await org.owner.patch(`/api/v1/members/${member.userId}`, {
      role: 'admin',
      version: current.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', current: { role: 'manager' } });
    const audit = await org.owner.get('/api/v1/audit-log', { query: { action: 'member.role_changed' } });
    if (audit.status === 200) expect(audit.body.items[0].changes.role).toEqual({ from: 'member', to: 'manager' });
  });

  it('keeps at least one owner, and only owners touch owners', async () => {
    const org = await buildOrg(t.app);
    const admin = await buildMember(t.app, org, { role: 'admin' });
    expect((await admin.patch(`/api/v1/members/${org.owner.userId}`, { role: 'member' })).status).toBe(403);
    expect((await admin.post(`/api/v1/members/${org.owner.userId}/deactivate`)).status).toBe(403);
    expect((await org.owner.patch(`/api/v1/members/${org.owner.userId}`, { role: 'member' })).status).toBe(403);
    const second = await buildMember(t.app, org, { role: 'owner' });
    expect((await second.patch(`/api/v1/members/${org.owner.userId}`, { role: 'admin' })).status).toBe(200);
    expect((await org.owner.patch(`/api/v1/members/${second.userId}`, { role: 'admin' })).status).toBe(403);
  });

  it('deactivation stops the member’s sessions and tokens at once, and reactivation lets them sign in again', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const laptop = await signInAgain(t.app, member);
    const deactivated = await org.owner.post(`/api/v1/members/${member.userId}/deactivate`);
    expect(deactivated.body.status).toBe('deactivated');
    expect((await member.get('/api/v1/members')).status).toBe(401);
    expect((await laptop.get('/api/v1/org')).status).toBe(401);
    const relogin = await new Agent(t.app).post('/api/v1/auth/login', {
      email: member.email,
      password: member.password,
    });
    expect(relogin.body.org).toBeNull();
    expect((await org.owner.post(`/api/v1/members/${member.userId}/reactivate`)).body.status).toBe('active');
    const back = await signInAgain(t.app, member);
    expect((await back.get('/api/v1/org')).status).toBe(200);
  });

  it('lets an admin see and end a member’s sessions', async () => {
    const org = await buildOrg(t.app);
    const admin = await buildMember(t.app, org, { role: 'admin' });
    const member = await buildMember(t.app, org, { role: 'member' });
    await signInAgain(t.app, member, '10.1.2.3');
    const sessions = await admin.get(`/api/v1/members/${member.userId}/sessions`);
    expect(sessions.body.items.length).toBe(2);
    expect(sessions.body.items.map((s: { ip: string }) => s.ip)).toContain('10.1.2.3');
    expect((await admin.delete(`/api/v1/members/${member.userId}/sessions`)).status).toBe(204);
    expect((await member.get('/api/v1/me')).status).toBe(401);
    const peer = await buildMember(t.app, org, { role: 'member' });
    expect((await peer.delete(`/api/v1/members/${member.userId}/sessions`)).status).toBe(403);
  });

  it('answers 404 for another organisation’s member and 401 without a session', async () => {
    const a = await buildOrg(t.app);
    const b = await buildOrg(t.app);
    const id = b.owner.userId!;
    for (const [method, url] of [
      ['GET', `/api/v1/members/${id}`],
      ['PATCH', `/api/v1/members/${id}`],
      ['POST', `/api/v1/members/${id}/deactivate`],
      ['POST', `/api/v1/members/${id}/reactivate`],
      ['GET', `/api/v1/members/${id}/sessions`],
      ['DELETE', `/api/v1/members/${id}/sessions`],
    ] as const) {
      const body = method === 'GET' || method === 'DELETE' ? undefined : { role: 'member' };
      expect((await a.owner.request(method, url, { body })).status, `${method} ${url}`).toBe(404);
      expect((await new Agent(t.app).request(method, url, { body })).status, `${method} ${url}`).toBe(401);
    }
  });
});
