/**
 * RELIABILITY tests 9 and 10: optimistic concurrency, Idempotency-Key, idempotent jobs.
 * Figures: exactly 1 × 200 + 1 × 409; 50 concurrent PATCHes → 1 success; 0 lost updates
 * over 200 rounds; 10 replays → 1 row, identical answers; every job handler run twice → same checksum.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '#platform/jobs/queue.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain, TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent, type Reply } from '#test/http.ts';
import { count, DAY, rows, tableChecksum, tokenFromText } from './support.ts';

/** A bug that shows on PostgreSQL only (PGlite runs one transaction at a time). */
const itFailsOnPostgres = it;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

let seq = 0;
const inviteeEmail = () => `invitee-${Date.now().toString(36)}-${seq++}@example.com`;
const _invitationCount = (orgId: string) =>
  count(t.database.db, sql`select count(*) as n from invitations where org_id = ${orgId}`);
const teamCount = (orgId: string) => count(t.database.db, sql`select count(*) as n from teams where org_id = ${orgId}`);

describe('optimistic concurrency', () => {
  it('two PATCH /api/v1/org with the same version: exactly 1 × 200 + 1 × 409 with the current record', async () => {
    const org = await buildOrg(t.app);
    const second = await signInAgain(t.app, org.owner);
    const { version } = (await org.owner.get('/api/v1/org')).body;
    const [a, b] = await Promise.all([
      org.owner.patch('/api/v1/org', { name: '甲方案', version }),
      second.patch('/api/v1/org', { name: '乙方案', version }),
    ]);
    const statuses = [a.status, b.status].sort();
    console.info(`[RELIABILITY 9] two PATCHes, same version: ${statuses.join(' + ')}`);
    expect(statuses).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.code).toBe('version_conflict');
    expect(loser.body.current).toMatchObject({ id: org.id });
    expect(typeof loser.body.current.version).toBe('number');
    expect(winner.body.version).toBe(version + 1);
    const now = (await org.owner.get('/api/v1/org')).body;
    expect(now).toMatchObject({ name: winner.body.name, version: version + 1 });
  });

  // BUG (PostgreSQL only): updateOrg/updateMember/updateMe answer the conflict with `before`, read
  // in the transaction before the blocked UPDATE; under READ COMMITTED that is the pre-winner
  // row, so `current` is stale (observed 10/10 on PostgreSQL). PGlite serialises and passes.
  itFailsOnPostgres('a concurrent loser’s 409 carries the winner’s record as `current`', async () => {
    const org = await buildOrg(t.app);
    const second = await signInAgain(t.app, org.owner);
    const member = await buildMember(t.app, org);
    for (let round = 0; round < 5; round++) {
      const { version } = (await org.owner.get('/api/v1/org')).body;
      const pair = await Promise.all([
        org.owner.patch('/api/v1/org', { name: `甲 ${round}`, version }),
        second.patch('/api/v1/org', { name: `乙 ${round}`, version }),
      ]);
      const winner = pair.find((r) => r.status === 200)!;
      const loser = pair.find((r) => r.status === 409)!;
      expect(loser.body.current, `org round ${round}`).toMatchObject({
        name: winner.body.name,
        version: winner.body.version,
      });
      const m = (await org.owner.get(`/api/v1/members/${member.userId}`)).body;
      const titles = await Promise.all([
        org.owner.patch(`/api/v1/members/${member.userId}`, { title: `甲 ${round}`, version: m.version }),
        second.patch(`/api/v1/members/${member.userId}`, { title: `乙 ${round}`, version: m.version }),
      ]);
      const w = titles.find((r) => r.status === 200)!;
      expect(titles.find((r) => r.status === 409)!.body.current, `member round ${round}`).toMatchObject({
        title: w.body.title,
        version: w.body.version,
      });
    }
  });

  it('a stale If-Match answers 409 with the current record; a malformed one 422 on the header', async () => {
    const org = await buildOrg(t.app);
    const { version } = (await org.owner.get('/api/v1/org')).body;
    expect(
      (await org.owner.patch('/api/v1/org', { name: '第一版' }, { headers: { 'if-match': `"${version}"` } })).status,
    ).toBe(200);
    const stale = await org.owner.patch('/api/v1/org', { name: '第二版' }, { headers: { 'if-match': `"${version}"` } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ name: '第一版', version: version + 1 });
    const bad = await org.owner.patch('/api/v1/org', { name: '第三版' }, { headers: { 'if-match': 'not-a-version' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].pointer).toBe('/headers/if-match');
    expect((await org.owner.get('/api/v1/org')).body.name).toBe('第一版');
  });

  it('50 concurrent PATCH /api/v1/members/{id} with the same version: exactly 1 success', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org);
    const { version } = (await org.owner.get(`/api/v1/members/${member.userId}`)).body;
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        org.owner.patch(`/api/v1/members/${member.userId}`, { title: `职位 ${i}`, version }),
      ),
    );
    const ok = replies.filter((r) => r.status === 200);
    const conflicts = replies.filter((r) => r.status === 409);
    console.info(
      `[RELIABILITY 9] 50 concurrent PATCHes (${t.database.driver}): ${ok.length} × 200, ${conflicts.length} × 409`,
    );
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const c of conflicts) expect(c.body.code).toBe('version_conflict');
    const after = (await org.owner.get(`/api/v1/members/${member.userId}`)).body;
    expect(after).toMatchObject({ title: ok[0]!.body.title, version: version + 1 });
    const audits = await count(
      t.database.db,
      sql`select count(*) as n from audit_log where org_id = ${org.id} and target_id = ${member.userId} and action = 'member.updated'`,
    );
    expect(audits).toBe(1);
  });

  it('200 rounds of concurrent read-modify-write with If-Match by two agents lose 0 updates', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org);
    const agents = [org.owner, await signInAgain(t.app, org.owner)];
    const url = `/api/v1/members/${member.userId}`;
    const startVersion = (await org.owner.get(url)).body.version as number;
    const ROUNDS = 200;
    let successes = 0;
    let conflicts = 0;
    let lastWinner = '';
    const successVersions: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Both read, then both write what they read back with If-Match: one must lose, loudly.
      const read = await Promise.all(agents.map((agent) => agent.get(url)));
      const written = await Promise.all(
        agents.map((agent, i) =>
          agent.patch(url, { title: `r${round}-a${i}` }, { headers: { 'if-match': `"${read[i]!.body.version}"` } }),
        ),
      );
      for (const reply of written) {
        if (reply.status === 200) {
          successes++;
          successVersions.push(reply.body.version);
          lastWinner = reply.body.title;
        } else {
          expect(reply.status).toBe(409);
          expect(reply.body.code).toBe('version_conflict');
          conflicts++;
        }
      }
      expect(
        written.filter((r) => r.status === 200),
        `round ${round}`,
      ).toHaveLength(1);
    }
    const final = (await org.owner.get(url)).body;
    const audited = await count(
      t.database.db,
      sql`select count(*) as n from audit_log where org_id = ${org.id} and target_id = ${member.userId} and action = 'member.updated'`,
    );
    console.info(
      `[RELIABILITY 9] ${ROUNDS} rounds × 2 agents (${t.database.driver}): ${successes} × 200, ${conflicts} × 409, final version ${final.version} (start ${startVersion}), ${audited} audited updates, 0 lost`,
    );
    expect(successes).toBe(ROUNDS);
    expect(conflicts).toBe(ROUNDS);
    expect(final.version).toBe(startVersion + successes);
    expect(final.title).toBe(lastWinner);
    expect([...successVersions].sort((x, y) => x - y)).toEqual(
      Array.from({ length: successes }, (_, i) => startVersion + 1 + i),
    );
    expect(audited).toBe(successes);
  });
});

