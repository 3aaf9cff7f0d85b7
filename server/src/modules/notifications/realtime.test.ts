import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addProjectMember, createProject, createTask } from '#modules/comments/testing/work-fixtures.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import type { Agent } from '#test/http.ts';

type Message = { id: string; type: string; payload: Record<string, unknown> };

async function connect(baseUrl: string, agent: Agent) {
  const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/v1/realtime`, {
    headers: { cookie: agent.cookie ?? '' },
  });
  const messages: Message[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const waitFor = async (predicate: (m: Message) => boolean, timeoutMs = 3000) => {
    const t0 = Date.now();
    while (Date.now() - t0 < timeoutMs) {
      const found = messages.find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching message; got ${messages.map((m) => m.type).join(', ')}`);
  };
  await waitFor((m) => m.type === 'realtime.ready');
  return { socket, messages, waitFor };
}

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.platform.fanOut.start();
  await t.platform.dispatcher.start();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await t.platform.dispatcher.stop();
  await t.platform.fanOut.stop();
  await t.close();
});

describe('notifications in real time', () => {
  it('pushes notification.created to the mentioned person only, without a reload', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { name: '张伟' });
    const other = await buildMember(t.app, org, { name: '李娜' });
    const project = await createProject(org.owner);
    await addProjectMember(org.owner, project.id, member.userId!, 'member');
    const task = await createTask(t, org.owner, project.id);
    const mine = await connect(baseUrl, member);
    const theirs = await connect(baseUrl, other);
    const started = Date.now();
    await org.owner.post('/api/v1/comments', {
      targetType: 'task',
      targetId: task.id,
      body: `@[张伟](user:${member.userId}) 看一下`,
    });
    const pushed = await mine.waitFor((m) => m.type === 'notification.created');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(pushed.payload).toMatchObject({ kind: 'mentioned' });
    await theirs.waitFor((m) => m.type === 'comment.created');
    expect(theirs.messages.filter((m) => m.type === 'notification.created')).toHaveLength(0);
    mine.socket.terminate();
    theirs.socket.terminate();
  });
});
