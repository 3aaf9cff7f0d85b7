import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { excerptOf, extractMentionIds } from './mentions.ts';
import { addProjectMember, createProject, createTask } from './testing/work-fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const mention = (name: string, id: string) => `@[${name}](user:${id})`;

async function setup() {
  const org = await buildOrg(t.app);
  const member = await buildMember(t.app, org, { role: 'member', name: '张伟' });
  const viewer = await buildMember(t.app, org, { role: 'member', name: '李娜' });
  const guest = await buildMember(t.app, org, { role: 'guest', name: '访客' });
  const project = await createProject(org.owner);
  await addProjectMember(org.owner, project.id, member.userId!, 'member');
  await addProjectMember(org.owner, project.id, viewer.userId!, 'viewer');
  const task = await createTask(t, org.owner, project.id, { assigneeId: member.userId });
  return { org, owner: org.owner, member, viewer, guest, project, task };
}

describe('mentions', () => {
  it('extracts distinct ids in order and words excerpts as plain text', () => {
    const a = '0190a1b2-0000-7000-8000-000000000001';
    const b = '0190a1b2-0000-7000-8000-000000000002';
    expect(extractMentionIds(`${mention('张伟', a)} 和 ${mention('李娜', b)} ${mention('张伟', a)}`)).toEqual([a, b]);
    expect(extractMentionIds('@[x](user:not-a-uuid) @张伟')).toEqual([]);
    expect(excerptOf(`**请** ${mention('张伟', a)} 看一下 [报价](http://x)`)).toBe('请 @张伟 看一下 报价');
  });
});

