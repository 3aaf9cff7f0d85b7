import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openPostgres } from '#db/client.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import type { Agent } from '#test/http.ts';

type Message = { id: string; type: string; payload: Record<string, unknown> };

/** A real WebSocket client with the agent's cookie; collects messages. */
async function connect(baseUrl: string, agent: Agent, since?: string) {
  const url = `${baseUrl.replace('http', 'ws')}/api/v1/realtime${since ? `?since=${since}` : ''}`;
  const socket = new WebSocket(url, { headers: { cookie: agent.cookie ?? '' } });
  const messages: Message[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    const check = setInterval(() => {
      if (messages.some((m) => m.type === 'realtime.ready')) {
        clearInterval(check);
        resolve();
      }
    }, 10);
  });
  const waitFor = async (predicate: (m: Message) => boolean, timeoutMs = 3000) => {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      const found = messages.find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching realtime message in ${timeoutMs} ms; got ${messages.map((m) => m.type).join(', ')}`);
  };
  return { socket, messages, waitFor };
}

async function listen(t: TestApp): Promise<string> {
  await t.platform.fanOut.start();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await listen(t);
});
afterAll(async () => {
  await t.platform.fanOut.stop();
  await t.close();
});

describe('realtime', () => {
  it('pushes a committed change to the organisation’s clients, and to no one else', async () => {
    const org = await buildOrg(t.app);
    const colleague = await buildMember(t.app, org, { role: 'member' });
    const stranger = await buildOrg(t.app);
    const mine = await connect(baseUrl, colleague);
    const theirs = await connect(baseUrl, stranger.owner);
    const started = Date.now();
    await org.owner.patch('/api/v1/org', { name: '华东销售部（新）' });
    const event = await mine.waitFor((m) => m.type === 'org.updated');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event.payload).toMatchObject({ orgId: org.id });
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs.messages.filter((m) => m.type === 'org.updated')).toHaveLength(0);
    mine.socket.terminate();
    theirs.socket.terminate();
  });

  it('replays what a client missed when it reconnects with ?since=', async () => {
    const org = await buildOrg(t.app);
    const first = await connect(baseUrl, org.owner);
    await org.owner.patch('/api/v1/org', { name: '第一次改名' });
    const seen = await first.waitFor((m) => m.type === 'org.updated');
    first.socket.terminate();
    await org.owner.patch('/api/v1/org', { name: '断线期间改名' });
    await org.owner.patch('/api/v1/org', { weekStart: 7 });
    const second = await connect(baseUrl, org.owner, seen.id);
    await second.waitFor((m) => m.type === 'org.updated' && Number(m.id) > Number(seen.id));
    const replayed = second.messages.filter((m) => m.type === 'org.updated');
    expect(replayed.length).toBeGreaterThanOrEqual(2);
    second.socket.terminate();
  });

  it('keeps admin-only events from members', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const socket = await connect(baseUrl, member);
    const admin = await connect(baseUrl, org.owner);
    await org.owner.post('/api/v1/invitations', { email: 'secret-hire@example.com', role: 'member' });
    await admin.waitFor((m) => m.type === 'invitation.created');
    await new Promise((r) => setTimeout(r, 200));
    expect(socket.messages.some((m) => m.type === 'invitation.created')).toBe(false);
    socket.socket.terminate();
    admin.socket.terminate();
  });

  it('refuses a connection without a session', async () => {
    const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/v1/realtime`);
    const status = await new Promise<number>((resolve) =>
      socket.once('unexpected-response', (request, response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      }),
    );
    expect(status).toBe(401);
  });
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('two server instances on one PostgreSQL database', () => {
  it('delivers a change made through one instance to a WebSocket client of the other', async () => {
    const url = t.databaseUrl;
    expect(url, 'the test database URL').toBeTruthy();
    const second = await createTestApp({ database: await openPostgres({ url: url!, poolSize: 3 }) });
    const secondUrl = await listen(second);
    try {
      const org = await buildOrg(t.app);
      const member = await buildMember(t.app, org, { role: 'member' });
      const onSecond = await connect(secondUrl, member);
      const started = Date.now();
      await org.owner.patch('/api/v1/org', { name: '跨实例改名' });
      await onSecond.waitFor((m) => m.type === 'org.updated');
      expect(Date.now() - started).toBeLessThan(1000);
      onSecond.socket.terminate();
    } finally {
      await second.platform.fanOut.stop();
      await second.app.close();
      await second.database.close();
    }
  });
});
