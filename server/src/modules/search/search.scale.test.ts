import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSearchTerms } from '#modules/tasks/service/plan.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';
import type { Agent } from '#test/http.ts';

/**
 * Search at 100,000 tasks (SEARCH_SCALE=1): the tasks are inserted in bulk with the same
 * search terms the tasks module computes, then each query is timed through HTTP.
 */
const TOTAL = 100_000;
const WORDS = [
  '拜访',
  '报价',
  '合同',
  '回款',
  '渠道',
  '培训',
  '演示',
  '签约',
  '客户',
  '复盘',
  'demo',
  'pricing',
  'renewal',
];
const PLACES = ['华东', '华南', '华北', '西南', '东北', '西北', '华中', '港澳'];

describe.skipIf(!process.env.SEARCH_SCALE)('search at 100,000 tasks', () => {
  let t: TestApp;
  let owner: Agent;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrg(t.app);
    owner = org.owner;
    const project = await buildProject(owner, { key: 'BIG' });
    const db = t.database.db;
    const templates: { title: string; terms: string[] }[] = [];
    for (const word of WORDS) {
      for (const place of PLACES) {
        for (const other of WORDS) templates.push({ title: `${place}${word}${other}`, terms: [] });
      }
    }
    for (const tpl of templates) tpl.terms = taskSearchTerms('BIG-1', tpl.title, '');
    const status = project.statuses[0]!.id;
    const values = sql.join(
      templates.map((tpl, i) => sql`(${i}::int, ${tpl.title}::text, ${sql.param(tpl.terms)}::text[])`),
      sql`, `,
    );
    await db.execute(sql`insert into tasks (org_id, id, project_id, number, title, status_id, status_category, rank, search_terms)
      select ${org.id}, gen_random_uuid(), ${project.id}, n, tpl.title || ' #' || n, ${status}, 'todo', lpad(n::text, 8, '0'), tpl.terms
      from generate_series(1, ${TOTAL}) n
      join (values ${values}) as tpl(i, title, terms) on tpl.i = n % ${templates.length}`);
    await db.execute(sql`update projects set next_task_number = ${TOTAL + 1} where id = ${project.id}`);
    await db.execute(sql`vacuum analyze tasks`);
  }, 600_000);
  afterAll(async () => t?.close());

  it('answers common, rare and key queries fast', async () => {
    const base: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await owner.get('/api/v1/me');
      base.push(performance.now() - started);
    }
    console.log(`baseline GET /me: ${base.map((n) => n.toFixed(0)).join(', ')} ms`);
    if (process.env.SEARCH_EXPLAIN) {
      const plan = await t.database.db.execute(
        sql.raw(`explain analyze select id from tasks where search_terms @> array['nothing','like']::text[] limit 300`),
      );
      console.log(
        (plan as unknown as { rows: { 'QUERY PLAN': string }[] }).rows.map((r) => r['QUERY PLAN']).join('\n'),
      );
    }
    for (const q of ['拜访', '华东拜访', '西北签约回款', 'renew', 'BIG-4242', 'nothing-like-this']) {
      await owner.get('/api/v1/search', { query: { q } });
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await owner.get('/api/v1/search', { query: { q } });
        times.push(performance.now() - started);
        expect(response.status).toBe(200);
        count = response.body.items.length;
      }
      times.sort((a, b) => a - b);
      console.log(`search ${q}: median ${times[2]!.toFixed(1)} ms, ${count} hits`);
    }
  }, 600_000);
});
