import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';
import { buildTaskWorld, createTask } from '#test/factories/task-parts.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildTaskWorld(t.app, await buildOrg(t.app), await buildOrg(t.app));
});
afterAll(async () => t.close());

const url = (taskId: string) => `/api/v1/tasks/${taskId}/dependencies`;

describe('task dependencies', () => {
  it('adds, lists both ways and removes a dependency, with audit and events', async () => {
    const a = await createTask(w.member, w.project.id, { title: '准备报价' });
    const b = await createTask(w.member, w.project.id, { title: '拜访客户' });
    const created = await w.member.post(url(b.id), { predecessorId: a.id, type: 'ss', lagDays: 2 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'ss',
      lagDays: 2,
      predecessor: { id: a.id, key: a.key, title: '准备报价', statusCategory: 'todo' },
      successor: { id: b.id, key: b.key },
    });
    const ofB = await w.viewer.get(url(b.id));
    expect(ofB.status).toBe(200);
    expect(ofB.body.predecessors.map((d: { id: string }) => d.id)).toEqual([created.body.id]);
    expect(ofB.body.successors).toEqual([]);
    const ofA = await w.member.get(url(a.id));
    expect(ofA.body.successors.map((d: { successor: { key: string } }) => d.successor.key)).toEqual([b.key]);

    const defaults = await w.member.post(url(a.id), { predecessorId: (await createTask(w.member, w.project.id)).id });
    expect(defaults.body).toMatchObject({ type: 'fs', lagDays: 0 });

    const audit = await w.owner.get('/api/v1/audit-log', { query: { targetId: b.id } });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('task.dependency_added');

    // Removing works from either end.
    expect((await w.member.delete(`${url(a.id)}/${created.body.id}`)).status).toBe(204);
    expect((await w.member.get(url(b.id))).body.predecessors).toEqual([]);
    expect((await w.member.delete(`${url(a.id)}/${created.body.id}`)).status).toBe(404);
  });

  it('refuses duplicates (409) and cycles, self included (422 with the path of keys)', async () => {
    const a = await createTask(w.member, w.project.id, { title: 'A' });
    const b = await createTask(w.member, w.project.id, { title: 'B' });
    const c = await createTask(w.member, w.project.id, { title: 'C' });
    expect((await w.member.post(url(b.id), { predecessorId: a.id })).status).toBe(201);
    expect((await w.member.post(url(c.id), { predecessorId: b.id })).status).toBe(201);
    const again = await w.member.post(url(b.id), { predecessorId: a.id, type: 'ff' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_exists');

    const cycle = await w.member.post(url(a.id), { predecessorId: c.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.code).toBe('dependency_cycle');
    expect(cycle.body.detail).toContain(`${c.key} → ${a.key} → ${b.key} → ${c.key}`);
    expect(cycle.body.errors[0]).toMatchObject({ field: 'predecessorId', pointer: '/body/predecessorId' });

    const self = await w.member.post(url(a.id), { predecessorId: a.id });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('dependency_cycle');
  });

  it('keeps dependencies inside one project and validates the body', async () => {
    const a = await createTask(w.member, w.project.id);
    const elsewhere = await buildProject(w.owner);
    const other = await createTask(w.owner, elsewhere.id);
    const cross = await w.owner.post(url(a.id), { predecessorId: other.id });
    expect(cross.status).toBe(422);
    expect(cross.body.errors[0].field).toBe('predecessorId');
    const foreign = await w.owner.post(url(a.id), { predecessorId: w.foreignTask.id });
    expect(foreign.status).toBe(422);
    const bad = await w.member.post(url(a.id), { predecessorId: 'nope', type: 'xx', lagDays: 1000 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lagDays', 'predecessorId', 'type']);
  });

  it('answers 403 to a project viewer and 404 to outsiders and other organisations', async () => {
    const a = await createTask(w.member, w.project.id);
    const b = await createTask(w.member, w.project.id);
    const viewerTry = await w.viewer.post(url(b.id), { predecessorId: a.id });
    expect(viewerTry.status).toBe(403);
    expect((await w.outsider.get(url(b.id))).status).toBe(404);
    expect((await w.outsider.post(url(b.id), { predecessorId: a.id })).status).toBe(404);
    expect((await w.owner.get(url(w.foreignTask.id))).status).toBe(404);
    const dep = await w.member.post(url(b.id), { predecessorId: a.id });
    expect((await w.viewer.delete(`${url(b.id)}/${dep.body.id}`)).status).toBe(403);
    // Another task's id with this dependency: not found there.
    const c = await createTask(w.member, w.project.id);
    expect((await w.member.delete(`${url(c.id)}/${dep.body.id}`)).status).toBe(404);
  });
});
