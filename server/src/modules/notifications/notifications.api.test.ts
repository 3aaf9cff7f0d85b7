import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProjectMember, createProject, createTask, emitTaskEvent } from '#modules/comments/testing/work-fixtures.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import type { Agent } from '#test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const mention = (name: string, id: string) => `@[${name}](user:${id})`;

async function setup() {
  const org = await buildOrg(t.app);
  const member = await buildMember(t.app, org, { role: 'member', name: '张伟' });
  const watcher = await buildMember(t.app, org, { role: 'member', name: '李娜' });
  const project = await createProject(org.owner);
  await addProjectMember(org.owner, project.id, member.userId!, 'member');
  await addProjectMember(org.owner, project.id, watcher.userId!, 'member');
  const task = await createTask(t, org.owner, project.id, { title: '准备季度报价', watcherIds: [watcher.userId!] });
  return { org, owner: org.owner, member, watcher, project, task };
}

async function inbox(agent: Agent, query: Record<string, string | number> = {}) {
  const response = await agent.get('/api/v1/notifications', { query });
  expect(response.status).toBe(200);
  return response.body.items as { id: string; kind: string; data: Record<string, string>; readAt: string | null }[];
}

describe('notifications from events', () => {
  it('notifies the mentioned person once, and the watchers of the task except author and mentioned', async () => {
    const { owner, member, watcher, task } = await setup();
    await owner.post('/api/v1/comments', {
      targetType: 'task',
      targetId: task.id,
      body: `${mention('张伟', member.userId!)} 请确认报价`,
    });
    await t.runJobs();
    await t.platform.dispatcher.drain();
    const mine = await inbox(member);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'mentioned',
      data: { taskTitle: '准备季度报价', excerpt: '@张伟 请确认报价' },
    });
    const theirs = await inbox(watcher);
    expect(theirs.map((n) => n.kind)).toEqual(['commented']);
    expect(await inbox(owner)).toHaveLength(0);
    expect((await member.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 1 });
  });

  it('is idempotent when the dispatcher delivers an event twice', async () => {
    const { owner, member, task } = await setup();
    await owner.post('/api/v1/comments', {
      targetType: 'task',
      targetId: task.id,
      body: mention('张伟', member.userId!),
    });
    await t.runJobs();
    await t.database.db.execute(
      (await import('drizzle-orm')).sql`update outbox_events set dispatched_at = null where type = 'comment.created'`,
    );
    await t.runJobs();
    expect(await inbox(member)).toHaveLength(1);
  });

  it('notifies the assignee (not a self-assignment), the lead on blocked, the watchers on completion', async () => {
    const { org, owner, member, watcher, task, project } = await setup();
    await emitTaskEvent(t, org.id, owner.userId!, 'task.assigned', {
      taskId: task.id,
      projectId: project.id,
      assigneeId: member.userId,
      previousAssigneeId: null,
    });
    await emitTaskEvent(t, org.id, member.userId!, 'task.assigned', {
      taskId: task.id,
      projectId: project.id,
      assigneeId: member.userId,
      previousAssigneeId: null,
    });
    await emitTaskEvent(t, org.id, member.userId!, 'task.blocked', {
      taskId: task.id,
      projectId: project.id,
      reason: '客户未回复',
    });
    await emitTaskEvent(t, org.id, member.userId!, 'task.completed', {
      taskId: task.id,
      projectId: project.id,
      note: '已发送报价单',
    });
    await t.runJobs();
    expect((await inbox(member)).map((n) => n.kind)).toEqual(['assigned']);
    const lead = await inbox(owner);
    expect(lead.map((n) => n.kind)).toEqual(['completed', 'blocked']);
    expect(lead[1]!.data.reason).toBe('客户未回复');
    expect((await inbox(watcher))[0]).toMatchObject({ kind: 'completed', data: { note: '已发送报价单' } });
  });
});

describe('through the task routes', () => {
  it('tells the assignee of a new task, linking by key, but not someone who assigns themselves', async () => {
    const { owner, member, project } = await setup();
    const task = await createTask(t, owner, project.id, { title: '整理渠道报价', assigneeId: member.userId });
    await createTask(t, member, project.id, { title: '自己的任务', assigneeId: member.userId });
    await t.runJobs();
    const mine = await inbox(member);
    expect(mine.map((n) => [n.kind, n.data.taskTitle])).toEqual([['assigned', '整理渠道报价']]);
    expect(mine[0]!.data.taskKey).toBe(task.key);
  });
});

