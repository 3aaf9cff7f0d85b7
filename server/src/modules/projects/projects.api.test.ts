import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '#db/client.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain } from '#test/factories/accounts.ts';
import { buildProject, uniqueProjectKey } from '#test/factories/projects.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const pointers = (body: { errors?: { pointer: string }[] }) =>
  [...new Set((body.errors ?? []).map((e) => e.pointer))].sort();

describe('projects', () => {
  it('creates a project with default statuses in the creator’s language, the creator as lead', async () => {
    const org = await buildOrg(t.app);
    const created = await org.owner.post('/api/v1/projects', {
      key: 'SALES',
      name: ' 华东大客户攻坚 ',
      description: '**目标**：三个月拿下五家',
      visibility: 'org',
      color: '#13c2c2',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key: 'SALES',
      name: '华东大客户攻坚',
      status: 'planning',
      visibility: 'org',
      color: '#13c2c2',
      myRole: 'lead',
      memberCount: 1,
      taskCounts: { total: 0, done: 0, overdue: 0 },
      version: 1,
      archivedAt: null,
      deletedAt: null,
    });
    expect(created.body.lead.id).toBe(org.owner.userId);
    expect(created.body.statuses.map((s: { name: string; category: string }) => [s.name, s.category])).toEqual([
      ['待办', 'todo'],
      ['进行中', 'in_progress'],
      ['已完成', 'done'],
    ]);
    expect(created.body.abilities).toMatchObject({ update: true, delete: true, manageMembers: true, createTask: true });
    const byKey = await org.owner.get('/api/v1/projects/by-key/SALES');
    expect(byKey.status).toBe(200);
    expect(byKey.body.id).toBe(created.body.id);
    const members = await org.owner.get(`/api/v1/projects/${created.body.id}/members`);
    expect(members.body.items).toEqual([
      expect.objectContaining({ role: 'lead', user: expect.objectContaining({ id: org.owner.userId }) }),
    ]);
  });

  it('names default statuses and templates in English for an English-speaking creator', async () => {
    const org = await buildOrg(t.app, { locale: 'en' });
    const created = await org.owner.post('/api/v1/projects', { key: 'ENG', name: 'Launch' });
    expect(created.status).toBe(201);
    expect(created.body.statuses.map((s: { name: string }) => s.name)).toEqual(['To do', 'In progress', 'Done']);
  });

  it('answers 422 with field pointers and 409 on a key already used', async () => {
    const org = await buildOrg(t.app);
    const bad = await org.owner.post('/api/v1/projects', { key: 'sales-1', name: '', color: 'red' });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(expect.arrayContaining(['/body/key', '/body/name', '/body/color']));
    const dates = await org.owner.post('/api/v1/projects', {
      key: 'DATES',
      name: '日期',
      startDate: '2026-05-10',
      endDate: '2026-05-01',
    });
    expect(dates.status).toBe(422);
    expect(pointers(dates.body)).toEqual(['/body/endDate']);
    await buildProject(org.owner, { key: 'DUP' });
    const dup = await org.owner.post('/api/v1/projects', { key: 'DUP', name: '重复' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('key');
    // Another organisation may use the same key.
    const other = await buildOrg(t.app);
    expect((await other.owner.post('/api/v1/projects', { key: 'DUP', name: '另一家' })).status).toBe(201);
  });

  it('updates with versions: a stale If-Match answers 409 with the current project', async () => {
    const org = await buildOrg(t.app);
    const project = await buildProject(org.owner);
    const updated = await org.owner.patch(
      `/api/v1/projects/${project.id}`,
      { name: '华南渠道拓展', status: 'active', endDate: '2026-12-31' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: '华南渠道拓展', status: 'active', endDate: '2026-12-31', version: 2 });
    const stale = await org.owner.patch(
      `/api/v1/projects/${project.id}`,
      { name: '旧' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current.name).toBe('华南渠道拓展');
    const audit = await org.owner.get('/api/v1/audit-log', { query: { targetId: project.id } });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['project.created', 'project.updated']),
    );
  });

  it('hides another organisation’s projects: 404 on every route', async () => {
    const org = await buildOrg(t.app);
    const stranger = await buildOrg(t.app);
    const project = await buildProject(org.owner, { key: 'HIDDEN' });
    expect((await stranger.owner.get(`/api/v1/projects/${project.id}`)).status).toBe(404);
    expect((await stranger.owner.get('/api/v1/projects/by-key/HIDDEN')).status).toBe(404);
    expect((await stranger.owner.patch(`/api/v1/projects/${project.id}`, { name: 'x' })).status).toBe(404);
    expect((await stranger.owner.delete(`/api/v1/projects/${project.id}`)).status).toBe(404);
    expect((await stranger.owner.get(`/api/v1/projects/${project.id}/members`)).status).toBe(404);
    const list = await stranger.owner.get('/api/v1/projects');
    expect(list.body.items).toEqual([]);
    expect((await stranger.owner.get('/api/v1/projects/by-key/not-a-key')).status).toBe(404);
    const linked = await stranger.owner.post('/api/v1/projects', {
      key: 'LINK',
      name: '关联',
      customerId: project.id,
      dealId: project.id,
    });
    expect(linked.status).toBe(422);
    expect(pointers(linked.body)).toEqual(['/body/customerId', '/body/dealId']);
  });

  it('lists with filters, search and keyset pages', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    for (const name of ['上海推广', '杭州渠道', '深圳攻坚', 'Alpha launch']) await buildProject(org.owner, { name });
    await buildProject(member, { name: '我的项目' });
    const first = await org.owner.get('/api/v1/projects', { query: { limit: 2 } });
    expect(first.body.items).toHaveLength(2);
    const second = await org.owner.get('/api/v1/projects', { query: { limit: 2, cursor: first.body.nextCursor } });
    const third = await org.owner.get('/api/v1/projects', { query: { limit: 2, cursor: second.body.nextCursor } });
    const names = [...first.body.items, ...second.body.items, ...third.body.items].map((p: { name: string }) => p.name);
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    expect(third.body.nextCursor).toBeNull();
    const search = await org.owner.get('/api/v1/projects', { query: { q: '杭州' } });
    expect(search.body.items.map((p: { name: string }) => p.name)).toEqual(['杭州渠道']);
    const mine = await member.get('/api/v1/projects', { query: { mine: 'true' } });
    expect(mine.body.items.map((p: { name: string }) => p.name)).toEqual(['我的项目']);
    const sorted = await org.owner.get('/api/v1/projects', { query: { sort: '-createdAt', limit: 1 } });
    expect(sorted.body.items[0].name).toBe('我的项目');
    const next = await org.owner.get('/api/v1/projects', {
      query: { sort: '-createdAt', limit: 1, cursor: sorted.body.nextCursor },
    });
    expect(next.body.items[0].name).toBe('Alpha launch');
    const badCursor = await org.owner.get('/api/v1/projects', { query: { cursor: 'nonsense' } });
    expect(badCursor.status).toBe(422);
  });

  it('creates from a built-in template: phases, tasks, dependencies, working-day dates', async () => {
    const org = await buildOrg(t.app);
    const templates = await org.owner.get('/api/v1/project-templates');
    expect(
      templates.body.items.filter((x: { isBuiltIn: boolean }) => x.isBuiltIn).map((x: { name: string }) => x.name),
    ).toEqual(['新品上市推广', '大客户攻坚', '渠道拓展', '季度冲刺']);
    const english = await (await buildOrg(t.app, { locale: 'en' })).owner.get(
      '/api/v1/project-templates/builtin:key-account',
    );
    expect(english.body).toMatchObject({ name: 'Key-account pursuit', phaseCount: 4 });
    const ka = templates.body.items[1];
    expect(ka.taskCount).toBeGreaterThanOrEqual(10);
    // 2026-03-07 is a Saturday: the plan starts on Monday 9 March.
    const created = await org.owner.post('/api/v1/projects', {
      key: 'KA',
      name: '某银行大客户攻坚',
      templateId: 'builtin:key-account',
      templateStartDate: '2026-03-07',
    });
    expect(created.status).toBe(201);
    expect(created.body.startDate).toBe('2026-03-07');
    expect(created.body.taskCounts.total).toBe(ka.content.tasks.length);
    const rows = await queryRows<{ title: string; start: string; due: string; number: number }>(
      t.database.db,
      sql`select title, start_date::text as start, due_date::text as due, number from tasks where project_id = ${created.body.id} order by number`,
    );
    expect(rows).toHaveLength(ka.content.tasks.length);
    expect(rows[0]).toMatchObject({ title: '阶段一：客户调研', start: '2026-03-09', number: 1 });
    // "拜访关键决策人" starts 5 working days in: Monday 16 March, lasts 3 → Wednesday 18 March.
    expect(rows.find((r) => r.title === '拜访关键决策人')).toMatchObject({ start: '2026-03-16', due: '2026-03-18' });
    for (const row of rows) {
      for (const day of [row.start, row.due]) expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
    }
    const expectedDeps = ka.content.tasks.reduce(
      (n: number, x: { dependsOn?: string[] }) => n + (x.dependsOn?.length ?? 0),
      0,
    );
    const deps = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from task_dependencies where project_id = ${created.body.id}`,
    );
    expect(deps[0]!.n).toBe(expectedDeps);
    const unknown = await org.owner.post('/api/v1/projects', { key: 'NOPE', name: 'x', templateId: 'builtin:nope' });
    expect(unknown.status).toBe(422);
    expect(pointers(unknown.body)).toEqual(['/body/templateId']);
  });

  it('saves a project as a template and creates another project from it', async () => {
    const org = await buildOrg(t.app);
    const source = await org.owner.post('/api/v1/projects', {
      key: 'SRC',
      name: '季度冲刺 Q1',
      templateId: 'builtin:quarter-sprint',
      templateStartDate: '2026-01-05',
    });
    const saved = await org.owner.post(`/api/v1/projects/${source.body.id}/save-as-template`, {
      name: '我们的季度冲刺',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ isBuiltIn: false, name: '我们的季度冲刺', abilities: { delete: true } });
    expect(saved.body.phaseCount).toBe(3);
    const copy = await org.owner.post('/api/v1/projects', {
      key: 'COPY',
      name: '季度冲刺 Q2',
      templateId: saved.body.id,
      templateStartDate: '2026-04-06',
    });
    expect(copy.status).toBe(201);
    expect(copy.body.taskCounts.total).toBe(source.body.taskCounts.total);
    expect(copy.body.endDate > '2026-04-06').toBe(true);
    const list = await org.owner.get('/api/v1/project-templates');
    expect(list.body.items).toHaveLength(5);
    expect((await org.owner.delete(`/api/v1/project-templates/${saved.body.id}`)).status).toBe(204);
    expect((await org.owner.delete('/api/v1/project-templates/builtin:quarter-sprint')).status).toBe(403);
    expect((await org.owner.get(`/api/v1/project-templates/${saved.body.id}`)).status).toBe(404);
  });

  it('archives (read-only) and restores', async () => {
    const org = await buildOrg(t.app);
    const project = await buildProject(org.owner, { status: 'active' });
    const archived = await org.owner.post(`/api/v1/projects/${project.id}/archive`);
    expect(archived.body).toMatchObject({ status: 'archived', abilities: { createTask: false, update: true } });
    expect(archived.body.archivedAt).not.toBeNull();
    const edit = await org.owner.patch(`/api/v1/projects/${project.id}`, { name: '改名' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('project_archived');
    const listed = await org.owner.get('/api/v1/projects');
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(project.id);
    const archivedList = await org.owner.get('/api/v1/projects', { query: { status: 'archived' } });
    expect(archivedList.body.items.map((p: { id: string }) => p.id)).toContain(project.id);
    const restored = await org.owner.post(`/api/v1/projects/${project.id}/restore`);
    expect(restored.body).toMatchObject({ status: 'active', archivedAt: null });
  });

  it('moves to the trash, restores from it, and purges after 30 days (twice is the same)', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const kept = await org.owner.post('/api/v1/projects', {
      key: uniqueProjectKey('K'),
      name: '保留',
      templateId: 'builtin:channel-expansion',
    });
    const gone = await org.owner.post('/api/v1/projects', {
      key: 'GONE',
      name: '删除',
      templateId: 'builtin:product-launch',
    });
    expect((await org.owner.delete(`/api/v1/projects/${gone.body.id}`)).status).toBe(204);
    expect((await member.get(`/api/v1/projects/${gone.body.id}`)).status).toBe(404);
    expect((await member.get('/api/v1/projects', { query: { deleted: 'true' } })).status).toBe(403);
    const trash = await org.owner.get('/api/v1/projects', { query: { deleted: 'true' } });
    expect(trash.body.items.map((p: { id: string }) => p.id)).toEqual([gone.body.id]);
    expect(trash.body.items[0].abilities.update).toBe(false);
    // The key stays reserved while in the trash.
    expect((await org.owner.post('/api/v1/projects', { key: 'GONE', name: 'x' })).status).toBe(409);
    const restored = await org.owner.post(`/api/v1/projects/${gone.body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.deletedAt).toBeNull();
    expect((await org.owner.delete(`/api/v1/projects/${gone.body.id}`)).status).toBe(204);

    t.clock.advance(29 * 24 * 3600 * 1000);
    await t.platform.jobs.tick();
    await t.runJobs();
    let owner = await signInAgain(t.app, org.owner);
    expect((await owner.get(`/api/v1/projects/${gone.body.id}`)).status).toBe(200);

    t.clock.advance(2 * 24 * 3600 * 1000);
    await t.platform.jobs.tick();
    await t.runJobs();
    owner = await signInAgain(t.app, org.owner);
    expect((await owner.get(`/api/v1/projects/${gone.body.id}`)).status).toBe(404);
    const count = async (id: string) =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from tasks where project_id = ${id}`,
        )
      )[0]!.n;
    expect(await count(gone.body.id)).toBe(0);
    expect(await count(kept.body.id)).toBeGreaterThan(0);
    t.clock.advance(24 * 3600 * 1000);
    await t.platform.jobs.tick();
    await t.runJobs();
    expect(await count(kept.body.id)).toBeGreaterThan(0);
    owner = await signInAgain(t.app, org.owner);
    expect((await owner.get(`/api/v1/projects/${kept.body.id}`)).status).toBe(200);
    // The key is free again.
    expect((await owner.post('/api/v1/projects', { key: 'GONE', name: '新的' })).status).toBe(201);
  });
});
