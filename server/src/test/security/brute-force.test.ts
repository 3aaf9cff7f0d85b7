/**
 * RELIABILITY test 6: brute force and enumeration.
 * Figures: lock at the 11th failure for 600 s; ≤100 evaluated failures/hour/account;
 * the 11th auth POST per minute per IP → 429 + Retry-After; identical answers for unknown users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent, type Reply } from '#test/http.ts';
import { stableHeaders, withoutRequestId } from './support.ts';

const SECOND = 1000;
const WRONG = 'definitely-not-the-password';

let t: TestApp;
let limited: TestApp;
beforeAll(async () => {
  [t, limited] = await Promise.all([createTestApp(), createTestApp({ limits: { authRequestsPerMinutePerIp: 10 } })]);
});
afterAll(async () => {
  await Promise.all([t.close(), limited.close()]);
});

let ipCounter = 0;
/** A client from an address of its own, so the per-IP limit never mixes tests. */
const client = (app: TestApp) => new Agent(app.app, `10.77.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`);

const login = (app: TestApp, email: string, password: string, agent = client(app)) =>
  agent.post('/api/v1/auth/login', { email, password });

/** Everything a caller can observe of an answer, request id aside. */
const observable = (reply: Reply) => ({
  status: reply.status,
  body: withoutRequestId(reply.body),
  headers: stableHeaders(reply),
});

describe('account lockout', () => {
  it('locks at the 11th attempt for 600 s, even with the right password, then lets the right password in', async () => {
    const org = await buildOrg(t.app);
    const email = org.owner.email!;
    for (let i = 1; i <= 10; i++) {
      const failed = await login(t, email, WRONG);
      expect(failed.status, `failure ${i}`).toBe(401);
      expect(failed.body.code).toBe('invalid_credentials');
    }
    const locked = await login(t, email, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'account_locked', retryAfterSeconds: 600, status: 429 });
    expect(locked.headers['retry-after']).toBe('600');
    expect(locked.headers['set-cookie']).toBeUndefined();

    t.clock.advance(599 * SECOND);
    const stillLocked = await login(t, email, TEST_PASSWORD);
    expect(stillLocked.status).toBe(429);
    expect(stillLocked.headers['retry-after']).toBe('1');

    t.clock.advance(SECOND);
    expect((await login(t, email, TEST_PASSWORD)).status).toBe(200);
    // A success clears the count: the next wrong password is failure 1 again, not 11.
    expect((await login(t, email, WRONG)).status).toBe(401);
    expect((await login(t, email, TEST_PASSWORD)).status).toBe(200);
  });

  it('answers an unknown e-mail exactly like a known one at every step, lock included', async () => {
    const org = await buildOrg(t.app);
    const known = org.owner.email!;
    const unknown = `nobody-${Date.now()}@example.com`;
    for (let i = 1; i <= 11; i++) {
      const a = await login(t, known, WRONG);
      const b = await login(t, unknown, WRONG);
      expect(observable(b), `attempt ${i}`).toEqual(observable(a));
      expect(a.status).toBe(i <= 10 ? 401 : 429);
    }
    const rightButLocked = await login(t, known, TEST_PASSWORD);
    const unknownLocked = await login(t, unknown, TEST_PASSWORD);
    expect(observable(unknownLocked)).toEqual(observable(rightButLocked));
    expect(rightButLocked.body.code).toBe('account_locked');

    t.clock.advance(600 * SECOND);
    expect((await login(t, known, TEST_PASSWORD)).status).toBe(200);
    expect((await login(t, unknown, TEST_PASSWORD)).status).toBe(401);
  });

  it('shares one lock across spellings of the same address', async () => {
    const org = await buildOrg(t.app);
    const email = org.owner.email!;
    for (let i = 0; i < 10; i++) {
      const spelling = i % 2 ? email.toUpperCase() : email;
      expect((await login(t, spelling, WRONG)).status).toBe(401);
    }
    expect((await login(t, email.toUpperCase(), TEST_PASSWORD)).body.code).toBe('account_locked');
    t.clock.advance(600 * SECOND);
  });

  // MISSING (RELIABILITY "brute force" target: "soft lock … + unlock e-mail"): nothing is mailed
  // when an account locks, so its owner neither learns of the attack nor can unlock early.
  it('mails the account owner when the account locks', async () => {
    const org = await buildOrg(t.app);
    await t.runJobs();
    const before = t.mails.length;
    for (let i = 0; i < 10; i++) await login(t, org.owner.email!, WRONG);
    await t.runJobs();
    t.clock.advance(600 * SECOND);
    expect(t.mails.slice(before).filter((m) => m.to === org.owner.email)).toHaveLength(1);
  });

  it('evaluates at most 100 failures in an hour of attempts every 6 s (figure: 60)', async () => {
    const org = await buildOrg(t.app);
    const agent = client(t);
    let evaluated = 0;
    let refused = 0;
    for (let elapsed = 0; elapsed < 3600; elapsed += 6) {
      const reply = await login(t, org.owner.email!, WRONG, agent);
      if (reply.status === 401) evaluated++;
      else if (reply.status === 429) {
        refused++;
        expect(reply.body.code).toBe('account_locked');
        expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
      } else throw new Error(`unexpected ${reply.status}`);
      t.clock.advance(6 * SECOND);
    }
    console.info(
      `[RELIABILITY 6] one hour, one attempt per 6 s: ${evaluated} evaluated (401), ${refused} refused (429)`,
    );
    expect(evaluated + refused).toBe(600);
    expect(evaluated).toBeLessThanOrEqual(100);
    expect(evaluated).toBe(60);
  });

  // BUG: the failure count is read, the password verified, then the count written, with no
  // lock or atomic increment: concurrent attempts all read the same count and are all evaluated.
  it('evaluates at most 10 failures from a burst of 30 concurrent wrong passwords', async () => {
    const org = await buildOrg(t.app);
    const replies = await Promise.all(Array.from({ length: 30 }, () => login(t, org.owner.email!, WRONG)));
    const evaluated = replies.filter((r) => r.status === 401).length;
    console.info(`[RELIABILITY 6] 30 concurrent wrong passwords: ${evaluated} evaluated`);
    t.clock.advance(600 * SECOND);
    expect(evaluated).toBeLessThanOrEqual(10);
  });
});

