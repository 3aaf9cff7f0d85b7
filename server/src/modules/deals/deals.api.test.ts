import type { Deal, Pipeline, PipelineBoard } from '@meridian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain, type TestOrg } from '#test/factories/accounts.ts';
import { buildDeal, buildDealCustomer, defaultPipeline } from '#test/factories/deals.ts';
import { addTeamMember, buildTeam } from '#test/factories/teams.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;
let pipeline: Pipeline;
const stage = (kind: string, nth = 0) => pipeline.stages.filter((s) => s.kind === kind)[nth]!;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  pipeline = await defaultPipeline(org.owner);
});
afterAll(async () => t.close());

describe('deals CRUD', () => {
  it('requires sign-in', async () => {
    expect((await new Agent(t.app).get('/api/v1/deals')).status).toBe(401);
  });

  it('creates a deal in the first open stage, with line items making the amount', async () => {
    const customer = await buildDealCustomer(org.owner);
    const response = await org.owner.post<Deal>('/api/v1/deals', {
      name: '智慧园区一期',
      customerId: customer.id,
      expectedCloseDate: '2026-06-30',
      lineItems: [
        { name: '平台授权', quantity: 3, unitPriceMinor: 199900, discountBp: 1000 },
        { name: '实施服务', quantity: 1.5, unitPriceMinor: 800000 },
      ],
    });
    expect(response.status).toBe(201);
    const deal = response.body;
    expect(deal.stageId).toBe(stage('open').id);
    expect(deal.customer).toEqual(customer);
    expect(deal.amountMinor).toBe(539730 + 1200000);
    expect(deal.lineItems.map((l) => l.lineTotalMinor)).toEqual([539730, 1200000]);
    expect(deal.probability).toBe(10);
    expect(deal.weightedAmountMinor).toBe(173973);
    expect(deal.owner?.id).toBe(org.owner.userId);
    const read = await org.owner.get(`/api/v1/deals/${deal.id}`);
    expect(read.body.lineItems[1].quantity).toBe(1.5);
  });

  it('updates with a version and answers 409 on a stale one; deletes', async () => {
    const deal = await buildDeal(org.owner);
    const updated = await org.owner.patch(`/api/v1/deals/${deal.id}`, {
      amountMinor: 2_000_000,
      probabilityOverride: 40,
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      amountMinor: 2_000_000,
      probability: 40,
      weightedAmountMinor: 800_000,
      version: 2,
    });
    const stale = await org.owner.patch(`/api/v1/deals/${deal.id}`, { name: '旧版本', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(2);
    expect((await org.owner.delete(`/api/v1/deals/${deal.id}`)).status).toBe(204);
    expect((await org.owner.get(`/api/v1/deals/${deal.id}`)).status).toBe(404);
  });

  it('answers field errors: unknown customer, stage of another pipeline, lost without reason', async () => {
    const missing = await org.owner.post('/api/v1/deals', { name: 'x', customerId: pipeline.id });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].pointer).toBe('/body/customerId');
    const other = (
      await org.owner.post('/api/v1/pipelines', {
        name: '另一个管道',
        stages: [
          { name: 'A', probability: 10 },
          { name: 'W', probability: 100, kind: 'won' },
          { name: 'L', probability: 0, kind: 'lost' },
        ],
      })
    ).body as Pipeline;
    const deal = await buildDeal(org.owner);
    const foreign = await org.owner.post(`/api/v1/deals/${deal.id}/stage`, { stageId: other.stages[0]!.id });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].pointer).toBe('/body/stageId');
    const lost = await org.owner.post(`/api/v1/deals/${deal.id}/stage`, {
      stageId: stage('lost').id,
      lostReason: '  ',
    });
    expect(lost.status).toBe(422);
    expect(lost.body.errors[0]).toMatchObject({ pointer: '/body/lostReason', code: 'required' });
    const badAmount = await org.owner.post('/api/v1/deals', {
      name: 'x',
      customerId: deal.customer.id,
      amountMinor: -1,
    });
    expect(badAmount.status).toBe(422);
  });

  it('moves through stages with history, closing as won or lost', async () => {
    const deal = await buildDeal(org.owner, { amountMinor: 5_000_000 });
    t.clock.advance(60_000);
    const moved = await org.owner.post(`/api/v1/deals/${deal.id}/stage`, { stageId: stage('open', 2).id, version: 1 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ probability: 50, stageKind: 'open', closedAt: null });
    const won = await org.owner.post(`/api/v1/deals/${deal.id}/stage`, { stageId: stage('won').id });
    expect(won.body).toMatchObject({ stageKind: 'won', probability: 100 });
    expect(won.body.closedAt).not.toBeNull();
    const lost = await org.owner.post(`/api/v1/deals/${deal.id}/stage`, {
      stageId: stage('lost').id,
      lostReason: '预算取消',
    });
    expect(lost.body).toMatchObject({ stageKind: 'lost', lostReason: '预算取消', probability: 0 });
    const history = await org.owner.get(`/api/v1/deals/${deal.id}/history`);
    expect(history.body.items.map((h: { toStage: { kind: string } }) => h.toStage.kind)).toEqual([
      'open',
      'open',
      'won',
      'lost',
    ]);
    expect(history.body.items[0].fromStage).toBeNull();
    expect(history.body.items[3]).toMatchObject({ lostReason: '预算取消', amountMinor: 5_000_000 });
    expect(history.body.items[3].by.id).toBe(org.owner.userId);
    const wonList = await org.owner.get('/api/v1/deals', { query: { stageKind: 'lost' } });
    expect(wonList.body.items.map((d: Deal) => d.id)).toContain(deal.id);
    const audit = await org.owner.get('/api/v1/audit-log', { query: { targetId: deal.id } });
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('deal.stage_changed');
  });

  it('filters and sorts the list with keyset pages and a total', async () => {
    const customer = await buildDealCustomer(org.owner, { name: '筛选专用客户有限公司' });
    for (const [amount, month] of [
      [100, '2026-03-05'],
      [300, '2026-03-31'],
      [200, '2026-04-01'],
    ] as const) {
      await buildDeal(org.owner, { customerId: customer.id, amountMinor: amount, expectedCloseDate: month });
    }
    const march = await org.owner.get('/api/v1/deals', {
      query: { customerId: customer.id, closeMonth: '2026-03', sort: '-amount' },
    });
    expect(march.body.items.map((d: Deal) => d.amountMinor)).toEqual([300, 100]);
    expect(march.body.total).toBe(2);
    const page1 = await org.owner.get('/api/v1/deals', {
      query: { customerId: customer.id, sort: 'amount', limit: 2 },
    });
    expect(page1.body.total).toBe(3);
    const page2 = await org.owner.get('/api/v1/deals', {
      query: { customerId: customer.id, sort: 'amount', limit: 2, cursor: page1.body.nextCursor },
    });
    expect([...page1.body.items, ...page2.body.items].map((d: Deal) => d.amountMinor)).toEqual([100, 200, 300]);
    const ranged = await org.owner.get('/api/v1/deals', {
      query: { customerId: customer.id, amountMin: 150, amountMax: 250 },
    });
    expect(ranged.body.items.map((d: Deal) => d.amountMinor)).toEqual([200]);
    const byName = await org.owner.get('/api/v1/deals', { query: { q: '年度采购', customerId: customer.id } });
    expect(byName.body.total).toBe(3);
    const bad = await org.owner.get('/api/v1/deals', { query: { cursor: 'bm9wZQ' } });
    expect(bad.status).toBe(422);
  });

  it('answers 404 for another organisation’s deal', async () => {
    const deal = await buildDeal(org.owner);
    const other = await buildOrg(t.app);
    expect((await other.owner.get(`/api/v1/deals/${deal.id}`)).status).toBe(404);
    expect((await other.owner.patch(`/api/v1/deals/${deal.id}`, { name: 'x' })).status).toBe(404);
    expect((await other.owner.post(`/api/v1/deals/${deal.id}/stage`, { stageId: deal.stageId })).status).toBe(404);
    expect((await other.owner.get(`/api/v1/deals/${deal.id}/history`)).status).toBe(404);
    expect((await other.owner.post('/api/v1/deals', { name: 'x', customerId: deal.customer.id })).status).toBe(422);
  });
});

