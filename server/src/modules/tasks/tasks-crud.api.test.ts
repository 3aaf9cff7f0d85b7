import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outboxEvents } from '#db/schema/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildProject, buildTask, putProjectMember, type TestProject } from '#test/factories/work.ts';
import type { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;
let owner: Agent;
let colleague: Agent;
let project: TestProject;

const statusOf = (p: TestProject, category: string) => p.statuses.find((s) => s.category === category)!;

async function eventsOf(type: string, taskId: string) {
  const rows = await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.type, type));
  return rows.filter((r) => (r.payload as { taskId?: string }).taskId === taskId);
}

async function auditOf(taskId: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'task'), eq(auditLog.targetId, taskId)));
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  owner = org.owner;
  colleague = await buildMember(t.app, org, { role: 'member', name: '李强' });
  project = await buildProject(owner);
  await putProjectMember(owner, project.id, colleague.userId!, 'member');
});
afterAll(() => t.close());

describe('POST /tasks', () => {
  it('creates a task with the next number, the first to-do status and the reporter watching', async () => {
    const first = await buildTask(owner, project.id, {
      title: '准备新品发布会物料',
      priority: 'high',
      estimateHours: 2.5,
    });
    const second = await buildTask(owner, project.id);
    expect(first.key).toBe(`${project.key}-${first.number}`);
    expect(second.number).toBe(first.number + 1);
    expect(first.status.category).toBe('todo');
    expect(first).toMatchObject({ priority: 'high', estimateHours: 2.5, loggedHours: 0, version: 1 });
    expect(first.abilities).toEqual({ update: true, delete: true, comment: true, logTime: true });
    expect(second.rank > first.rank).toBe(true);
    const detail = await owner.get(`/api/v1/tasks/${first.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ projectKey: project.key, isWatching: true, checklist: [], parent: null });
    expect(detail.body.reporter.id).toBe(owner.userId);
    const byKey = await owner.get(`/api/v1/tasks/by-key/${first.key}`);
    expect(byKey.body.id).toBe(first.id);
    expect((await owner.get(`/api/v1/tasks/by-key/${project.key}-99999`)).status).toBe(404);
    expect((await owner.get('/api/v1/tasks/by-key/not-a-key')).status).toBe(404);
    expect((await eventsOf('task.created', first.id)).length).toBe(1);
  });

  it('assigns, makes the assignee watch and emits task.assigned to someone else', async () => {
    const task = await buildTask(owner, project.id, { assigneeId: colleague.userId, watcherIds: [colleague.userId] });
    expect(task.assignee).toMatchObject({ id: colleague.userId, name: '李强', initials: '李强' });
    const detail = await colleague.get(`/api/v1/tasks/${task.id}`);
    expect(detail.body.isWatching).toBe(true);
    expect(detail.body.watchers.map((w: { id: string }) => w.id).sort()).toEqual(
      [owner.userId, colleague.userId].sort(),
    );
    const [assigned] = await eventsOf('task.assigned', task.id);
    expect(assigned!.payload).toMatchObject({ assigneeId: colleague.userId, previousAssigneeId: null });
    expect((assigned!.audience as { userIds: string[] }).userIds).toContain(colleague.userId);
  });

  it('answers 422 with a pointer for each wrong reference', async () => {
    const other = await buildProject(owner);
    const outsiderOrg = await buildOrg(t.app);
    const response = await owner.post('/api/v1/tasks', {
      projectId: project.id,
      title: '错误引用',
      statusId: other.statuses[0]!.id,
      assigneeId: outsiderOrg.owner.userId,
      parentId: (await buildTask(owner, other.id)).id,
      labelIds: [crypto.randomUUID()],
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/body/assigneeId',
      '/body/labelIds/0',
      '/body/parentId',
      '/body/statusId',
    ]);
  });

  it('answers 404 for a project of another organisation, 422 for a bad body', async () => {
    const foreign = await buildOrg(t.app);
    const foreignProject = await buildProject(foreign.owner);
    expect((await owner.post('/api/v1/tasks', { projectId: foreignProject.id, title: 'x' })).status).toBe(404);
    const bad = await owner.post('/api/v1/tasks', { projectId: project.id, title: '', priority: 'soon' });
    expect(bad.status).toBe(422);
  });
});

describe('PATCH /tasks/{id}', () => {
  it('changes fields, bumps the version, refreshes search terms and refuses a stale version', async () => {
    const task = await buildTask(owner, project.id, { title: '旧标题' });
    const updated = await owner.patch(
      `/api/v1/tasks/${task.id}`,
      { title: '华北渠道拓展方案', dueDate: '2026-12-01' },
      {
        headers: { 'if-match': '"1"' },
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: '华北渠道拓展方案', dueDate: '2026-12-01', version: 2 });
    const found = await owner.get('/api/v1/tasks', { query: { q: '渠道拓展', projectId: project.id } });
    expect(found.body.items.map((x: { id: string }) => x.id)).toEqual([task.id]);
    const stale = await owner.patch(`/api/v1/tasks/${task.id}`, { title: '冲突', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);
    const unchanged = await owner.patch(`/api/v1/tasks/${task.id}`, { title: '华北渠道拓展方案' });
    expect(unchanged.body.version).toBe(2);
  });

  it('completes a task with a note in the event and the activity, and reopens it', async () => {
    const task = await buildTask(owner, project.id);
    const done = await owner.patch(`/api/v1/tasks/${task.id}`, {
      statusId: statusOf(project, 'done').id,
      completionNote: '客户已签字确认',
    });
    expect(done.status).toBe(200);
    expect(done.body.status.category).toBe('done');
    expect(done.body.completedAt).not.toBeNull();
    const [completed] = await eventsOf('task.completed', task.id);
    expect(completed!.payload).toMatchObject({ note: '客户已签字确认' });
    const audit = (await auditOf(task.id)).find((a) => a.action === 'task.completed')!;
    expect(audit.changes).toMatchObject({ completionNote: { from: null, to: '客户已签字确认' } });
    const reopened = await owner.patch(`/api/v1/tasks/${task.id}`, { statusId: statusOf(project, 'todo').id });
    expect(reopened.body.completedAt).toBeNull();
  });

  it('refuses a parent inside its own subtasks with task_cycle', async () => {
    const parent = await buildTask(owner, project.id, { title: '阶段一' });
    const child = await buildTask(owner, project.id, { title: '子任务', parentId: parent.id });
    const response = await owner.patch(`/api/v1/tasks/${parent.id}`, { parentId: child.id });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('task_cycle');
    expect((await owner.patch(`/api/v1/tasks/${parent.id}`, { parentId: parent.id })).body.code).toBe('task_cycle');
    const detail = await owner.get(`/api/v1/tasks/${child.id}`);
    expect(detail.body.parent).toMatchObject({ id: parent.id, title: '阶段一' });
    const list = await owner.get('/api/v1/tasks', { query: { parentId: parent.id } });
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([child.id]);
    const parentRow = await owner.get('/api/v1/tasks', { query: { projectId: project.id, q: '阶段一' } });
    expect(parentRow.body.items[0].subtaskCounts).toEqual({ total: 1, done: 0 });
  });
});

describe('DELETE, restore and blocked', () => {
  it('takes a task and its subtasks to the trash, and brings them back', async () => {
    const parent = await buildTask(owner, project.id);
    const child = await buildTask(owner, project.id, { parentId: parent.id });
    const receipt = await owner.delete(`/api/v1/tasks/${parent.id}`);
    expect(receipt.status).toBe(200);
    expect(receipt.body.undoId).toBeTruthy();
    expect((await owner.get(`/api/v1/tasks/${child.id}`)).status).toBe(404);
    const trash = await owner.get('/api/v1/tasks', { query: { deleted: 'true', projectId: project.id } });
    expect(trash.body.items.map((x: { id: string }) => x.id).sort()).toEqual([parent.id, child.id].sort());
    const restored = await owner.post(`/api/v1/tasks/${parent.id}/restore`);
    expect(restored.status).toBe(200);
    expect((await owner.get(`/api/v1/tasks/${child.id}`)).status).toBe(200);
    expect((await eventsOf('task.deleted', child.id)).length).toBe(1);
  });

  it('flags a task as blocked with the reason in the event', async () => {
    const task = await buildTask(owner, project.id);
    const blocked = await colleague.post(`/api/v1/tasks/${task.id}/blocked`, {
      isBlocked: true,
      reason: '等待法务审核',
    });
    expect(blocked.body).toMatchObject({ isBlocked: true, blockedReason: '等待法务审核' });
    const [event] = await eventsOf('task.blocked', task.id);
    expect(event!.payload).toMatchObject({ reason: '等待法务审核', projectId: project.id });
    const cleared = await colleague.post(`/api/v1/tasks/${task.id}/blocked`, { isBlocked: false });
    expect(cleared.body).toMatchObject({ isBlocked: false, blockedReason: '' });
    expect((await eventsOf('task.unblocked', task.id)).length).toBe(1);
  });
});

describe('watchers and checklist', () => {
  it('lets a member watch themself but not add others; editors add others', async () => {
    const viewer = await buildMember(t.app, org, { role: 'member', name: '赵敏' });
    await putProjectMember(owner, project.id, viewer.userId!, 'viewer');
    const task = await buildTask(owner, project.id);
    const self = await viewer.put(`/api/v1/tasks/${task.id}/watchers/${viewer.userId}`);
    expect(self.status).toBe(200);
    expect(self.body.isWatching).toBe(true);
    expect((await viewer.put(`/api/v1/tasks/${task.id}/watchers/${colleague.userId}`)).status).toBe(403);
    expect((await owner.put(`/api/v1/tasks/${task.id}/watchers/${colleague.userId}`)).status).toBe(200);
    const left = await viewer.delete(`/api/v1/tasks/${task.id}/watchers/${viewer.userId}`);
    expect(left.body.isWatching).toBe(false);
    const stranger = await buildOrg(t.app);
    expect((await owner.put(`/api/v1/tasks/${task.id}/watchers/${stranger.owner.userId}`)).status).toBe(404);
    expect((await owner.delete(`/api/v1/tasks/${task.id}/watchers/${stranger.owner.userId}`)).status).toBe(404);
  });

  it('adds, ticks, reorders and removes checklist items', async () => {
    const task = await buildTask(owner, project.id);
    const titles = ['准备报价单', '预约客户', '发送合同'];
    const items = [];
    for (const title of titles) items.push((await owner.post(`/api/v1/tasks/${task.id}/checklist`, { title })).body);
    const ticked = await owner.patch(`/api/v1/tasks/${task.id}/checklist/${items[0].id}`, { isDone: true });
    expect(ticked.body.isDone).toBe(true);
    await owner.patch(`/api/v1/tasks/${task.id}/checklist/${items[2].id}`, { afterId: null });
    await owner.patch(`/api/v1/tasks/${task.id}/checklist/${items[0].id}`, { afterId: items[1].id });
    const detail = await owner.get(`/api/v1/tasks/${task.id}`);
    expect(detail.body.checklist.map((i: { title: string }) => i.title)).toEqual([
      '发送合同',
      '预约客户',
      '准备报价单',
    ]);
    expect(detail.body.checklistCounts).toEqual({ total: 3, done: 1 });
    expect((await owner.delete(`/api/v1/tasks/${task.id}/checklist/${items[1].id}`)).status).toBe(204);
    expect((await owner.delete(`/api/v1/tasks/${task.id}/checklist/${items[1].id}`)).status).toBe(404);
    const bad = await owner.patch(`/api/v1/tasks/${task.id}/checklist/${items[0].id}`, {
      afterId: crypto.randomUUID(),
    });
    expect(bad.status).toBe(422);
  });
});
