import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
type Column = { key: string; count: number; wipLimit: number | null; tasks: { id: string; rank: string }[] };
const column = (board: { columns: Column[] }, key: string) => board.columns.find((c) => c.key === key)!;
const order = (board: { columns: Column[] }, key: string) => column(board, key).tasks.map((x) => x.id);

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  owner = org.owner;
  colleague = await buildMember(t.app, org, { name: '李强' });
  project = await buildProject(owner);
  await putProjectMember(owner, project.id, colleague.userId!, 'member');
});
afterAll(() => t.close());

describe('GET /projects/{id}/board', () => {
  it('groups by status in status order, by assignee and by priority, subtasks included', async () => {
    const todo = statusOf(project, 'todo');
    const a = await buildTask(owner, project.id, { title: '卡片A', priority: 'urgent', assigneeId: colleague.userId });
    const b = await buildTask(owner, project.id, { title: '卡片B', parentId: a.id });
    const byStatus = await owner.get(`/api/v1/projects/${project.id}/board`);
    expect(byStatus.status).toBe(200);
    expect(byStatus.body.columns.map((c: Column) => c.key)).toEqual(project.statuses.map((s) => s.id));
    expect(order(byStatus.body, todo.id)).toEqual([a.id, b.id]);
    expect(column(byStatus.body, todo.id).count).toBe(2);
    expect(column(byStatus.body, todo.id).tasks[0]).toMatchObject({ subtaskCounts: { total: 1, done: 0 } });
    const byAssignee = await owner.get(`/api/v1/projects/${project.id}/board`, { query: { groupBy: 'assignee' } });
    expect(order(byAssignee.body, colleague.userId!)).toEqual([a.id]);
    expect(order(byAssignee.body, 'none')).toEqual([b.id]);
    const byPriority = await owner.get(`/api/v1/projects/${project.id}/board`, { query: { groupBy: 'priority' } });
    expect(byPriority.body.columns.map((c: Column) => c.key)).toEqual(['urgent', 'high', 'medium', 'low']);
    expect(order(byPriority.body, 'urgent')).toEqual([a.id]);
    const filtered = await owner.get(`/api/v1/projects/${project.id}/board`, {
      query: { assigneeId: 'none', q: '卡片' },
    });
    expect(order(filtered.body, todo.id)).toEqual([b.id]);
  });
});

describe('POST /tasks/{id}/move', () => {
  it('moves between neighbours and to another column, with an undo', async () => {
    const fresh = await buildProject(owner);
    const todo = statusOf(fresh, 'todo');
    const doing = statusOf(fresh, 'in_progress');
    const cards = [];
    for (const title of ['一', '二', '三', '四']) cards.push(await buildTask(owner, fresh.id, { title }));
    const [one, two, three, four] = cards.map((c) => c.id) as [string, string, string, string];
    const board = async () => (await owner.get(`/api/v1/projects/${fresh.id}/board`)).body;
    let moved = await owner.post(`/api/v1/tasks/${four}/move`, { afterId: one, beforeId: two });
    expect(moved.status).toBe(200);
    expect(moved.body.undoId).toBeTruthy();
    expect(order(await board(), todo.id)).toEqual([one, four, two, three]);
    moved = await owner.post(`/api/v1/tasks/${three}/move`, { afterId: null });
    expect(order(await board(), todo.id)).toEqual([three, one, four, two]);
    moved = await owner.post(`/api/v1/tasks/${one}/move`, { statusId: doing.id, version: cards[0]!.version });
    expect(moved.body.status.id).toBe(doing.id);
    expect(order(await board(), doing.id)).toEqual([one]);
    moved = await owner.post(`/api/v1/tasks/${two}/move`, { statusId: doing.id, afterId: null, beforeId: one });
    expect(order(await board(), doing.id)).toEqual([two, one]);
    const undo = await owner.post(`/api/v1/undo-actions/${moved.body.undoId}`);
    expect(undo.status).toBe(200);
    expect(order(await board(), todo.id)).toEqual([three, four, two]);
    const again = await owner.post(`/api/v1/undo-actions/${moved.body.undoId}`);
    expect(again.status).toBe(410);
  });

  it('trusts no crossed neighbours: it places the card just after afterId', async () => {
    const fresh = await buildProject(owner);
    const todo = statusOf(fresh, 'todo');
    const [a, b, c] = [
      await buildTask(owner, fresh.id),
      await buildTask(owner, fresh.id),
      await buildTask(owner, fresh.id),
    ];
    const moved = await owner.post(`/api/v1/tasks/${c.id}/move`, { afterId: b.id, beforeId: a.id });
    expect(moved.status).toBe(200);
    const board = (await owner.get(`/api/v1/projects/${fresh.id}/board`)).body;
    expect(order(board, todo.id)).toEqual([a.id, b.id, c.id]);
  });

  it('refuses neighbours of another column, completes a card moved to done, refuses stale versions', async () => {
    const fresh = await buildProject(owner);
    const done = statusOf(fresh, 'done');
    const a = await buildTask(owner, fresh.id);
    const b = await buildTask(owner, fresh.id);
    const wrong = await owner.post(`/api/v1/tasks/${a.id}/move`, { statusId: done.id, afterId: b.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].pointer).toBe('/body/afterId');
    const moved = await owner.post(`/api/v1/tasks/${a.id}/move`, { statusId: done.id });
    expect(moved.body.completedAt).not.toBeNull();
    const stale = await owner.post(`/api/v1/tasks/${a.id}/move`, { afterId: null, version: 1 });
    expect(stale.status).toBe(409);
  });
});

describe('GET /my-work', () => {
  it('sorts my open tasks into buckets by due date in my time zone', async () => {
    // 2026-11-25 is a Wednesday; at 23:30 UTC it is already Thursday the 26th in Shanghai.
    t.clock.set(new Date('2026-11-25T23:30:00Z'));
    const org = await buildOrg(t.app);
    const owner = org.owner;
    const me = await buildMember(t.app, org, { name: '周杰' });
    const fresh = await buildProject(owner);
    await putProjectMember(owner, fresh.id, me.userId!, 'member');
    const due = async (dueDate: string | null, title: string) =>
      (await buildTask(owner, fresh.id, { title, dueDate, assigneeId: me.userId })).id;
    const overdue = await due('2026-11-25', '昨天到期');
    const today = await due('2026-11-26', '今天到期');
    const week = await due('2026-11-29', '本周日到期');
    const later = await due('2026-11-30', '下周一到期');
    const none = await due(null, '没有期限');
    const doneTask = await due('2026-11-20', '已完成');
    await owner.patch(`/api/v1/tasks/${doneTask}`, { statusId: statusOf(fresh, 'done').id });
    const waiting = (await buildTask(me, fresh.id, { title: '等别人', assigneeId: owner.userId })).id;
    const work = await me.get('/api/v1/my-work');
    expect(work.status).toBe(200);
    const idsOf = (bucket: { id: string }[]) => bucket.map((x) => x.id);
    expect(idsOf(work.body.overdue)).toEqual([overdue]);
    expect(idsOf(work.body.today)).toEqual([today]);
    expect(idsOf(work.body.thisWeek)).toEqual([week]);
    expect(idsOf(work.body.later)).toEqual([later]);
    expect(idsOf(work.body.noDueDate)).toEqual([none]);
    expect(idsOf(work.body.waitingOnOthers)).toEqual([waiting]);
  });
});
