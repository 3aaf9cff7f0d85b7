import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, tasks } from '#db/schema/index.ts';
import { newId } from '#platform/ids/ids.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildProject, buildTask, putProjectMember, type TestProject } from '#test/factories/work.ts';
import type { Agent } from '#test/http.ts';
import { insertTaskPlan } from './service/plan.ts';
import { runRecurrence } from './service/recurrence-job.ts';

let t: TestApp;
let org: TestOrg;
let owner: Agent;
let viewer: Agent;
let project: TestProject;
let readOnly: TestProject;

const statusOf = (p: TestProject, category: string) => p.statuses.find((s) => s.category === category)!;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  owner = org.owner;
  viewer = await buildMember(t.app, org, { name: '赵敏' });
  project = await buildProject(owner);
  readOnly = await buildProject(owner);
  await putProjectMember(owner, project.id, viewer.userId!, 'member');
  await putProjectMember(owner, readOnly.id, viewer.userId!, 'viewer');
});
afterAll(() => t.close());

describe('POST /tasks/bulk', () => {
  it('answers per task, audits each change and undoes the whole batch once', async () => {
    const a = await buildTask(owner, project.id, { priority: 'low' });
    const b = await buildTask(owner, project.id, { priority: 'low' });
    const unchanged = await buildTask(owner, project.id, { priority: 'high', labelIds: [] });
    const locked = await buildTask(owner, readOnly.id);
    const foreign = await buildOrg(t.app);
    const foreignTask = await buildTask(foreign.owner, (await buildProject(foreign.owner)).id);
    const label = (await owner.post('/api/v1/labels', { name: '季度重点' })).body.id;
    const done = statusOf(project, 'done');
    const response = await viewer.post('/api/v1/tasks/bulk', {
      ids: [a.id, b.id, unchanged.id, locked.id, foreignTask.id],
      action: 'update',
      patch: { statusId: done.id, priority: 'high', addLabelIds: [label], dueDate: '2026-12-31' },
    });
    expect(response.status).toBe(200);
    expect(response.body.results).toEqual([
      { id: a.id, ok: true, code: null },
      { id: b.id, ok: true, code: null },
      { id: unchanged.id, ok: true, code: null },
      { id: locked.id, ok: false, code: 'forbidden' },
      { id: foreignTask.id, ok: false, code: 'not_found' },
    ]);
    const after = (await owner.get(`/api/v1/tasks/${a.id}`)).body;
    expect(after).toMatchObject({ priority: 'high', dueDate: '2026-12-31', labelIds: [label], version: 2 });
    expect(after.status.category).toBe('done');
    const requestId = String(response.headers['x-request-id']);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
    expect(audits.map((x) => x.targetId).sort()).toEqual([a.id, b.id, unchanged.id].sort());
    expect(audits.every((x) => x.action === 'task.completed')).toBe(true);

    expect((await owner.post(`/api/v1/undo-actions/${response.body.undoId}`)).status).toBe(404);
    const undo = await viewer.post(`/api/v1/undo-actions/${response.body.undoId}`);
    expect(undo.status).toBe(200);
    expect(undo.body.ids.sort()).toEqual([a.id, b.id, unchanged.id].sort());
    const restored = (await owner.get(`/api/v1/tasks/${a.id}`)).body;
    expect(restored).toMatchObject({ priority: 'low', dueDate: null, labelIds: [], version: 3, completedAt: null });
    expect(restored.status.category).toBe('todo');
    expect((await viewer.post(`/api/v1/undo-actions/${response.body.undoId}`)).status).toBe(410);
  });

  it('refuses an undo after ten seconds with 410', async () => {
    const task = await buildTask(owner, project.id);
    const response = await owner.post('/api/v1/tasks/bulk', { ids: [task.id], action: 'delete' });
    expect(response.body.results).toEqual([{ id: task.id, ok: true, code: null }]);
    expect((await owner.get(`/api/v1/tasks/${task.id}`)).status).toBe(404);
    t.clock.advance(10_001);
    const late = await owner.post(`/api/v1/undo-actions/${response.body.undoId}`);
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('undo_expired');
  });

  it('deletes in bulk and the undo brings the tasks back', async () => {
    const a = await buildTask(owner, project.id);
    const child = await buildTask(owner, project.id, { parentId: a.id });
    const response = await owner.post('/api/v1/tasks/bulk', { ids: [a.id], action: 'delete' });
    expect((await owner.get(`/api/v1/tasks/${child.id}`)).status).toBe(404);
    const undo = await owner.post(`/api/v1/undo-actions/${response.body.undoId}`);
    expect(undo.body.ids.sort()).toEqual([a.id, child.id].sort());
    expect((await owner.get(`/api/v1/tasks/${child.id}`)).status).toBe(200);
  });

  it('updates 500 tasks in one request well under five seconds', async () => {
    const big = await buildProject(owner);
    const planned = Array.from({ length: 500 }, (_, i) => ({
      id: newId(),
      title: `批量任务 ${i}`,
      statusId: statusOf(big, 'todo').id,
    }));
    await insertTaskPlan(
      { db: t.database.db, orgId: org.id },
      { projectId: big.id, reporterId: owner.userId!, tasks: planned, dependencies: [], now: t.clock.now() },
    );
    const started = performance.now();
    const response = await owner.post('/api/v1/tasks/bulk', {
      ids: planned.map((p) => p.id),
      action: 'update',
      patch: { priority: 'urgent', assigneeId: viewer.userId },
    });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(elapsed).toBeLessThan(5000);
    const [{ count }] = (await t.database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(tasks)
      .where(and(eq(tasks.projectId, big.id), eq(tasks.priority, 'urgent')))) as [{ count: number }];
    expect(Number(count)).toBe(500);
  });
});

describe('recurrence', () => {
  it('creates the next occurrence when a recurring task is done, once', async () => {
    const task = await buildTask(owner, project.id, {
      title: '每周客户回访',
      dueDate: '2026-12-07',
      startDate: '2026-12-04',
      assigneeId: viewer.userId,
      recurrence: { frequency: 'weekly', interval: 1, weekdays: [1], workingDaysOnly: false },
    });
    await owner.patch(`/api/v1/tasks/${task.id}`, { statusId: statusOf(project, 'done').id });
    const next = await owner.get('/api/v1/tasks', {
      query: { projectId: project.id, q: '每周客户回访', statusCategory: 'todo' },
    });
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0]).toMatchObject({ dueDate: '2026-12-14', startDate: '2026-12-11' });
    expect(next.body.items[0].assignee.id).toBe(viewer.userId);
    expect(await runRecurrence(t.database.db, t.clock)).toBe(0);
  });

  it('the job creates the next occurrence of an overdue task once, however often it runs', async () => {
    t.clock.set(new Date('2026-12-10T02:00:00Z'));
    const fresh = await buildOrg(t.app);
    const p = await buildProject(fresh.owner);
    const task = await buildTask(fresh.owner, p.id, {
      title: '每日销售日报',
      dueDate: '2026-12-09',
      recurrence: { frequency: 'daily', interval: 1, workingDaysOnly: true },
    });
    expect(await runRecurrence(t.database.db, t.clock)).toBe(1);
    expect(await runRecurrence(t.database.db, t.clock)).toBe(0);
    const list = await fresh.owner.get('/api/v1/tasks', { query: { projectId: p.id, sort: 'dueDate' } });
    expect(list.body.items.map((x: { dueDate: string }) => x.dueDate)).toEqual(['2026-12-09', '2026-12-10']);
    expect(list.body.items[0].id).toBe(task.id);
  });
});