describe('invitation acceptance as a password oracle', () => {
  /** Anyone may sign up, open an organisation and invite any address: the invitee's token is returned to them. */
  async function inviteVictim(victimEmail: string): Promise<string> {
    const attacker = await buildOrg(t.app);
    const invite = await attacker.owner.post('/api/v1/invitations', { email: victimEmail, role: 'member' });
    expect(invite.status, invite.text).toBe(201);
    return new URL(invite.body.acceptUrl).searchParams.get('token')!;
  }

  // BUG: acceptInvitation verifies an existing account's password with no login throttle, so
  // the per-account lockout (10 failures → 10 min) does not apply there.
  it('counts wrong passwords on /invitations/accept toward the account lockout', async () => {
    const victim = await buildOrg(t.app);
    const token = await inviteVictim(victim.owner.email!);
    let evaluated = 0;
    for (let i = 0; i < 15; i++) {
      const reply = await client(t).post('/api/v1/invitations/accept', { token, password: `${WRONG}-${i}` });
      if (reply.status === 401) evaluated++;
    }
    console.info(`[RELIABILITY 6] /invitations/accept: ${evaluated} of 15 wrong passwords evaluated`);
    t.clock.advance(600 * SECOND);
    expect(evaluated).toBeLessThanOrEqual(10);
  });

  // BUG: same cause; a locked account can still be signed into (and given a session) here.
  it('refuses the right password on /invitations/accept while the account is locked', async () => {
    const victim = await buildOrg(t.app);
    const token = await inviteVictim(victim.owner.email!);
    for (let i = 0; i < 10; i++) await login(t, victim.owner.email!, WRONG);
    expect((await login(t, victim.owner.email!, TEST_PASSWORD)).body.code).toBe('account_locked');
    const accept = await client(t).post('/api/v1/invitations/accept', { token, password: TEST_PASSWORD });
    t.clock.advance(600 * SECOND);
    expect(accept.status).toBe(429);
  });
});

