import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import { buildTaskWorld } from '#test/factories/task-parts.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildTaskWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildTaskWorld(t.app, await buildOrg(t.app), await buildOrg(t.app));
});
afterAll(async () => t.close());

const config = { filters: { priority: 'high' }, groupBy: 'status' as const };
const names = (body: { items: { name: string }[] }) => body.items.map((v) => v.name);

describe('saved views', () => {
  it('creates personal and shared views; people see theirs and those shared in projects they see', async () => {
    const mine = await w.member.post('/api/v1/views', { name: ' 我的高优先级 ', kind: 'list', config });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      name: '我的高优先级',
      projectId: null,
      isShared: false,
      owner: { id: w.member.userId },
      config,
      version: 1,
      abilities: { update: true, delete: true },
    });
    const shared = await w.member.post('/api/v1/views', {
      name: '团队看板',
      kind: 'board',
      projectId: w.project.id,
      isShared: true,
      config: { filters: {}, swimlanes: 'assignee' },
    });
    expect(shared.status).toBe(201);

    expect(names((await w.member.get('/api/v1/views')).body)).toEqual(['团队看板', '我的高优先级']);
    const viewerList = await w.viewer.get('/api/v1/views', { query: { projectId: w.project.id } });
    expect(names(viewerList.body)).toEqual(['团队看板']);
    expect(viewerList.body.items[0].abilities).toEqual({ update: false, delete: false });
    // The owner (an admin) may remove a shared view, not change it.
    const adminList = await w.owner.get('/api/v1/views');
    expect(adminList.body.items[0].abilities).toEqual({ update: false, delete: true });
    // An organisation member outside the private project sees neither.
    expect(names((await w.outsider.get('/api/v1/views')).body)).toEqual([]);
    expect((await w.outsider.get('/api/v1/views', { query: { projectId: w.project.id } })).status).toBe(404);
  });

  it('updates with a version (409 when stale) and only by the owner', async () => {
    const view = (await w.member.post('/api/v1/views', { name: '本周', kind: 'calendar', config: { filters: {} } }))
      .body;
    const renamed = await w.member.patch(`/api/v1/views/${view.id}`, { name: '本周到期', version: view.version });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '本周到期', version: 2 });
    const stale = await w.member.patch(`/api/v1/views/${view.id}`, { name: '旧', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.name).toBe('本周到期');
    const ifMatch = await w.member.patch(`/api/v1/views/${view.id}`, { config }, { headers: { 'if-match': '"2"' } });
    expect(ifMatch.status).toBe(200);
    // A personal view is nobody else's business: 404.
    expect((await w.viewer.patch(`/api/v1/views/${view.id}`, { name: 'x' })).status).toBe(404);
    const shareWithout = await w.member.patch(`/api/v1/views/${view.id}`, { isShared: true });
    expect(shareWithout.status).toBe(422);
    expect(shareWithout.body.errors[0].field).toBe('projectId');

    const shared = (
      await w.member.post('/api/v1/views', {
        name: '共享',
        kind: 'list',
        projectId: w.project.id,
        isShared: true,
        config,
      })
    ).body;
    expect((await w.viewer.patch(`/api/v1/views/${shared.id}`, { name: 'x' })).status).toBe(403);
    const audit = await w.owner.get('/api/v1/audit-log', { query: { targetId: view.id } });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('saved_view.updated');
  });

  it('deletes: the owner, or for a shared view the project lead or an admin', async () => {
    const create = (body: Record<string, unknown>) =>
      w.member.post('/api/v1/views', { name: '删除测试', kind: 'list', config, ...body });
    const shared = (await create({ projectId: w.project.id, isShared: true })).body;
    expect((await w.viewer.delete(`/api/v1/views/${shared.id}`)).status).toBe(403);
    expect((await w.owner.delete(`/api/v1/views/${shared.id}`)).status).toBe(204);
    const personal = (await create({ projectId: w.project.id })).body;
    expect((await w.owner.delete(`/api/v1/views/${personal.id}`)).status).toBe(404);
    expect((await w.member.delete(`/api/v1/views/${personal.id}`)).status).toBe(204);
    expect((await w.member.delete(`/api/v1/views/${personal.id}`)).status).toBe(404);
  });

  it('validates: shared needs a visible project, names, kinds and config shapes', async () => {
    const base = { name: 'v', kind: 'list', config };
    const noProject = await w.member.post('/api/v1/views', { ...base, isShared: true });
    expect(noProject.status).toBe(422);
    const hidden = await w.outsider.post('/api/v1/views', { ...base, projectId: w.project.id, isShared: true });
    expect(hidden.status).toBe(422);
    expect(hidden.body.errors[0].field).toBe('projectId');
    const foreign = await w.owner.post('/api/v1/views', { ...base, projectId: w.foreignProject.id });
    expect(foreign.status).toBe(422);
    for (const body of [
      { ...base, name: '   ' },
      { ...base, kind: 'gantt' },
      { ...base, config: { groupBy: 'status' } },
      { ...base, config: { filters: {}, groupBy: 'colour' } },
    ]) {
      const response = await w.member.post('/api/v1/views', body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('answers 404 for another organisation’s views', async () => {
    const other = await buildOrg(t.app);
    const theirs = (await other.owner.post('/api/v1/views', { name: '外部', kind: 'list', config })).body;
    expect((await w.owner.patch(`/api/v1/views/${theirs.id}`, { name: 'x' })).status).toBe(404);
    expect((await w.owner.delete(`/api/v1/views/${theirs.id}`)).status).toBe(404);
    expect(names((await w.owner.get('/api/v1/views')).body)).not.toContain('外部');
  });
});
