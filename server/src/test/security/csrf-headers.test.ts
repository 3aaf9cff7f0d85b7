/**
 * RELIABILITY test 8 (server side): CSRF and security headers.
 * Figures: cross-site writes 403 with 0 side effects; headers on 100% of routes.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg, signInAgain, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent, type Reply } from '#test/http.ts';
import { count, probe, sessionSetCookie, tableChecksum, withoutCsrf } from './support.ts';

const EVIL = 'https://evil.example';
const SOME_ID = '0190a6e0-0000-7000-8000-000000000000';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Checksums of every table a write could touch: "0 side effects" means all equal. */
async function snapshot(): Promise<Record<string, string>> {
  const tables: [string, string][] = [
    ['users', 'id'],
    ['organizations', 'id'],
    ['memberships', 'org_id, user_id'],
    ['sessions', 'id'],
    ['audit_log', 'org_id, id'],
    ['invitations', 'org_id, id'],
    ['jobs', 'id'],
    ['outbox_events', 'seq'],
    ['idempotency_keys', 'scope, key'],
    ['api_tokens', 'id'],
  ];
  const out: Record<string, string> = {};
  for (const [table, order] of tables) out[table] = await tableChecksum(t.database.db, table, order);
  return out;
}

const auditCount = (orgId: string) =>
  count(t.database.db, sql`select count(*) as n from audit_log where org_id = ${orgId}`);

