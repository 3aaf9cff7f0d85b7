import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';
import { createTask } from '#test/factories/task-parts.ts';
import type { Agent } from '#test/http.ts';

let t: TestApp;
let owner: Agent;
let member: Agent;
let guest: Agent;
let open: { id: string; key: string };
let secret: { id: string; key: string };
let visit: { id: string; key: string };
let inDescription: { id: string; key: string };
beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrg(t.app);
  owner = org.owner;
  member = await buildMember(t.app, org, { role: 'member' });
  guest = await buildMember(t.app, org, { role: 'guest' });
  open = await buildProject(owner, { key: 'SALES', name: '华东大客户攻坚' });
  secret = await buildProject(owner, { key: 'SECRET', name: '并购机密', visibility: 'private' });
  visit = await createTask(owner, open.id, { title: '拜访华东客户', description: '带上新品报价单' });
  inDescription = await createTask(owner, open.id, {
    title: '准备季度报告',
    description: `${'背景说明。'.repeat(30)}下周拜访华东客户前完成。`,
  });
  await createTask(owner, open.id, { title: 'Prepare the customer demo', description: 'Slides and pricing' });
  await createTask(owner, secret.id, { title: '拜访华东客户（机密）', description: '拜访 secret' });
  const other = await buildOrg(t.app);
  const foreign = await buildProject(other.owner, { key: 'SALES', name: '华东外部' });
  await createTask(other.owner, foreign.id, { title: '拜访华东客户 外部组织' });
});
afterAll(async () => t.close());

const search = async (agent: Agent, q: string, limit?: number) => {
  const response = await agent.get('/api/v1/search', { query: { q, limit } });
  expect(response.status).toBe(200);
  return response.body.items as { kind: string; id: string; key: string; title: string; snippet: string }[];
};

describe('global search', () => {
  it('finds Chinese text in titles first, then descriptions, with a snippet around the match', async () => {
    const hits = await search(member, '拜访');
    expect(hits.map((h) => h.id)).toEqual([visit.id, inDescription.id]);
    expect(hits[0]).toMatchObject({ kind: 'task', key: `SALES-${visit.key.split('-')[1]}`, title: '拜访华东客户' });
    expect(hits[1]!.snippet).toContain('拜访华东客户前完成');
    expect(hits[1]!.snippet.startsWith('…')).toBe(true);
    expect((await search(member, '华东客户')).map((h) => h.id)).toEqual([visit.id, inDescription.id]);
    expect(await search(member, '华南')).toEqual([]);
  });

  it('finds a task by its exact key first, in any case', async () => {
    for (const q of [visit.key, visit.key.toLowerCase()]) {
      const hits = await search(member, q);
      expect(hits[0]).toMatchObject({ kind: 'task', id: visit.id });
    }
  });

  it('finds projects by key and name, and Latin words by prefix', async () => {
    const byKey = await search(member, 'sales');
    expect(byKey[0]).toMatchObject({ kind: 'project', id: open.id, key: 'SALES', title: '华东大客户攻坚' });
    const byName = await search(member, '攻坚');
    expect(byName.map((h) => h.id)).toEqual([open.id]);
    const latin = await search(member, 'cust DEMO');
    expect(latin.map((h) => h.title)).toEqual(['Prepare the customer demo']);
  });

  it('never shows private projects to outsiders, anything to guests outside projects, or other organisations', async () => {
    const hits = await search(member, '拜访');
    expect(hits.some((h) => h.title.includes('机密') || h.title.includes('外部'))).toBe(false);
    expect(await search(member, 'secret')).toEqual([]);
    expect(await search(guest, '拜访')).toEqual([]);
    expect(await search(guest, 'sales')).toEqual([]);
    const admin = await search(owner, '拜访');
    expect(admin.map((h) => h.title)).toContain('拜访华东客户（机密）');
    expect(admin.some((h) => h.title.includes('外部'))).toBe(false);
  });

  it('validates the query and caps the results', async () => {
    expect((await member.get('/api/v1/search', { query: { q: '' } })).status).toBe(422);
    expect((await member.get('/api/v1/search', { query: { q: 'x'.repeat(201) } })).status).toBe(422);
    expect((await member.get('/api/v1/search', { query: { q: 'a', limit: 51 } })).status).toBe(422);
    expect(await search(member, '%_\\')).toEqual([]);
    expect(await search(member, '拜访', 1)).toHaveLength(1);
  });
});