describe('pipeline board', () => {
  it('sums every matching deal per column and flags stalled deals', async () => {
    const fresh = await buildOrg(t.app);
    const p = await defaultPipeline(fresh.owner);
    const first = p.stages[0]!;
    const third = p.stages[2]!;
    const customer = await buildDealCustomer(fresh.owner);
    for (let i = 0; i < 4; i++) await buildDeal(fresh.owner, { customerId: customer.id, amountMinor: 1_000_001 });
    const late = await buildDeal(fresh.owner, { customerId: customer.id, amountMinor: 3_000_000, stageId: third.id });
    const board = await fresh.owner.get<PipelineBoard>(`/api/v1/pipelines/${p.id}/board`, { query: { limit: 3 } });
    expect(board.status).toBe(200);
    const col = board.body.columns[0]!;
    expect(col).toMatchObject({ count: 4, totalAmountMinor: 4_000_004, weightedAmountMinor: 400_000, hasMore: true });
    expect(col.deals).toHaveLength(3);
    expect(col.stage.id).toBe(first.id);
    const more = await fresh.owner.get<PipelineBoard>(`/api/v1/pipelines/${p.id}/board`, {
      query: { limit: 3, stageId: first.id, offset: 3 },
    });
    expect(more.body.columns).toHaveLength(1);
    expect(more.body.columns[0]!.deals).toHaveLength(1);
    expect(more.body.columns[0]!.hasMore).toBe(false);
    expect(board.body.columns[2]).toMatchObject({
      count: 1,
      totalAmountMinor: 3_000_000,
      weightedAmountMinor: 1_500_000,
    });
    expect(board.body.columns[2]!.deals[0]!.isStalled).toBe(false);
    // 方案报价 stalls after 21 days without a stage change or activity.
    t.clock.advance(22 * 86_400_000);
    const owner = await signInAgain(t.app, fresh.owner);
    const later = await owner.get<PipelineBoard>(`/api/v1/pipelines/${p.id}/board`);
    const card = later.body.columns[2]!.deals.find((d) => d.id === late.id)!;
    expect(card).toMatchObject({ isStalled: true, stalledDays: 22 });
    const filtered = await owner.get<PipelineBoard>(`/api/v1/pipelines/${p.id}/board`, {
      query: { amountMin: 2_000_000 },
    });
    expect(filtered.body.columns.map((c) => c.count)).toEqual([0, 0, 1, 0, 0, 0]);
  });
});