describe('CSRF: cookie-authenticated writes', () => {
  it('refuses a write without X-CSRF-Token with 403 csrf_failed and changes nothing', async () => {
    const org = await buildOrg(t.app);
    const before = await snapshot();
    const audits = await auditCount(org.id);
    const reply = await withoutCsrf(org.owner, () => org.owner.patch('/api/v1/me', { name: '被篡改' }));
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('csrf_failed');
    expect(reply.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await org.owner.get('/api/v1/me')).body.user.name).toBe('王芳');
    expect(await auditCount(org.id)).toBe(audits);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a wrong token, an empty token and another session’s token', async () => {
    const org = await buildOrg(t.app);
    const other = await signInAgain(t.app, org.owner);
    const before = await snapshot();
    for (const token of ['wrong', '', other.csrfToken!, `${org.owner.csrfToken} `]) {
      const reply = await org.owner.patch('/api/v1/me', { name: '被篡改' }, { headers: { 'x-csrf-token': token } });
      expect(reply.status, JSON.stringify(token)).toBe(403);
      expect(reply.body.code).toBe('csrf_failed');
    }
    expect(await snapshot()).toEqual(before);
    // Control: the right token works.
    expect((await org.owner.patch('/api/v1/me', { name: '王芳芳' })).status).toBe(200);
  });

  it('refuses Sec-Fetch-Site: cross-site and a foreign Origin even with the right token', async () => {
    const org = await buildOrg(t.app);
    const before = await snapshot();
    const hostile: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: EVIL },
      { origin: 'null' },
      { origin: 'http://meridian.test.evil.example' },
      { origin: EVIL, 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of hostile) {
      const reply = await org.owner.patch('/api/v1/me', { name: '被篡改' }, { headers });
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(reply.body.code).toBe('csrf_failed');
    }
    expect(await snapshot()).toEqual(before);
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'same-origin' },
      { origin: 'http://meridian.test' },
      { 'sec-fetch-site': 'none' },
    ]) {
      expect((await org.owner.patch('/api/v1/me', { name: '王芳' }, { headers })).status, JSON.stringify(headers)).toBe(
        200,
      );
    }
  });

  it('protects every kind of write: DELETE, POST and the sign-out itself', async () => {
    const org = await buildOrg(t.app);
    const other = await signInAgain(t.app, org.owner);
    const otherId = (await other.get('/api/v1/sessions')).body.items.find((s: { current: boolean }) => s.current).id;
    const before = await snapshot();
    await withoutCsrf(org.owner, async () => {
      expect((await org.owner.delete(`/api/v1/sessions/${otherId}`)).status).toBe(403);
      expect(
        (
          await org.owner.post('/api/v1/me/password', {
            currentPassword: TEST_PASSWORD,
            newPassword: 'stolen-password-1234',
          })
        ).status,
      ).toBe(403);
      expect(
        (await org.owner.post('/api/v1/invitations', { email: 'mallory@example.com', role: 'admin' })).status,
      ).toBe(403);
      expect(
        (await org.owner.post('/api/v1/tokens', { name: 'x', scope: 'read-write', expiresInDays: 1 })).status,
      ).toBe(403);
      expect((await org.owner.patch('/api/v1/org', { name: 'pwned' })).status).toBe(403);
      expect((await org.owner.post('/api/v1/auth/logout')).status).toBe(403);
    });
    expect(await snapshot()).toEqual(before);
    expect(await probe(other)).toBe(200);
    expect(await probe(org.owner)).toBe(200);
    expect(
      (await new Agent(t.app).post('/api/v1/auth/login', { email: org.owner.email, password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('refuses cross-site sign-in and sign-up: 403, no cookie, no session, no account', async () => {
    const org = await buildOrg(t.app);
    const before = await snapshot();
    for (const headers of <Record<string, string>[]>[{ origin: EVIL }, { 'sec-fetch-site': 'cross-site' }]) {
      const agent = new Agent(t.app);
      const login = await agent.post(
        '/api/v1/auth/login',
        { email: org.owner.email, password: TEST_PASSWORD },
        { headers },
      );
      expect(login.status).toBe(403);
      expect(login.body.code).toBe('csrf_failed');
      expect(sessionSetCookie(login)).toBeNull();
      const email = `csrf-${Date.now()}@example.com`;
      const signup = await agent.post(
        '/api/v1/auth/signup',
        { name: '攻击者', email, password: TEST_PASSWORD, orgName: '钓鱼' },
        { headers },
      );
      expect(signup.status).toBe(403);
      expect(sessionSetCookie(signup)).toBeNull();
      const reset = await agent.post('/api/v1/auth/password-reset-requests', { email: org.owner.email }, { headers });
      expect(reset.status).toBe(403);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('never asks GET for the token, even cross-site', async () => {
    const org = await buildOrg(t.app);
    await withoutCsrf(org.owner, async () => {
      for (const path of ['/api/v1/me', '/api/v1/sessions', '/api/v1/org', '/api/v1/members', '/api/v1/tokens']) {
        for (const headers of <Record<string, string>[]>[{}, { 'sec-fetch-site': 'cross-site' }, { origin: EVIL }]) {
          expect((await org.owner.get(path, { headers })).status, `${path} ${JSON.stringify(headers)}`).toBe(200);
        }
      }
    });
  });

  it('does not ask bearer-token requests for a CSRF header', async () => {
    const org = await buildOrg(t.app);
    const created = await org.owner.post('/api/v1/tokens', { name: 'ci', scope: 'read-write', expiresInDays: 7 });
    expect(created.status).toBe(201);
    const api = org.owner.withToken(created.body.token);
    expect(api.csrfToken).toBeNull();
    const reply = await api.patch('/api/v1/me', { name: '接口用户' });
    expect(reply.status, reply.text).toBe(200);
    expect((await org.owner.get('/api/v1/me')).body.user.name).toBe('接口用户');
  });
});

describe('security headers', () => {
  function checkHeaders(reply: Reply, label: string, isApi: boolean): void {
    const h = reply.headers;
    const csp = String(h['content-security-policy'] ?? '');
    expect(csp, label).toContain("default-src 'self'");
    expect(csp, label).toContain("frame-ancestors 'none'");
    expect(csp, label).toContain("object-src 'none'");
    expect(csp, label).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(h['x-content-type-options'], label).toBe('nosniff');
    expect(h['referrer-policy'], label).toBeDefined();
    expect(h['x-frame-options'], label).toBeDefined();
    expect(h['cross-origin-opener-policy'], label).toBe('same-origin');
    expect(h['x-request-id'], label).toMatch(/^[0-9a-f-]{36}$/);
    expect(h['x-powered-by'], label).toBeUndefined();
    expect(h.server, label).toBeUndefined();
    if (isApi) expect(h['cache-control'], label).toBe('no-store');
    if (reply.status >= 400) {
      expect(reply.text, label).not.toMatch(/\n\s+at\s/);
      expect(reply.text, label).not.toMatch(/\bat\s+\S+\s+\(?[^)\s]*:\d+:\d+\)?/);
      expect(reply.text, label).not.toMatch(/node_modules|\/src\/|\.ts:\d+/);
      if (isApi) expect(h['content-type'], label).toMatch(/application\/problem\+json/);
    }
  }

  it('are on every operation of the OpenAPI document, signed in or not (figure: 100%)', async () => {
    const org = await buildOrg(t.app);
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    let checked = 0;
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        operations++;
        const url = path.replace(/\{[^}]+\}/g, SOME_ID);
        const verb = method.toUpperCase() as 'GET';
        const anonymous = await new Agent(t.app).request(verb, url, verb === 'GET' ? {} : { body: {} });
        checkHeaders(anonymous, `anonymous ${verb} ${url} → ${anonymous.status}`, true);
        // Signed-in reads (writes stay anonymous so that the sweep changes nothing).
        if (verb === 'GET') {
          const signedIn = await org.owner.request(verb, url);
          checkHeaders(signedIn, `owner ${verb} ${url} → ${signedIn.status}`, true);
        }
        checked++;
      }
    }
    console.info(
      `[RELIABILITY 8] security headers on ${checked}/${operations} OpenAPI operations (anonymous + signed-in GETs)`,
    );
    expect(operations).toBeGreaterThan(30);
    expect(checked).toBe(operations);
  });

  it('are on the docs, the OpenAPI document, unknown routes and every kind of 4xx', async () => {
    const anon = new Agent(t.app);
    const docs = await anon.get('/api/docs');
    expect(docs.status).toBe(200);
    checkHeaders(docs, '/api/docs', true);
    const json = await anon.get('/api/v1/openapi.json');
    expect(json.status).toBe(200);
    checkHeaders(json, '/api/v1/openapi.json', true);

    const cases: [string, () => Promise<Reply>, number][] = [
      ['unknown /api route', () => anon.get('/api/v1/no-such-route'), 404],
      ['unknown method', () => anon.request('PUT', '/api/v1/me', { body: {} }), 404],
      ['unknown non-api path', () => anon.get('/definitely/not/here'), 404],
      ['401', () => anon.get('/api/v1/me'), 401],
      ['422', () => anon.post('/api/v1/auth/login', { email: 'x' }), 422],
      [
        '400 malformed JSON',
        () =>
          anon.request('POST', '/api/v1/auth/login', {
            body: '{"email":',
            headers: { 'content-type': 'application/json' },
          }),
        400,
      ],
      [
        '415',
        () =>
          anon.request('POST', '/api/v1/auth/login', {
            body: '<email/>',
            headers: { 'content-type': 'application/xml' },
          }),
        415,
      ],
      [
        '413',
        () =>
          anon.request('POST', '/api/v1/auth/login', {
            body: JSON.stringify({ email: 'a'.repeat(2 * 1024 * 1024) }),
            headers: { 'content-type': 'application/json' },
          }),
        413,
      ],
      [
        '403 csrf',
        () => anon.post('/api/v1/auth/login', { email: 'a@example.com', password: 'x' }, { headers: { origin: EVIL } }),
        403,
      ],
      ['410 invalid link', () => anon.get(`/api/v1/invitations/preview?token=${'x'.repeat(20)}`), 410],
    ];
    for (const [label, send, status] of cases) {
      const reply = await send();
      expect(reply.status, label).toBe(status);
      checkHeaders(reply, label, label !== 'unknown non-api path');
    }
    const realtime = await anon.get('/api/v1/realtime');
    checkHeaders(realtime, `/api/v1/realtime (no upgrade) → ${realtime.status}`, true);
  });

  it('behind https: the session cookie is Secure and HSTS is sent', async () => {
    const secure = await createTestApp({ env: { PUBLIC_URL: 'https://meridian.test' } });
    try {
      const agent = new Agent(secure.app);
      const signup = await agent.post('/api/v1/auth/signup', {
        name: '王芳',
        email: 'tls@example.com',
        password: TEST_PASSWORD,
        orgName: 'TLS 测试',
      });
      expect(signup.status).toBe(201);
      expect(sessionSetCookie(signup)).toMatch(/; Secure/i);
      expect(String(signup.headers['strict-transport-security'])).toMatch(/max-age=\d{7,}/);
      const cross = await agent.patch('/api/v1/me', { name: 'x' }, { headers: { origin: 'http://meridian.test' } });
      expect(cross.status).toBe(403);
    } finally {
      await secure.close();
    }
  });
});
