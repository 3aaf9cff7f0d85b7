import { TASK_SORTS } from '@meridian/contracts';
import fc from 'fast-check';
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
let other: TestProject;
let label: string;
const created: { id: string; title: string }[] = [];

const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id);
const PRIORITIES = ['urgent', 'high', 'medium', 'low'];
const TITLES = ['拜访客户', 'Quarterly review', '准备报价', 'alpha launch', '渠道培训', 'Budget', '合同谈判'];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  owner = org.owner;
  colleague = await buildMember(t.app, org, { name: '李强' });
  project = await buildProject(owner);
  other = await buildProject(owner);
  await putProjectMember(owner, project.id, colleague.userId!, 'member');
  label = (await owner.post('/api/v1/labels', { name: '重点客户', projectId: null })).body.id;
  for (let i = 0; i < 24; i++) {
    const status = project.statuses[i % project.statuses.length]!;
    const task = await buildTask(owner, project.id, {
      title: `${TITLES[i % TITLES.length]} ${i}`,
      priority: PRIORITIES[i % 4],
      dueDate: i % 3 === 0 ? null : `2026-12-${String((i % 9) + 1).padStart(2, '0')}`,
      startDate: i % 4 === 0 ? `2026-11-${String((i % 5) + 1).padStart(2, '0')}` : null,
      statusId: status.id,
      assigneeId: i % 2 === 0 ? colleague.userId : i % 5 === 0 ? owner.userId : null,
      labelIds: i % 6 === 0 ? [label] : [],
      isMilestone: i === 7,
    });
    created.push({ id: task.id, title: task.title });
  }
  await buildTask(owner, other.id, { title: '其他项目的任务' });
}, 300_000);
afterAll(() => t.close());

