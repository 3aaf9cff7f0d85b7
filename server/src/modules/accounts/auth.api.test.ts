import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sign-up and sign-in', () => {
  it('creates a user and an organisation they own, and signs them in', async () => {
    const agent = new Agent(t.app);
    const email = `new-${Date.now()}@example.com`;
    const response = await agent.post('/api/v1/auth/signup', {
      name: '王芳',
      email,
      password: TEST_PASSWORD,
      orgName: '华东销售部',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email,
      name: '王芳',
      initials: '王芳',
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(response.body.org).toMatchObject({ name: '华东销售部', currency: 'CNY', weekStart: 1 });
    expect(response.body.role).toBe('owner');
    expect(response.body.abilities['audit.read']).toBe(true);
    expect(response.headers['set-cookie']).toMatch(/HttpOnly/);
    expect(response.headers['set-cookie']).toMatch(/SameSite=Lax/);
    const me = await agent.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
  });

  it('refuses a second account with the same e-mail, naming the field', async () => {
    const org = await buildOrg(t.app);
    const response = await new Agent(t.app).post('/api/v1/auth/signup', {
      name: 'X',
      email: org.owner.email!.toUpperCase(),
      password: TEST_PASSWORD,
      orgName: 'X',
    });
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'email_taken', errors: [{ field: 'email', code: 'taken' }] });
  });

  it('answers every invalid field at once as problem+json', async () => {
    const response = await new Agent(t.app).post('/api/v1/auth/signup', { name: '', email: 'nope', password: 'short' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('validation_failed');
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'orgName', 'password']);
    expect(response.body.errors.find((e: { field: string }) => e.field === 'email').pointer).toBe('/body/email');
  });

  it('signs in, and signs out with no grace period', async () => {
    const org = await buildOrg(t.app);
    const agent = new Agent(t.app);
    const login = await agent.post('/api/v1/auth/login', { email: org.owner.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.org.id).toBe(org.id);
    const cookie = agent.cookie;
    expect((await agent.post('/api/v1/auth/logout')).status).toBe(204);
    agent.cookie = cookie;
    expect((await agent.get('/api/v1/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const org = await buildOrg(t.app);
    const wrong = await new Agent(t.app).post('/api/v1/auth/login', {
      email: org.owner.email,
      password: 'not-the-password-1',
    });
    const unknown = await new Agent(t.app).post('/api/v1/auth/login', {
      email: 'nobody@example.com',
      password: 'not-the-password-1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });
});
