/**
 * Password reset end to end through a real SMTP server (smtp-server on 127.0.0.1), and
 * RELIABILITY test 12 (secret hygiene): everything the pino logger writes at level trace,
 * with the production redaction, holds no password, cookie, CSRF token, hash or API token.
 */
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '#platform/logging/logger.ts';
import { TEST_PASSWORD } from '#test/factories/accounts.ts';
import { Agent } from '#test/http.ts';
import { buildOwnApp, MINUTE, type OwnApp, rows, tokenFromText } from './support.ts';

type Received = { from: string; to: string[]; raw: string };

const SECOND = 1000;
const received: Received[] = [];
const logLines: string[] = [];
/** Every secret the tests see; none may appear in the log. */
const secrets = new Set<string>();

let smtp: SMTPServer;
let a: OwnApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const address = (x: SMTPServerAddress | false) => (x ? x.address : '');
        received.push({
          from: address(session.envelope.mailFrom),
          to: session.envelope.rcptTo.map(address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  const logger = createLogger('trace', { write: (line: string) => void logLines.push(line) });
  // No mailer passed: the platform builds its own from SMTP_URL, as in production.
  a = await buildOwnApp({
    logger,
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Meridian <no-reply@meridian.test>' },
  });
});

afterAll(async () => {
  await a.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

/** The decoded text body of a raw RFC 5322 message (7bit, quoted-printable or base64). */
function textOf(raw: string): { headers: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase() ?? '7bit';
  if (encoding === 'base64') return { headers, text: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return { headers, text: Buffer.from(bytes, 'latin1').toString('utf8') };
  }
  return { headers, text: body };
}

let seq = 0;
async function signUp(locale: 'en' | 'zh-CN' = 'en') {
  const agent = new Agent(a.app);
  const email = `smtp-${Date.now().toString(36)}-${seq++}@example.com`;
  const reply = await agent.post('/api/v1/auth/signup', {
    name: 'Grace Hopper',
    email,
    password: TEST_PASSWORD,
    orgName: 'Compiler Works',
    locale,
  });
  expect(reply.status, reply.text).toBe(201);
  remember(agent);
  return { agent, email };
}

/** Notes an agent's cookie and CSRF token as secrets. */
function remember(agent: Agent): void {
  if (agent.cookie) secrets.add(agent.cookie.split('=')[1]!);
  if (agent.csrfToken) secrets.add(agent.csrfToken);
}

/** Asks for a reset link, runs the mail job and reads the link's token from the SMTP server. */
async function resetTokenFor(email: string): Promise<{ token: string; message: Received; text: string }> {
  const before = received.length;
  expect((await new Agent(a.app).post('/api/v1/auth/password-reset-requests', { email })).status).toBe(204);
  await a.runJobs();
  const message = received.slice(before).find((m) => m.to.includes(email));
  if (!message) throw new Error(`no mail for ${email} reached the SMTP server`);
  const { text } = textOf(message.raw);
  const token = tokenFromText(text);
  secrets.add(token);
  return { token, message, text };
}

const login = (email: string, password: string) => new Agent(a.app).post('/api/v1/auth/login', { email, password });

describe('password reset through a real SMTP server', () => {
  it('mails a link whose token sets a new password; the old one stops working', async () => {
    const { email } = await signUp('en');
    const { token, message, text } = await resetTokenFor(email);
    expect(message.from).toBe('no-reply@meridian.test');
    expect(message.to).toEqual([email]);
    expect(message.raw).toMatch(/^Subject: Reset your Meridian password/m);
    expect(text).toContain('http://meridian.test/reset-password?token=');
    expect(token.length).toBeGreaterThanOrEqual(43);

    const password = 'new-lighthouse-password-7';
    secrets.add(password);
    const reset = await new Agent(a.app).post('/api/v1/auth/password-resets', { token, password });
    expect(reset.status, reset.text).toBe(204);
    const signedIn = await login(email, password);
    expect(signedIn.status).toBe(200);
    remember(new Agent(a.app));
    expect((await login(email, TEST_PASSWORD)).status).toBe(401);
  });

  it('decodes a Chinese mail too (UTF-8 over SMTP)', async () => {
    const { email } = await signUp('zh-CN');
    const { text } = await resetTokenFor(email);
    expect(text).toContain('重置你的 Meridian 账号密码');
  });

  it('is single use: the second use answers 410 reset_token_invalid', async () => {
    const { email } = await signUp();
    const { token } = await resetTokenFor(email);
    const first = await new Agent(a.app).post('/api/v1/auth/password-resets', {
      token,
      password: 'first-use-password-1',
    });
    expect(first.status).toBe(204);
    const second = await new Agent(a.app).post('/api/v1/auth/password-resets', {
      token,
      password: 'second-use-password-2',
    });
    expect(second.status).toBe(410);
    expect(second.body.code).toBe('reset_token_invalid');
    expect((await login(email, 'first-use-password-1')).status).toBe(200);
    secrets.add('first-use-password-1');
    secrets.add('second-use-password-2');
  });

  it('a weak password does not use up the link', async () => {
    const { email } = await signUp();
    const { token } = await resetTokenFor(email);
    const weak = await new Agent(a.app).post('/api/v1/auth/password-resets', { token, password: 'password1234' });
    expect(weak.status).toBe(422);
    expect(
      (await new Agent(a.app).post('/api/v1/auth/password-resets', { token, password: 'strong-enough-pass-3' })).status,
    ).toBe(204);
    secrets.add('strong-enough-pass-3');
  });

  it('expires after one hour: works at 59:59, refused at 60:00', async () => {
    const { email } = await signUp();
    const early = await resetTokenFor(email);
    const late = await resetTokenFor(email);
    a.clock.advance(60 * MINUTE - SECOND);
    expect(
      (
        await new Agent(a.app).post('/api/v1/auth/password-resets', {
          token: early.token,
          password: 'in-time-password-44',
        })
      ).status,
    ).toBe(204);
    a.clock.advance(SECOND);
    const expired = await new Agent(a.app).post('/api/v1/auth/password-resets', {
      token: late.token,
      password: 'too-late-password-55',
    });
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('reset_token_invalid');
    expect((await login(email, 'in-time-password-44')).status).toBe(200);
    secrets.add('in-time-password-44');
    secrets.add('too-late-password-55');
  });
});

describe('secret hygiene in the log (level trace, production redaction)', () => {
  it('logs no password, cookie, CSRF token, password hash or API token through sign-up, sign-in, password change, tokens and a DB error', async () => {
    const { agent, email } = await signUp();
    const second = new Agent(a.app);
    expect((await second.post('/api/v1/auth/login', { email, password: TEST_PASSWORD, remember: true })).status).toBe(
      200,
    );
    remember(second);
    expect((await login(email, 'wrong-password-for-the-log')).status).toBe(401);
    secrets.add('wrong-password-for-the-log');

    const changed = 'changed-password-for-log-1';
    secrets.add(changed);
    expect(
      (await agent.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: changed })).status,
    ).toBe(204);

    const created = await agent.post('/api/v1/tokens', { name: 'log test', scope: 'read-write', expiresInDays: 30 });
    expect(created.status).toBe(201);
    secrets.add(created.body.token);
    expect((await agent.withToken(created.body.token).get('/api/v1/me')).status).toBe(200);
    expect((await agent.withToken(`${created.body.token}x`).get('/api/v1/me')).status).toBe(401);

    const invite = await agent.post('/api/v1/invitations', {
      email: `log-invitee-${seq++}@example.com`,
      role: 'member',
    });
    const inviteToken = new URL(invite.body.acceptUrl).searchParams.get('token')!;
    secrets.add(inviteToken);
    const invitee = new Agent(a.app);
    expect(
      (
        await invitee.post('/api/v1/invitations/accept', {
          token: inviteToken,
          name: 'Ada',
          password: 'invitee-password-for-log',
        })
      ).status,
    ).toBe(200);
    secrets.add('invitee-password-for-log');
    remember(invitee);

    // A forced database error while writing a password hash: drizzle puts the parameters
    // (the new hash) in its message; the error handler must keep them out of the log.
    const db = a.database.db;
    await db.execute(
      sql.raw(`create or replace function meridian_forced_failure() returns trigger language plpgsql as $$
      begin raise exception 'forced failure for the log test'; end $$`),
    );
    await db.execute(
      sql.raw(
        'create trigger meridian_forced_failure before update on users for each row execute function meridian_forced_failure()',
      ),
    );
    await db.execute(
      sql.raw(
        'create trigger meridian_forced_failure_s before insert on sessions for each row execute function meridian_forced_failure()',
      ),
    );
    try {
      const failed = await agent.post('/api/v1/me/password', {
        currentPassword: changed,
        newPassword: 'never-stored-password-9',
      });
      secrets.add('never-stored-password-9');
      expect(failed.status).toBe(500);
      expect(failed.body).toMatchObject({ code: 'internal', status: 500 });
      expect(failed.text).not.toMatch(/forced failure|params|\n\s+at\s|\.ts:\d+/);
      expect(failed.headers['content-security-policy']).toBeDefined();
      const failedLogin = await new Agent(a.app).post('/api/v1/auth/login', { email, password: changed });
      expect(failedLogin.status).toBe(500);
    } finally {
      await db.execute(sql.raw('drop trigger if exists meridian_forced_failure on users'));
      await db.execute(sql.raw('drop trigger if exists meridian_forced_failure_s on sessions'));
    }
    await a.runJobs();

    for (const { password_hash } of await rows<{ password_hash: string }>(db, sql`select password_hash from users`))
      secrets.add(password_hash);
    const log = logLines.join('');
    console.info(
      `[RELIABILITY 12] ${logLines.length} log lines at level trace checked against ${secrets.size} secrets`,
    );
    expect(logLines.length).toBeGreaterThan(50);
    expect(log).toContain('unhandled error');
    expect(log).toContain('forced failure for the log test');
    const leaked = [...secrets].filter((secret) => log.includes(secret));
    expect(leaked).toEqual([]);
    expect(log).not.toContain('$argon2id$');
    expect(log).not.toContain('mrd_pat_');
    expect(log).not.toContain('params:');
    expect(log).not.toMatch(/meridian_session=/);
    expect(log).not.toMatch(/"(x-csrf-token|cookie|authorization)":"(?!\[Redacted\])/i);
  });

  // BUG: Fastify's request log line holds the full URL, so the secret of a link opened in the
  // browser (/reset-password?token=…, /invite?token=…, /api/v1/invitations/preview?token=…)
  // is written to the log at level info.
  it('logs no token carried in a URL query string', async () => {
    const { email } = await signUp();
    const { token } = await resetTokenFor(email);
    const start = logLines.length;
    await new Agent(a.app).get(`/reset-password?token=${encodeURIComponent(token)}`);
    await new Agent(a.app).get(`/api/v1/invitations/preview?token=${encodeURIComponent(token)}`);
    expect(logLines.slice(start).join('')).not.toContain(token);
  });
});