describe('password-reset requests', () => {
  it('answer 204 identically for known and unknown e-mails, and mail only the known one', async () => {
    const org = await buildOrg(t.app);
    await t.runJobs();
    const before = t.mails.length;
    const known = await client(t).post('/api/v1/auth/password-reset-requests', { email: org.owner.email });
    const unknown = await client(t).post('/api/v1/auth/password-reset-requests', {
      email: `ghost-${Date.now()}@example.com`,
    });
    expect(known.status).toBe(204);
    expect(observable(unknown)).toEqual(observable(known));
    expect(known.text).toBe('');
    await t.runJobs();
    const sent = t.mails.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(org.owner.email);
  });
});

describe('per-IP limit on auth POSTs (10/min)', () => {
  it('refuses the 11th auth POST within a minute from one IP with 429 + Retry-After; other IPs are unaffected', async () => {
    const attacker = client(limited);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(limited, `a${i}@example.com`, WRONG, attacker)).status);
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (await attacker.post('/api/v1/auth/password-reset-requests', { email: `r${i}@example.com` })).status,
      );
    }
    for (let i = 0; i < 2; i++) {
      statuses.push(
        (
          await attacker.post('/api/v1/auth/password-resets', {
            token: `bogus-token-${i}`,
            password: 'a-fine-new-password',
          })
        ).status,
      );
    }
    const signupEmail = `ip-${Date.now()}@example.com`;
    const signup = await attacker.post('/api/v1/auth/signup', {
      name: '李雷',
      email: signupEmail,
      password: TEST_PASSWORD,
      orgName: '限流测试',
    });
    statuses.push(signup.status);
    expect(statuses).toEqual([401, 401, 401, 401, 204, 204, 204, 410, 410, 201]);

    const eleventh = await login(limited, 'a0@example.com', WRONG, attacker);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.code).toBe('rate_limited');
    const retryAfter = Number(eleventh.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(eleventh.body.retryAfterSeconds).toBe(retryAfter);

    // Every auth POST is refused, and refused before doing anything.
    const lateSignup = await attacker.post('/api/v1/auth/signup', {
      name: '韩梅梅',
      email: `late-${signupEmail}`,
      password: TEST_PASSWORD,
      orgName: '限流测试',
    });
    expect(lateSignup.status).toBe(429);
    expect((await attacker.post('/api/v1/auth/password-reset-requests', { email: 'r0@example.com' })).status).toBe(429);
    // A spoofed X-Forwarded-For does not move the attacker to a fresh bucket (trustProxy is off).
    const spoofed = await attacker.post(
      '/api/v1/auth/login',
      { email: 'a0@example.com', password: WRONG },
      { headers: { 'x-forwarded-for': '203.0.113.9' } },
    );
    expect(spoofed.status).toBe(429);

    const bystander = client(limited);
    expect((await login(limited, 'a0@example.com', WRONG, bystander)).status).toBe(401);

    limited.clock.advance(retryAfter * SECOND);
    expect((await login(limited, 'a0@example.com', WRONG, attacker)).status).toBe(401);
    console.info(
      '[RELIABILITY 6] per-IP: 10 auth POSTs accepted, 11th → 429 rate_limited, other IP unaffected, next window open',
    );
  });

  it('counts concurrent auth POSTs atomically: exactly 10 of 25 pass in one window', async () => {
    const attacker = client(limited);
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(limited, `burst${i}@example.com`, WRONG, attacker)),
    );
    const limitedCount = replies.filter((r) => r.status === 429).length;
    expect(replies.filter((r) => r.status === 401)).toHaveLength(10);
    expect(limitedCount).toBe(15);
    for (const r of replies.filter((x) => x.status === 429)) expect(r.headers['retry-after']).toBeDefined();
    limited.clock.advance(60 * SECOND);
  });
});
