import type { Pipeline } from '@meridian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildDeal, defaultPipeline } from '#test/factories/deals.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
});
afterAll(async () => t.close());

const stages = [
  { name: '线索', probability: 10 },
  { name: '报价', probability: 50, stallDays: 7 },
  { name: '成交', probability: 100, kind: 'won' },
  { name: '丢单', probability: 0, kind: 'lost' },
];

describe('pipelines', () => {
  it('requires sign-in', async () => {
    expect((await new Agent(t.app).get('/api/v1/pipelines')).status).toBe(401);
  });

  it('gives a new organisation the default pipeline in its language, once', async () => {
    const [a, b] = await Promise.all([org.owner.get('/api/v1/pipelines'), org.owner.get('/api/v1/pipelines')]);
    expect(a.status).toBe(200);
    expect(b.body.items).toHaveLength(1);
    const pipeline = a.body.items[0] as Pipeline;
    expect(pipeline.isDefault).toBe(true);
    expect(pipeline.stages.map((s) => `${s.name}:${s.probability}:${s.kind}`)).toEqual([
      '初步接触:10:open',
      '需求确认:25:open',
      '方案报价:50:open',
      '商务谈判:75:open',
      '赢单:100:won',
      '输单:0:lost',
    ]);
  });

  it('lets admins create, rename and delete pipelines; members only read', async () => {
    const member = await buildMember(t.app, org, { role: 'member' });
    expect((await member.post('/api/v1/pipelines', { name: '渠道', stages })).status).toBe(403);
    const created = await org.owner.post('/api/v1/pipelines', { name: '渠道管道', stages });
    expect(created.status).toBe(201);
    expect(created.body.stages.map((s: { kind: string }) => s.kind)).toEqual(['open', 'open', 'won', 'lost']);
    expect(created.body.stages[1].stallDays).toBe(7);
    const renamed = await org.owner.patch(`/api/v1/pipelines/${created.body.id}`, { name: '渠道二', version: 1 });
    expect(renamed.status).toBe(200);
    const stale = await org.owner.patch(`/api/v1/pipelines/${created.body.id}`, { name: '渠道三', version: 1 });
    expect(stale.status).toBe(409);
    expect((await member.get('/api/v1/pipelines')).body.items).toHaveLength(2);
    expect((await org.owner.delete(`/api/v1/pipelines/${created.body.id}`)).status).toBe(204);
  });

  it('rejects stage sets without exactly one won and at least one lost stage', async () => {
    const noLost = stages.filter((s) => s.kind !== 'lost');
    const response = await org.owner.post('/api/v1/pipelines', { name: '坏管道', stages: noLost });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].pointer).toBe('/body/stages');
    const twoWon = [...stages, { name: '再成交', probability: 100, kind: 'won' }];
    expect((await org.owner.post('/api/v1/pipelines', { name: '坏管道', stages: twoWon })).status).toBe(422);
    const bad = await org.owner.post('/api/v1/pipelines', {
      name: '坏管道',
      stages: [{ name: 'x', probability: 101 }, ...stages],
    });
    expect(bad.status).toBe(422);
  });

  it('adds, changes, moves and deletes stages, keeping the closing rule', async () => {
    const pipeline = (await org.owner.post('/api/v1/pipelines', { name: '阶段管道', stages })).body as Pipeline;
    const added = await org.owner.post(`/api/v1/pipelines/${pipeline.id}/stages`, { name: '谈判', probability: 80 });
    expect(added.status).toBe(201);
    expect(added.body.stages.map((s: { name: string }) => s.name)).toEqual(['线索', '报价', '谈判', '成交', '丢单']);
    const lost = pipeline.stages.find((s) => s.kind === 'lost')!;
    const only = await org.owner.delete(`/api/v1/pipelines/${pipeline.id}/stages/${lost.id}`);
    expect(only.status).toBe(422);
    const won = pipeline.stages.find((s) => s.kind === 'won')!;
    expect((await org.owner.patch(`/api/v1/pipelines/${pipeline.id}/stages/${won.id}`, { kind: 'open' })).status).toBe(
      422,
    );
    const moved = await org.owner.patch(`/api/v1/pipelines/${pipeline.id}/stages/${pipeline.stages[0]!.id}`, {
      position: 2,
      probability: 15,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.stages.map((s: { name: string }) => s.name)).toEqual(['报价', '谈判', '线索', '成交', '丢单']);
    expect(moved.body.stages[2].probability).toBe(15);
    const probe = await org.owner.patch(`/api/v1/pipelines/${pipeline.id}/stages/${pipeline.stages[0]!.id}`, {
      probability: 101,
    });
    expect(probe.status).toBe(422);
  });

  it('refuses to delete a pipeline or stage with deals (409), and the default pipeline', async () => {
    const pipeline = (await org.owner.post('/api/v1/pipelines', { name: '有单管道', stages })).body as Pipeline;
    const deal = await buildDeal(org.owner, { pipelineId: pipeline.id });
    expect(deal.stageId).toBe(pipeline.stages[0]!.id);
    expect((await org.owner.delete(`/api/v1/pipelines/${pipeline.id}`)).status).toBe(409);
    expect((await org.owner.delete(`/api/v1/pipelines/${pipeline.id}/stages/${deal.stageId}`)).status).toBe(409);
    const def = await defaultPipeline(org.owner);
    expect((await org.owner.delete(`/api/v1/pipelines/${def.id}`)).status).toBe(409);
  });

  it('answers 404 for another organisation’s pipeline', async () => {
    const other = await buildOrg(t.app);
    const def = await defaultPipeline(org.owner);
    expect((await other.owner.get(`/api/v1/pipelines/${def.id}`)).status).toBe(404);
    expect((await other.owner.patch(`/api/v1/pipelines/${def.id}`, { name: 'x' })).status).toBe(404);
    expect((await other.owner.get(`/api/v1/pipelines/${def.id}/board`)).status).toBe(404);
    expect((await other.owner.delete(`/api/v1/pipelines/${def.id}/stages/${def.stages[0]!.id}`)).status).toBe(404);
  });
});