describe('Idempotency-Key', () => {
  // Teams: a POST that stores its answer (invitations and tokens hold secrets and never do).
  async function postTeam(agent: Agent, body: Record<string, unknown>, key: string) {
    return agent.post('/api/v1/teams', body, { headers: { 'idempotency-key': key } });
  }
  let teamCounter = 0;
  const teamName = () => `上海销售${++teamCounter}组`;

  it('10 replays of POST /api/v1/teams → 1 team, identical answers', async () => {
    const org = await buildOrg(t.app);
    const body = { name: teamName() };
    const key = `invite-${Date.now()}`;
    const replies: Reply[] = [];
    for (let i = 0; i < 10; i++) replies.push(await postTeam(org.owner, body, key));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(replies[0]!.headers['idempotent-replayed']).toBeUndefined();
    for (const replay of replies.slice(1)) {
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.text).toBe(replies[0]!.text);
      expect(replay.headers['content-type']).toMatch(/application\/json/);
    }
    expect(await teamCount(org.id)).toBe(1);
    console.info('[RELIABILITY 10] 10 sequential replays: 1 row, 10 identical answers');
  });

  it('10 concurrent requests with one key → 1 team; the others replay or answer 409 in progress', async () => {
    const org = await buildOrg(t.app);
    const body = { name: teamName() };
    const replies = await Promise.all(Array.from({ length: 10 }, () => postTeam(org.owner, body, 'concurrent-key')));
    const created = replies.filter((r) => r.status === 201);
    const inProgress = replies.filter((r) => r.status === 409);
    console.info(
      `[RELIABILITY 10] 10 concurrent, one key (${t.database.driver}): ${created.length} × 201, ${inProgress.length} × 409 in progress`,
    );
    expect(created.length + inProgress.length).toBe(10);
    for (const r of inProgress) expect(r.body.code).toBe('idempotency_in_progress');
    for (const r of created) expect(r.text).toBe(created[0]!.text);
    expect(await teamCount(org.id)).toBe(1);
  });

  it('the same key with a different body answers 422 idempotency_key_reused and creates nothing', async () => {
    const org = await buildOrg(t.app);
    const first = await postTeam(org.owner, { name: teamName() }, 'reused-key');
    expect(first.status).toBe(201);
    const second = await postTeam(org.owner, { name: teamName() }, 'reused-key');
    expect(second.status).toBe(422);
    expect(second.body.code).toBe('idempotency_key_reused');
    expect(await teamCount(org.id)).toBe(1);
  });

  it('refuses a malformed key with 422 pointing at /headers/idempotency-key', async () => {
    const org = await buildOrg(t.app);
    for (const key of ['k'.repeat(300), 'has space', 'ümlaut', '']) {
      const reply = await postTeam(org.owner, { name: teamName() }, key);
      expect(reply.status, JSON.stringify(key)).toBe(422);
      expect(reply.body.errors[0]).toMatchObject({ field: 'idempotency-key', pointer: '/headers/idempotency-key' });
    }
    expect(await teamCount(org.id)).toBe(0);
    // 200 characters is the documented maximum.
    expect((await postTeam(org.owner, { name: teamName() }, 'k'.repeat(200))).status).toBe(201);
  });

  it('scopes keys per user: another user’s identical key and body is a new request', async () => {
    const org = await buildOrg(t.app);
    const admin = await buildMember(t.app, org, { role: 'admin' });
    const body = { name: teamName() };
    const a = await postTeam(org.owner, body, 'shared-key');
    const b = await postTeam(admin, { name: teamName() }, 'shared-key');
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('forgets the key after a 409 so that a retry runs again', async () => {
    const org = await buildOrg(t.app);
    const taken = teamName();
    expect((await org.owner.post('/api/v1/teams', { name: taken })).status).toBe(201);
    const body = { name: taken };
    const first = await postTeam(org.owner, body, 'retry-key');
    expect(first.status).toBe(409);
    const again = await postTeam(org.owner, body, 'retry-key');
    expect(again.status).toBe(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  // The answer of POST /invitations holds `acceptUrl` with the raw invitation token: never stored.
  it('does not store the invitation secret in idempotency_keys', async () => {
    const org = await buildOrg(t.app);
    const reply = await org.owner.post(
      '/api/v1/invitations',
      { email: inviteeEmail(), role: 'member' },
      { headers: { 'idempotency-key': 'secret-key' } },
    );
    const token = new URL(reply.body.acceptUrl).searchParams.get('token')!;
    const stored = await rows<{ body: string | null }>(
      t.database.db,
      sql`select body from idempotency_keys where key = 'secret-key'`,
    );
    expect(stored.some((r) => (r.body ?? '').includes(token))).toBe(false);
  });

  /** The hash the idempotency plugin would store for this exact request, were the route to keep one. */
  const fastHash = (url: string, body: unknown) =>
    createHash('sha256')
      .update(`POST ${url}\n${JSON.stringify(body)}`)
      .digest('hex');
  const storedHashes = async (key: string) =>
    (
      await rows<{ request_hash: string }>(
        t.database.db,
        sql`select request_hash from idempotency_keys where key = ${key}`,
      )
    ).map((r) => r.request_hash);

  it('keeps no SHA-256 of the password for sign-in and sign-up sent with an Idempotency-Key', async () => {
    const org = await buildOrg(t.app);
    const login = { email: org.owner.email, password: TEST_PASSWORD };
    expect(
      (await new Agent(t.app).post('/api/v1/auth/login', login, { headers: { 'idempotency-key': 'login-key' } }))
        .status,
    ).toBe(200);
    expect(await storedHashes('login-key')).not.toContain(fastHash('/api/v1/auth/login', login));
    const signup = { name: '钱七', email: inviteeEmail(), password: TEST_PASSWORD, orgName: '幂等测试' };
    expect(
      (await new Agent(t.app).post('/api/v1/auth/signup', signup, { headers: { 'idempotency-key': 'signup-key' } }))
        .status,
    ).toBe(201);
    expect(await storedHashes('signup-key')).not.toContain(fastHash('/api/v1/auth/signup', signup));
  });

  // BUG: two routes whose body holds a password still store sha256(url + body): with the reset
  // token (kept in clear in jobs.payload) or the old password, a database reader can test
  // guesses of the new password at SHA-256 speed instead of argon2id's.
  it('keeps no SHA-256 of the passwords of POST /api/v1/me/password', async () => {
    const org = await buildOrg(t.app);
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'violet-harbor-lantern-9', endOtherSessions: true };
    expect(
      (await org.owner.post('/api/v1/me/password', body, { headers: { 'idempotency-key': 'change-key' } })).status,
    ).toBe(204);
    expect(await storedHashes('change-key')).not.toContain(fastHash('/api/v1/me/password', body));
  });

  it('keeps no SHA-256 of the password of POST /api/v1/auth/password-resets', async () => {
    const org = await buildOrg(t.app);
    await t.runJobs();
    const before = t.mails.length;
    await new Agent(t.app).post('/api/v1/auth/password-reset-requests', { email: org.owner.email });
    await t.runJobs();
    const mail = t.mails.slice(before).find((m) => m.to === org.owner.email)!;
    const body = { token: tokenFromText(mail.text), password: 'violet-harbor-lantern-8' };
    expect(
      (
        await new Agent(t.app).post('/api/v1/auth/password-resets', body, {
          headers: { 'idempotency-key': 'reset-key' },
        })
      ).status,
    ).toBe(204);
    expect(await storedHashes('reset-key')).not.toContain(fastHash('/api/v1/auth/password-resets', body));
  });

  it('keeps no SHA-256 of the password of POST /api/v1/invitations/accept', async () => {
    const org = await buildOrg(t.app);
    const invite = await org.owner.post('/api/v1/invitations', { email: inviteeEmail(), role: 'member' });
    const body = {
      token: new URL(invite.body.acceptUrl).searchParams.get('token')!,
      name: '孙八',
      password: 'violet-harbor-lantern-7',
    };
    expect(
      (
        await new Agent(t.app).post('/api/v1/invitations/accept', body, {
          headers: { 'idempotency-key': 'accept-key' },
        })
      ).status,
    ).toBe(200);
    expect(await storedHashes('accept-key')).not.toContain(fastHash('/api/v1/invitations/accept', body));
  });
});

describe('jobs run twice', () => {
  async function mailJobs(): Promise<{ id: string; status: string; payload: { to: string } }[]> {
    return rows(
      t.database.db,
      sql`select id, status, payload from jobs where name = 'mail.send' order by created_at, id`,
    );
  }

  it('draining twice sends each invitation mail exactly once', async () => {
    const org = await buildOrg(t.app);
    await t.runJobs();
    const before = t.mails.length;
    const emails = [inviteeEmail(), inviteeEmail(), inviteeEmail()];
    for (const email of emails)
      expect((await org.owner.post('/api/v1/invitations', { email, role: 'member' })).status).toBe(201);
    await t.runJobs();
    const afterFirst = await tableChecksum(t.database.db, 'jobs', 'id');
    await t.runJobs();
    expect(await tableChecksum(t.database.db, 'jobs', 'id')).toBe(afterFirst);
    const sent = t.mails.slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual([...emails].sort());
    // Finished mail jobs keep no copy of the message (it held the invitation link).
    const jobs = await mailJobs();
    expect(jobs.every((j) => j.status === 'done' && Object.keys(j.payload).length === 0)).toBe(true);
  });

  // A finished mail job keeps no message: run again (as after a crash between SMTP acceptance
  // and marking the row done) it has nothing to send, so the link is never kept for a resend.
  it('mail.send re-run on its finished row sends nothing and keeps no link', async () => {
    const org = await buildOrg(t.app);
    await t.runJobs();
    const email = inviteeEmail();
    const before = (await mailJobs()).map((j) => j.id);
    expect((await org.owner.post('/api/v1/invitations', { email, role: 'member' })).status).toBe(201);
    await t.runJobs();
    const job = (await mailJobs()).find((j) => !before.includes(j.id))!;
    expect(job.payload).toEqual({});
    await t.database.db.execute(
      sql`update jobs set status = 'pending', finished_at = null, locked_until = null where id = ${job.id}`,
    );
    await t.runJobs();
    const copies = t.mails.filter((m) => m.to === email).length;
    console.info(`[RELIABILITY 10] mail.send re-run on its finished row: ${copies} copy of the mail`);
    expect(copies).toBe(1);
  });

  it('maintenance.purge and outbox.dispatch run twice leave the same checksums', async () => {
    const org = await buildOrg(t.app);
    expect(
      (
        await org.owner.post(
          '/api/v1/invitations',
          { email: inviteeEmail(), role: 'member' },
          { headers: { 'idempotency-key': 'old-key' } },
        )
      ).status,
    ).toBe(201);
    await t.runJobs();
    const tables: [string, string][] = [
      ['idempotency_keys', 'scope, key'],
      ['rate_limits', 'bucket, window_start'],
      ['outbox_events', 'seq'],
      ['sessions', 'id'],
      ['password_resets', 'id'],
      ['audit_log', 'org_id, id'],
      ['invitations', 'org_id, id'],
    ];
    const checksums = async () =>
      Object.fromEntries(
        await Promise.all(tables.map(async ([n, o]) => [n, await tableChecksum(t.database.db, n, o)])),
      );

    t.clock.advance(2 * DAY);
    const stale = await count(t.database.db, sql`select count(*) as n from idempotency_keys`);
    expect(stale).toBeGreaterThan(0);
    for (const name of ['maintenance.purge', 'outbox.dispatch']) {
      await enqueueJob(t.database.db, { name });
      await t.runJobs();
      const once = await checksums();
      await enqueueJob(t.database.db, { name });
      await t.runJobs();
      expect(await checksums(), name).toEqual(once);
    }
    expect(await count(t.database.db, sql`select count(*) as n from idempotency_keys`)).toBe(0);
    const failed = await count(t.database.db, sql`select count(*) as n from jobs where status <> 'done'`);
    expect(failed).toBe(0);
  });
});
