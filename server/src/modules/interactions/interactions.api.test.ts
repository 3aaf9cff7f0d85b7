import type { Interaction } from '@meridian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildDeal, buildDealCustomer } from '#test/factories/deals.ts';
import { buildProject } from '#test/factories/projects.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
});
afterAll(async () => t.close());

describe('interactions', () => {
  it('requires sign-in', async () => {
    expect((await new Agent(t.app).get('/api/v1/interactions')).status).toBe(401);
  });

  it('logs a visit on a deal, moving the deal’s and the customer’s last activity', async () => {
    const deal = await buildDeal(org.owner);
    const at = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const response = await org.owner.post<Interaction>('/api/v1/interactions', {
      kind: 'visit',
      occurredAt: at,
      customerId: deal.customer.id,
      dealId: deal.id,
      summary: '拜访采购部，确认预算',
      outcome: '预算已批',
      nextStep: '发送报价单',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'visit',
      occurredAt: at,
      deal: { id: deal.id },
      nextStep: '发送报价单',
    });
    expect(response.body.participants.map((p) => p.id)).toEqual([org.owner.userId]);
    const after = await org.owner.get(`/api/v1/deals/${deal.id}`);
    expect(after.body.lastActivityAt).toBe(at);
    await t.runJobs();
    const customer = await org.owner.get(`/api/v1/customers/${deal.customer.id}`);
    expect(customer.body.lastActivityAt).not.toBeNull();
    const list = await org.owner.get('/api/v1/interactions', { query: { dealId: deal.id } });
    expect(list.body.items.map((i: Interaction) => i.id)).toEqual([response.body.id]);
  });

  it('creates the follow-up task through the tasks module', async () => {
    const customer = await buildDealCustomer(org.owner);
    const project = await buildProject(org.owner);
    const response = await org.owner.post<Interaction>('/api/v1/interactions', {
      kind: 'call',
      customerId: customer.id,
      summary: '电话沟通需求',
      nextStep: '准备演示环境',
      createFollowUpTask: { projectId: project.id, dueDate: '2026-05-08' },
    });
    expect(response.status).toBe(201);
    expect(response.body.followUpTaskId).not.toBeNull();
    expect(response.body.nextStepDue).toBe('2026-05-08');
    const task = await org.owner.get(`/api/v1/tasks/${response.body.followUpTaskId}`);
    expect(task.status).toBe(200);
    expect(task.body).toMatchObject({ title: '准备演示环境', dueDate: '2026-05-08' });
  });

  it('answers field errors and lets only the author or an admin change it', async () => {
    const member = await buildMember(t.app, org, { role: 'member' });
    const customer = await buildDealCustomer(member);
    const other = await buildDeal(org.owner);
    const wrongDeal = await member.post('/api/v1/interactions', {
      kind: 'call',
      customerId: customer.id,
      dealId: other.id,
      summary: 'x',
    });
    expect(wrongDeal.status).toBe(422);
    expect(wrongDeal.body.errors[0].pointer).toBe('/body/dealId');
    const badKind = await member.post('/api/v1/interactions', { kind: 'fax', customerId: customer.id, summary: 'x' });
    expect(badKind.status).toBe(422);
    const logged = await member.post('/api/v1/interactions', {
      kind: 'wechat',
      customerId: customer.id,
      summary: '微信确认时间',
    });
    expect(logged.status).toBe(201);
    const colleague = await buildMember(t.app, org, { role: 'manager' });
    expect((await colleague.patch(`/api/v1/interactions/${logged.body.id}`, { summary: 'x' })).status).toBe(404);
    const edited = await member.patch(`/api/v1/interactions/${logged.body.id}`, { outcome: '已约下周', version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body.outcome).toBe('已约下周');
    const stale = await member.patch(`/api/v1/interactions/${logged.body.id}`, { outcome: 'y', version: 1 });
    expect(stale.status).toBe(409);
    expect((await org.owner.delete(`/api/v1/interactions/${logged.body.id}`)).status).toBe(204);
  });

  it('answers 404 for another organisation’s interaction and hides it from lists', async () => {
    const customer = await buildDealCustomer(org.owner);
    const logged = await org.owner.post('/api/v1/interactions', {
      kind: 'email',
      customerId: customer.id,
      summary: '邮件',
    });
    const stranger = await buildOrg(t.app);
    expect((await stranger.owner.get(`/api/v1/interactions/${logged.body.id}`)).status).toBe(404);
    expect((await stranger.owner.delete(`/api/v1/interactions/${logged.body.id}`)).status).toBe(404);
    expect(
      (await stranger.owner.get('/api/v1/interactions', { query: { customerId: customer.id } })).body.items,
    ).toEqual([]);
    const guest = await buildMember(t.app, org, { role: 'guest' });
    expect((await guest.get('/api/v1/interactions', { query: { customerId: customer.id } })).body.items).toEqual([]);
  });
});