describe('GET /tasks filters', () => {
  it('combines filters with AND and comma values with OR, and counts the total', async () => {
    const all = await owner.get('/api/v1/tasks', { query: { projectId: project.id, limit: 200 } });
    expect(all.body.total).toBe(24);
    const both = await owner.get('/api/v1/tasks', { query: { projectId: `${project.id},${other.id}`, limit: 5 } });
    expect(both.body.total).toBe(25);
    expect(both.body.items).toHaveLength(5);
    expect(both.body.nextCursor).toBeTruthy();
    const urgentMine = await colleague.get('/api/v1/tasks', {
      query: { projectId: project.id, priority: 'urgent,high', assigneeId: 'me' },
    });
    for (const task of urgentMine.body.items) {
      expect(['urgent', 'high']).toContain(task.priority);
      expect(task.assignee.id).toBe(colleague.userId);
    }
    expect(urgentMine.body.total).toBe(urgentMine.body.items.length);
    const unassigned = await owner.get('/api/v1/tasks', { query: { projectId: project.id, assigneeId: 'none' } });
    expect(unassigned.body.items.every((x: { assignee: unknown }) => x.assignee === null)).toBe(true);
    const labelled = await owner.get('/api/v1/tasks', { query: { labelId: label } });
    expect(labelled.body.total).toBe(4);
    const dueWindow = await owner.get('/api/v1/tasks', { query: { dueFrom: '2026-12-02', dueTo: '2026-12-03' } });
    for (const task of dueWindow.body.items) expect(['2026-12-02', '2026-12-03']).toContain(task.dueDate);
    const milestones = await owner.get('/api/v1/tasks', { query: { isMilestone: 'true' } });
    expect(ids(milestones.body)).toEqual([created[7]!.id]);
    const done = await owner.get('/api/v1/tasks', { query: { projectId: project.id, statusCategory: 'done' } });
    expect(done.body.items.every((x: { status: { category: string } }) => x.status.category === 'done')).toBe(true);
    const watching = await colleague.get('/api/v1/tasks', { query: { watching: 'true' } });
    expect(watching.body.total).toBe(12);
  });

  it('searches key, title and description, Chinese included', async () => {
    const chinese = await owner.get('/api/v1/tasks', { query: { q: '报价' } });
    expect(chinese.body.items.every((x: { title: string }) => x.title.includes('报价'))).toBe(true);
    expect(chinese.body.total).toBeGreaterThan(0);
    const latin = await owner.get('/api/v1/tasks', { query: { q: 'quarter' } });
    expect(latin.body.items.every((x: { title: string }) => x.title.startsWith('Quarterly'))).toBe(true);
    const byKey = await owner.get('/api/v1/tasks', { query: { q: `${project.key}-3` } });
    expect(byKey.body.items.map((x: { key: string }) => x.key)).toContain(`${project.key}-3`);
    const none = await owner.get('/api/v1/tasks', { query: { q: '100%_不存在' } });
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('answers 422 for a cursor that is not from this list and sort', async () => {
    const first = await owner.get('/api/v1/tasks', { query: { sort: 'dueDate', limit: 2 } });
    const mixed = await owner.get('/api/v1/tasks', { query: { sort: 'priority', cursor: first.body.nextCursor } });
    expect(mixed.status).toBe(422);
    const forged = Buffer.from(JSON.stringify(['2026-02-31', crypto.randomUUID()])).toString('base64url');
    expect((await owner.get('/api/v1/tasks', { query: { sort: 'dueDate', cursor: forged } })).status).toBe(422);
    expect((await owner.get('/api/v1/tasks', { query: { cursor: 'nonsense' } })).status).toBe(422);
  });
});

describe('GET /tasks sorts and pages', () => {
  it('pages through any sort returning every matching task exactly once, in the one-page order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TASK_SORTS),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(undefined, 'urgent,low', 'high'),
        async (sort, limit, priority) => {
          const query = { projectId: project.id, sort, priority };
          const whole = await owner.get('/api/v1/tasks', { query: { ...query, limit: 200 } });
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let i = 0; i < 30; i++) {
            const page = await owner.get('/api/v1/tasks', { query: { ...query, limit, cursor } });
            expect(page.status).toBe(200);
            expect(page.body.total).toBe(whole.body.total);
            seen.push(...ids(page.body));
            cursor = page.body.nextCursor ?? undefined;
            if (!cursor) break;
          }
          expect(seen).toEqual(ids(whole.body));
          expect(new Set(seen).size).toBe(whole.body.total);
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);

  it('orders by due date with empty dates last in both directions', async () => {
    for (const sort of ['dueDate', '-dueDate']) {
      const { body } = await owner.get('/api/v1/tasks', { query: { projectId: project.id, sort, limit: 200 } });
      const dates = body.items.map((x: { dueDate: string | null }) => x.dueDate);
      const firstNull = dates.indexOf(null);
      expect(dates.slice(firstNull).every((d: string | null) => d === null)).toBe(true);
      const set = dates.slice(0, firstNull);
      const sorted = [...set].sort();
      expect(set).toEqual(sort === 'dueDate' ? sorted : sorted.reverse());
    }
  });

  it('orders by priority from urgent to low', async () => {
    const { body } = await owner.get('/api/v1/tasks', {
      query: { projectId: project.id, sort: 'priority', limit: 200 },
    });
    const ranks = body.items.map((x: { priority: string }) => PRIORITIES.indexOf(x.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('runs a constant number of queries whatever the page size', async () => {
    if (t.database.driver !== 'pglite') return;
    const client = (t.database.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } })
      .$client;
    const original = client.query.bind(client);
    let count = 0;
    client.query = (...args: unknown[]) => {
      count++;
      return original(...args);
    };
    try {
      const counts: number[] = [];
      for (const limit of [5, 20]) {
        count = 0;
        const page = await owner.get('/api/v1/tasks', { query: { projectId: project.id, limit, sort: 'title' } });
        expect(page.body.items).toHaveLength(limit);
        counts.push(count);
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[0]).toBe(counts[1]);
      expect(counts[0]).toBeLessThanOrEqual(8);
    } finally {
      client.query = original;
    }
  });
});