describe('inbox', () => {
  it('filters unread, marks some and all read, and ignores other people’s ids', async () => {
    const { owner, member, task } = await setup();
    for (const text of ['一', '二', '三']) {
      await owner.post('/api/v1/comments', {
        targetType: 'task',
        targetId: task.id,
        body: `${mention('张伟', member.userId!)} ${text}`,
      });
    }
    await t.runJobs();
    const all = await inbox(member);
    expect(all).toHaveLength(3);
    const marked = await member.post('/api/v1/notifications/read', { ids: [all[0]!.id] });
    expect(marked.body).toEqual({ updated: 1 });
    expect(await inbox(member, { unreadOnly: 'true' })).toHaveLength(2);
    expect((await owner.post('/api/v1/notifications/read', { ids: [all[1]!.id] })).body).toEqual({ updated: 0 });
    const other = await buildOrg(t.app);
    expect((await other.owner.post('/api/v1/notifications/read', { ids: [all[1]!.id] })).body).toEqual({ updated: 0 });
    expect((await member.post('/api/v1/notifications/read-all')).body).toEqual({ updated: 2 });
    expect((await member.get('/api/v1/notifications/unread-count')).body.count).toBe(0);
    expect((await member.post('/api/v1/notifications/read', { ids: [] })).status).toBe(422);
    expect((await member.post('/api/v1/notifications/read', { ids: ['x'] })).status).toBe(422);
  });

  it('keeps preferences per kind and channel, with mentions always in-app', async () => {
    const { owner, member, task, watcher } = await setup();
    const defaults = await member.get('/api/v1/notification-preferences');
    expect(defaults.body.items).toHaveLength(7);
    expect(defaults.body.items.find((p: { kind: string }) => p.kind === 'commented')).toEqual({
      kind: 'commented',
      inApp: true,
      email: false,
    });
    const put = await watcher.put('/api/v1/notification-preferences', {
      items: [
        { kind: 'commented', inApp: false, email: false },
        { kind: 'mentioned', inApp: false, email: false },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.body.items.find((p: { kind: string }) => p.kind === 'mentioned')).toMatchObject({ inApp: true });
    expect(
      (await watcher.put('/api/v1/notification-preferences', { items: [{ kind: 'nope', inApp: true, email: true }] }))
        .status,
    ).toBe(422);
    await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '无人提及' });
    await t.runJobs();
    expect(await inbox(watcher)).toHaveLength(0);
    expect(member.userId).toBeTruthy();
  });
});

describe('scheduled reminders and the e-mail digest', () => {
  it('reminds of due-tomorrow and overdue tasks once per task and day', async () => {
    // 09:30 in Shanghai on 2026-03-10 (set before signing in: sessions follow the clock).
    t.clock.set(new Date('2026-03-10T01:30:00Z'));
    const { owner, member, project } = await setup();
    const tomorrow = await createTask(t, owner, project.id, {
      title: '明天交方案',
      assigneeId: member.userId,
      dueDate: '2026-03-11',
    });
    await createTask(t, owner, project.id, { title: '上周的回访', assigneeId: member.userId, dueDate: '2026-03-05' });
    await createTask(t, owner, project.id, { title: '下周的', assigneeId: member.userId, dueDate: '2026-03-20' });
    const run = async () => {
      await t.platform.jobs.tick();
      await t.runJobs();
    };
    await run();
    t.clock.set(new Date('2026-03-10T02:10:00Z'));
    await run();
    const reminders = (await inbox(member)).filter((n) => n.kind === 'due_soon' || n.kind === 'overdue');
    expect(reminders.map((n) => [n.kind, n.data.taskTitle]).sort()).toEqual([
      ['due_soon', '明天交方案'],
      ['overdue', '上周的回访'],
    ]);
    expect(reminders.find((n) => n.kind === 'due_soon')!.data.dueDate).toBe('2026-03-11');
    expect(tomorrow.id).toBeTruthy();
  });

  it('sends one digest mail per person per batch, in their language, and marks the rows e-mailed', async () => {
    t.clock.set(new Date('2026-04-01T06:00:00Z'));
    const { owner, member, watcher, task } = await setup();
    for (const text of ['报价', '合同']) {
      await owner.post('/api/v1/comments', {
        targetType: 'task',
        targetId: task.id,
        body: `${mention('张伟', member.userId!)} ${text}`,
      });
    }
    await t.runJobs();
    const before = t.mails.length;
    t.clock.set(new Date('2026-04-01T06:05:00Z'));
    await t.platform.jobs.tick();
    await t.runJobs();
    const mails = t.mails.slice(before);
    const toMember = mails.filter((m) => m.to === member.email);
    expect(toMember).toHaveLength(1);
    expect(toMember[0]!.subject).toBe('Meridian：你有 2 条新通知');
    expect(toMember[0]!.text).toContain('提到了你');
    // Comments on a watched task are not e-mailed by default.
    expect(mails.filter((m) => m.to === watcher.email)).toHaveLength(0);
    t.clock.set(new Date('2026-04-01T06:10:00Z'));
    await t.platform.jobs.tick();
    await t.runJobs();
    const ours = (m: { to: string }) => m.to === member.email || m.to === watcher.email;
    expect(t.mails.slice(before).filter(ours)).toHaveLength(1);
  });
});
