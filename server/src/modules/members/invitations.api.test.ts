import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get('token')!;

describe('invitations', () => {
  it('invites by e-mail, mails the link, and the invitee joins with a new account', async () => {
    const org = await buildOrg(t.app);
    const invite = await org.owner.post('/api/v1/invitations', { email: 'Li.Qiang@Example.com', role: 'manager' });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: 'li.qiang@example.com', role: 'manager', status: 'pending' });
    expect(invite.body.acceptUrl).toMatch(/^http:\/\/meridian\.test\/invite\?token=/);
    await t.runJobs();
    const mail = t.mails.find((m) => m.to === 'li.qiang@example.com');
    expect(mail?.text).toContain(invite.body.acceptUrl);

    const token = tokenOf(invite.body.acceptUrl);
    const preview = await new Agent(t.app).get('/api/v1/invitations/preview', { query: { token } });
    expect(preview.body).toMatchObject({
      orgName: org.name,
      role: 'manager',
      hasAccount: false,
      invitedByName: '王芳',
    });

    const invitee = new Agent(t.app);
    const missing = await invitee.post('/api/v1/invitations/accept', { token });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'password']);

    const accepted = await invitee.post('/api/v1/invitations/accept', { token, name: '李强', password: TEST_PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'manager', org: { id: org.id }, user: { name: '李强' } });
    expect((await invitee.get('/api/v1/members')).status).toBe(200);

    const again = await new Agent(t.app).post('/api/v1/invitations/accept', {
      token,
      name: 'X',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('invitation_invalid');
  });

  it('lets a person with an account join a second organisation and switch between them', async () => {
    const first = await buildOrg(t.app);
    const second = await buildOrg(t.app);
    const invite = await second.owner.post('/api/v1/invitations', { email: first.owner.email, role: 'member' });
    const token = tokenOf(invite.body.acceptUrl);
    const preview = await new Agent(t.app).get('/api/v1/invitations/preview', { query: { token } });
    expect(preview.body.hasAccount).toBe(true);

    const wrong = await new Agent(t.app).post('/api/v1/invitations/accept', { token, password: 'wrong-password-123' });
    expect(wrong.status).toBe(401);
    const accepted = await first.owner.post('/api/v1/invitations/accept', { token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.org.id).toBe(second.id);
    expect(accepted.body.orgs.map((o: { id: string }) => o.id).sort()).toEqual([first.id, second.id].sort());

    const back = await first.owner.post('/api/v1/me/switch-org', { orgId: first.id });
    expect(back.body).toMatchObject({ org: { id: first.id }, role: 'owner' });
    const stranger = await buildOrg(t.app);
    expect((await first.owner.post('/api/v1/me/switch-org', { orgId: stranger.id })).status).toBe(404);
  });

  it('refuses to invite an active member again, and lets admins revoke an invitation', async () => {
    const org = await buildOrg(t.app);
    const twice = await org.owner.post('/api/v1/invitations', { email: org.owner.email, role: 'member' });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].field).toBe('email');

    const invite = await org.owner.post('/api/v1/invitations', { email: 'zhao.lei@example.com', role: 'member' });
    const list = await org.owner.get('/api/v1/invitations');
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(invite.body.id);
    expect((await org.owner.delete(`/api/v1/invitations/${invite.body.id}`)).status).toBe(204);
    const accept = await new Agent(t.app).post('/api/v1/invitations/accept', {
      token: tokenOf(invite.body.acceptUrl),
      name: '赵磊',
      password: TEST_PASSWORD,
    });
    expect(accept.status).toBe(410);
  });

  it('expires invitations after seven days', async () => {
    const org = await buildOrg(t.app);
    const invite = await org.owner.post('/api/v1/invitations', { email: 'late@example.com', role: 'member' });
    t.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    try {
      const preview = await new Agent(t.app).get('/api/v1/invitations/preview', {
        query: { token: tokenOf(invite.body.acceptUrl) },
      });
      expect(preview.status).toBe(410);
    } finally {
      t.clock.advance(-(7 * 24 * 3600 * 1000 + 1000));
    }
  });

  it('only lets an owner invite an owner; members and guests may not invite', async () => {
    const org = await buildOrg(t.app);
    const admin = await buildMember(t.app, org, { role: 'admin' });
    expect((await admin.post('/api/v1/invitations', { email: 'o@example.com', role: 'owner' })).status).toBe(403);
    expect((await admin.post('/api/v1/invitations', { email: 'a@example.com', role: 'admin' })).status).toBe(201);
    const member = await buildMember(t.app, org, { role: 'member' });
    expect((await member.post('/api/v1/invitations', { email: 'b@example.com', role: 'member' })).status).toBe(403);
    expect((await member.get('/api/v1/invitations')).status).toBe(403);
  });

  it('answers 404 for another organisation’s invitation and 401 without a session', async () => {
    const a = await buildOrg(t.app);
    const b = await buildOrg(t.app);
    const invite = await a.owner.post('/api/v1/invitations', { email: 'x@example.com', role: 'member' });
    expect((await b.owner.delete(`/api/v1/invitations/${invite.body.id}`)).status).toBe(404);
    expect((await new Agent(t.app).get('/api/v1/invitations')).status).toBe(401);
    expect(
      (await new Agent(t.app).post('/api/v1/invitations', { email: 'y@example.com', role: 'member' })).status,
    ).toBe(401);
    void signInAgain;
  });
});