describe('deal visibility', () => {
  it('shows each role exactly its deals, in lists, reads and board totals', async () => {
    const o = await buildOrg(t.app);
    const p = await defaultPipeline(o.owner);
    const [rep, parentManager, siblingManager, admin, guest] = await Promise.all([
      buildMember(t.app, o, { role: 'member', name: '李雷' }),
      buildMember(t.app, o, { role: 'manager', name: '韩梅梅' }),
      buildMember(t.app, o, { role: 'manager', name: '王强' }),
      buildMember(t.app, o, { role: 'admin', name: '赵敏' }),
      buildMember(t.app, o, { role: 'guest', name: '访客' }),
    ]);
    const parent = await buildTeam(o.owner, { name: '华东大区' });
    const child = await buildTeam(o.owner, { name: '上海组', parentId: parent.id });
    const sibling = await buildTeam(o.owner, { name: '华南大区' });
    await addTeamMember(o.owner, parent.id, parentManager.userId!, { isLead: true });
    await addTeamMember(o.owner, child.id, rep.userId!);
    await addTeamMember(o.owner, sibling.id, siblingManager.userId!, { isLead: true });
    const repDeal = await buildDeal(rep, { amountMinor: 100 });
    const ownerDeal = await buildDeal(o.owner, { amountMinor: 20 });
    const siblingDeal = await buildDeal(siblingManager, { amountMinor: 3 });
    const cases: [Agent, string[]][] = [
      [rep, [repDeal.id]],
      [parentManager, [repDeal.id]],
      [siblingManager, [siblingDeal.id]],
      [admin, [repDeal.id, ownerDeal.id, siblingDeal.id]],
      [o.owner, [repDeal.id, ownerDeal.id, siblingDeal.id]],
      [guest, []],
    ];
    const amounts = new Map([repDeal, ownerDeal, siblingDeal].map((d) => [d.id, d.amountMinor]));
    for (const [who, expected] of cases) {
      const list = await who.get('/api/v1/deals');
      expect(list.body.items.map((d: Deal) => d.id).sort()).toEqual([...expected].sort());
      expect(list.body.total).toBe(expected.length);
      const board = await who.get<PipelineBoard>(`/api/v1/pipelines/${p.id}/board`);
      expect(board.body.columns[0]!.count).toBe(expected.length);
      expect(board.body.columns[0]!.totalAmountMinor).toBe(expected.reduce((s, id) => s + amounts.get(id)!, 0));
      expect(board.body.columns[0]!.deals.map((d) => d.id).sort()).toEqual([...expected].sort());
      for (const deal of [repDeal, ownerDeal, siblingDeal]) {
        const read = await who.get(`/api/v1/deals/${deal.id}`);
        expect(read.status).toBe(expected.includes(deal.id) ? 200 : 404);
      }
    }
    expect((await rep.patch(`/api/v1/deals/${ownerDeal.id}`, { name: 'x' })).status).toBe(404);
    expect((await guest.post('/api/v1/deals', { name: 'x', customerId: repDeal.customer.id })).status).toBe(403);
    // A member may not delete a deal someone else owns even when it is shared with them; a manager may.
    expect((await parentManager.delete(`/api/v1/deals/${repDeal.id}`)).status).toBe(204);
  });
});