describe('comments', () => {
  it('posts, lists oldest first with author, mentions and reactions, and pages with a cursor', async () => {
    const { owner, member, task } = await setup();
    const first = await owner.post('/api/v1/comments', {
      targetType: 'task',
      targetId: task.id,
      body: `${mention('张伟', member.userId!)} 请跟进一下报价`,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      targetType: 'task',
      targetId: task.id,
      author: { id: owner.userId, name: '王芳' },
      mentions: [{ id: member.userId, name: '张伟' }],
      reactions: [],
      editedAt: null,
      abilities: { update: true, delete: true },
    });
    await member.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '收到，今天下午处理' });
    const page1 = await owner.get('/api/v1/comments', { query: { targetType: 'task', targetId: task.id, limit: 1 } });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((c: { body: string }) => c.body)).toEqual([first.body.body]);
    const page2 = await owner.get('/api/v1/comments', {
      query: { targetType: 'task', targetId: task.id, limit: 1, cursor: page1.body.nextCursor },
    });
    expect(page2.body.items[0]).toMatchObject({
      body: '收到，今天下午处理',
      abilities: { update: false, delete: true },
    });
    expect(page2.body.nextCursor).toBeNull();
  });

  it('comments on a project too, and keeps only mentions of people who can see the target', async () => {
    const { org, owner, guest, project } = await setup();
    const stranger = await buildOrg(t.app);
    const body = `${mention('访客', guest.userId!)} ${mention('外人', stranger.owner.userId!)} 本周目标`;
    const created = await owner.post('/api/v1/comments', { targetType: 'project', targetId: project.id, body });
    expect(created.status).toBe(201);
    expect(created.body.mentions).toEqual([]);
    expect(created.body.body).toBe(body);
    expect(org.id).toBeTruthy();
  });

  it('validates the body, target type and reaction emoji', async () => {
    const { owner, task } = await setup();
    const empty = await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '   ' });
    expect(empty.status).toBe(422);
    const long = await owner.post('/api/v1/comments', {
      targetType: 'task',
      targetId: task.id,
      body: 'x'.repeat(20_001),
    });
    expect(long.status).toBe(422);
    const kind = await owner.post('/api/v1/comments', { targetType: 'deal', targetId: task.id, body: 'x' });
    expect(kind.status).toBe(422);
    const c = await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '好' });
    const bad = await owner.put(`/api/v1/comments/${c.body.id}/reactions/${encodeURIComponent('💩')}`);
    expect(bad.status).toBe(422);
  });

  it('edits with a version, answers 409 on a stale one and 403 to anyone but the author', async () => {
    const { owner, member, task } = await setup();
    const c = await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '初稿' });
    const edited = await owner.patch(`/api/v1/comments/${c.body.id}`, { body: '定稿', version: c.body.version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: '定稿', version: c.body.version + 1 });
    expect(edited.body.editedAt).not.toBeNull();
    const stale = await owner.patch(`/api/v1/comments/${c.body.id}`, { body: '又改', version: c.body.version });
    expect(stale.status).toBe(409);
    const theirs = await member.patch(`/api/v1/comments/${c.body.id}`, { body: '我来改' });
    expect(theirs.status).toBe(403);
  });

  it('lets a project viewer comment, the author or lead delete, and hides the project from a guest', async () => {
    const { owner, member, viewer, guest, task, project } = await setup();
    const byViewer = await viewer.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '我看到了' });
    expect(byViewer.status).toBe(201);
    const forbidden = await member.delete(`/api/v1/comments/${byViewer.body.id}`);
    expect(forbidden.status).toBe(403);
    const byGuest = await guest.post('/api/v1/comments', { targetType: 'project', targetId: project.id, body: '你好' });
    expect(byGuest.status).toBe(404);
    const list = await guest.get('/api/v1/comments', { query: { targetType: 'task', targetId: task.id } });
    expect(list.status).toBe(404);
    const removed = await owner.delete(`/api/v1/comments/${byViewer.body.id}`);
    expect(removed.status).toBe(204);
    const after = await owner.get('/api/v1/comments', { query: { targetType: 'task', targetId: task.id } });
    expect(after.body.items).toHaveLength(0);
    expect((await owner.delete(`/api/v1/comments/${byViewer.body.id}`)).status).toBe(404);
  });

  it('reacts idempotently with counts and "mine"', async () => {
    const { owner, member, task } = await setup();
    const c = await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '签约了' });
    const url = `/api/v1/comments/${c.body.id}/reactions/${encodeURIComponent('🎉')}`;
    await owner.put(url);
    await owner.put(url);
    const both = await member.put(url);
    expect(both.status).toBe(200);
    expect(both.body.reactions).toEqual([{ emoji: '🎉', count: 2, mine: true }]);
    const back = await member.delete(url);
    expect(back.body.reactions).toEqual([{ emoji: '🎉', count: 1, mine: false }]);
  });

  it('answers 404 for another organisation’s comments and targets', async () => {
    const { owner, task } = await setup();
    const other = await buildOrg(t.app);
    const c = await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '内部' });
    expect(
      (await other.owner.get('/api/v1/comments', { query: { targetType: 'task', targetId: task.id } })).status,
    ).toBe(404);
    expect((await other.owner.patch(`/api/v1/comments/${c.body.id}`, { body: 'x' })).status).toBe(404);
    expect((await other.owner.delete(`/api/v1/comments/${c.body.id}`)).status).toBe(404);
    expect((await other.owner.put(`/api/v1/comments/${c.body.id}/reactions/${encodeURIComponent('👍')}`)).status).toBe(
      404,
    );
    expect((await other.owner.get(`/api/v1/tasks/${task.id}/activity`)).status).toBe(404);
  });
});

describe('activity', () => {
  it('shows a task’s comments and changes newest first, and a project’s own rows', async () => {
    const { owner, task, project } = await setup();
    await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '第一条' });
    await owner.post('/api/v1/comments', { targetType: 'task', targetId: task.id, body: '第二条' });
    const activity = await owner.get(`/api/v1/tasks/${task.id}/activity`, { query: { limit: 1 } });
    expect(activity.status).toBe(200);
    expect(activity.body.items[0]).toMatchObject({ action: 'comment.created', actor: { name: '王芳' } });
    expect(activity.body.items[0].changes).toContainEqual(expect.objectContaining({ field: 'body', to: '第二条' }));
    expect(activity.body.nextCursor).not.toBeNull();
    const projectActivity = await owner.get(`/api/v1/projects/${project.id}/activity`);
    expect(projectActivity.status).toBe(200);
    expect(projectActivity.body.items.some((e: { action: string }) => e.action === 'project.created')).toBe(true);
  });
});
