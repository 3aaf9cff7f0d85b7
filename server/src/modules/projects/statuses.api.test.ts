import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '#db/client.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const names = (project: { statuses: { name: string }[] }) => project.statuses.map((s) => s.name);

describe('project statuses', () => {
  it('adds, renames, reorders and deletes statuses, moving tasks with their category', async () => {
    const org = await buildOrg(t.app);
    const created = await org.owner.post('/api/v1/projects', {
      key: 'ST',
      name: '状态测试',
      templateId: 'builtin:key-account',
    });
    const project = created.body;
    const [todo, doing, done] = project.statuses;
    const added = await org.owner.post(`/api/v1/projects/${project.id}/statuses`, {
      name: '待评审',
      category: 'in_progress',
      position: 2,
      wipLimit: 3,
    });
    expect(added.status).toBe(201);
    expect(names(added.body)).toEqual(['待办', '进行中', '待评审', '已完成']);
    const review = added.body.statuses[2];
    expect(review).toMatchObject({ category: 'in_progress', wipLimit: 3, color: '#1677ff' });
    const dup = await org.owner.post(`/api/v1/projects/${project.id}/statuses`, { name: '待办', category: 'todo' });
    expect(dup.status).toBe(409);
    const moved = await org.owner.patch(`/api/v1/projects/${project.id}/statuses/${review.id}`, {
      name: '客户评审',
      position: 0,
    });
    expect(names(moved.body)).toEqual(['客户评审', '待办', '进行中', '已完成']);
    // Every template task sits in 待办: deleting it moves them to 已完成 and marks them done.
    const noTarget = await org.owner.delete(`/api/v1/projects/${project.id}/statuses/${todo.id}`);
    expect(noTarget.status).toBe(422);
    const deleted = await org.owner.delete(`/api/v1/projects/${project.id}/statuses/${todo.id}`, {
      query: { moveTo: done.id },
    });
    expect(deleted.status).toBe(200);
    expect(names(deleted.body)).toEqual(['客户评审', '进行中', '已完成']);
    expect(deleted.body.statuses.map((s: { position: number }) => s.position)).toEqual([0, 1, 2]);
    const rows = await queryRows<{ category: string; n: number; completed: number }>(
      t.database.db,
      sql`select status_category as category, count(*)::int as n, count(completed_at)::int as completed
        from tasks where project_id = ${project.id} group by status_category`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ category: 'done', completed: rows[0]!.n });
    expect(deleted.body.taskCounts.done).toBe(deleted.body.taskCounts.total);
    // Recategorising the status moves its tasks' category too.
    const reopened = await org.owner.post(`/api/v1/projects/${project.id}/statuses`, {
      name: '关闭',
      category: 'done',
    });
    const back = await org.owner.patch(`/api/v1/projects/${project.id}/statuses/${done.id}`, { category: 'todo' });
    expect(back.status).toBe(200);
    expect(back.body.taskCounts.done).toBe(0);
    expect(reopened.status).toBe(201);
    void doing;
  });

  it('keeps the last status and the last done status', async () => {
    const org = await buildOrg(t.app);
    const project = (await org.owner.post('/api/v1/projects', { key: 'LAST', name: '最后' })).body;
    const [todo, doing, done] = project.statuses;
    const lastDone = await org.owner.delete(`/api/v1/projects/${project.id}/statuses/${done.id}`, {
      query: { moveTo: todo.id },
    });
    expect(lastDone.status).toBe(409);
    const recategorise = await org.owner.patch(`/api/v1/projects/${project.id}/statuses/${done.id}`, {
      category: 'todo',
    });
    expect(recategorise.status).toBe(422);
    expect(recategorise.body.errors[0].field).toBe('category');
    expect(
      (await org.owner.delete(`/api/v1/projects/${project.id}/statuses/${doing.id}`, { query: { moveTo: todo.id } }))
        .status,
    ).toBe(200);
    const other = await buildOrg(t.app);
    expect((await other.owner.patch(`/api/v1/projects/${project.id}/statuses/${todo.id}`, { name: 'x' })).status).toBe(
      404,
    );
  });
});
