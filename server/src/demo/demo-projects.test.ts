import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '#db/client.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { Agent } from '#test/http.ts';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD } from './demo-data.ts';
import { seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('demo projects', () => {
  it('gives the demo organisation two template projects with assigned, done, in-progress and overdue tasks', async () => {
    await seedDemo(t.database, t.clock, pino({ level: 'silent' }));
    const owner = new Agent(t.app);
    expect((await owner.post('/api/v1/auth/login', { email: DEMO_OWNER_EMAIL, password: DEMO_PASSWORD })).status).toBe(
      200,
    );
    const list = await owner.get('/api/v1/projects', { query: { sort: 'key' } });
    expect(list.body.items.map((p: { key: string }) => p.key)).toEqual(['KA', 'LAUNCH']);
    for (const project of list.body.items) {
      expect(project.taskCounts.total).toBeGreaterThanOrEqual(13);
      expect(project.taskCounts.done).toBeGreaterThan(0);
      expect(project.taskCounts.done).toBeLessThan(project.taskCounts.total);
      expect(project.memberCount).toBeGreaterThanOrEqual(3);
    }
    const launch = list.body.items.find((p: { key: string }) => p.key === 'LAUNCH');
    expect(launch.taskCounts.overdue).toBeGreaterThan(0);
    const unassigned = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from tasks where project_id = ${launch.id} and assignee_id is null`,
    );
    expect(unassigned[0]!.n).toBe(0);
  });
});
