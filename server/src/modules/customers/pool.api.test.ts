import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '#db/schema/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, signInAgain } from '#test/factories/accounts.ts';
import { buildCustomer } from '#test/factories/crm.ts';
import { runPoolReturn } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
const DAY = 24 * 60 * 60 * 1000;

describe('customer pool (公海池)', () => {
  it('claims under the daily limit and the holding cap', async () => {
    const org = await buildOrg(t.app);
    const settings = await org.owner.patch('/api/v1/crm-settings', { dailyClaimLimit: 2, maxCustomersPerRep: 3 });
    expect(settings.status).toBe(200);
    let rep = await buildMember(t.app, org);
    const pool = [];
    for (let i = 0; i < 4; i++) pool.push(await buildCustomer(org.owner, { name: `公海客户${i}`, ownerId: null }));
    expect((await rep.get('/api/v1/customers/pool-status')).body).toMatchObject({ remainingToday: 2, held: 0 });
    const first = await rep.post(`/api/v1/customers/${pool[0]!.id}/claim`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ inPool: false, owner: { id: rep.userId } });
    expect((await rep.post(`/api/v1/customers/${pool[0]!.id}/claim`)).body.code).toBe('conflict');
    expect((await rep.post(`/api/v1/customers/${pool[1]!.id}/claim`)).status).toBe(200);
    const limited = await rep.post(`/api/v1/customers/${pool[2]!.id}/claim`);
    expect(limited.status).toBe(409);
    expect(limited.body.code).toBe('pool_claim_limit');
    expect((await rep.get('/api/v1/customers/pool-status')).body).toMatchObject({ remainingToday: 0, held: 2 });

    t.clock.advance(DAY);
    // Sessions time out over a day: sign in again, as people do.
    rep = await signInAgain(t.app, rep);
    org.owner = await signInAgain(t.app, org.owner);
    await buildCustomer(rep, { name: '自建客户' });
    const capped = await rep.post(`/api/v1/customers/${pool[2]!.id}/claim`);
    expect(capped.status).toBe(409);
    expect(capped.body.code).toBe('pool_holding_cap');
    const guest = await buildMember(t.app, org, { role: 'guest' });
    expect((await guest.post(`/api/v1/customers/${pool[3]!.id}/claim`)).status).toBe(403);
  });

  it('keeps the previous owner out during the cool-down', async () => {
    const org = await buildOrg(t.app);
    await org.owner.patch('/api/v1/crm-settings', { reclaimCooldownDays: 7 });
    let rep = await buildMember(t.app, org);
    let other = await buildMember(t.app, org);
    const customer = await buildCustomer(rep, { name: '冷却期客户' });
    const released = await rep.post(`/api/v1/customers/${customer.id}/release`);
    expect(released.status).toBe(200);
    expect(released.body.inPool).toBe(true);
    const again = await rep.post(`/api/v1/customers/${customer.id}/claim`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('pool_reclaim_cooldown');
    t.clock.advance(7 * DAY + 1000);
    rep = await signInAgain(t.app, rep);
    other = await signInAgain(t.app, other);
    expect((await rep.post(`/api/v1/customers/${customer.id}/claim`)).status).toBe(200);
    expect((await other.post(`/api/v1/customers/${customer.id}/release`)).status).toBe(404);
  });

  it('warns, then returns idle customers to the pool, once', async () => {
    const org = await buildOrg(t.app);
    await org.owner.patch('/api/v1/crm-settings', { poolReturnDays: 10, poolReminderDays: 2 });
    const rep = await buildMember(t.app, org);
    const idle = await buildCustomer(rep, { name: '沉睡客户' });
    const db = t.database.db;

    t.clock.advance(8 * DAY + 1000);
    const warned = await runPoolReturn(db, t.clock.now());
    expect(warned.warned).toBeGreaterThanOrEqual(1);
    const again = await runPoolReturn(db, t.clock.now());
    expect(again).toEqual({ warned: 0, returned: 0 });
    const events = await db
      .select({ payload: outboxEvents.payload, audience: outboxEvents.audience })
      .from(outboxEvents)
      .where(and(eq(outboxEvents.orgId, org.id), eq(outboxEvents.type, 'customer.pool_return_warning')));
    expect(events).toEqual([
      expect.objectContaining({
        audience: { userIds: [rep.userId] },
        payload: expect.objectContaining({ customerId: idle.id }),
      }),
    ]);

    t.clock.advance(2 * DAY);
    const first = await runPoolReturn(db, t.clock.now());
    expect(first.returned).toBeGreaterThanOrEqual(1);
    expect((await runPoolReturn(db, t.clock.now())).returned).toBe(0);
    const owner = await signInAgain(t.app, org.owner);
    const after = await owner.get(`/api/v1/customers/${idle.id}`);
    expect(after.body).toMatchObject({ inPool: true, owner: null });
    const audit = await owner.get('/api/v1/audit-log', { query: { targetId: idle.id } });
    expect((audit.body.items as { action: string }[]).map((a) => a.action)).toContain('customer.returned_to_pool');
    // The scheduled job runs the same sweep.
    await t.platform.jobs.tick();
    await t.runJobs();
  });

  it('lets only admins read and change the rules', async () => {
    const org = await buildOrg(t.app);
    const rep = await buildMember(t.app, org);
    expect((await rep.get('/api/v1/crm-settings')).status).toBe(403);
    const current = await org.owner.get('/api/v1/crm-settings');
    expect(current.body).toMatchObject({ poolReturnDays: 30, dailyClaimLimit: 10, version: 1 });
    const bad = await org.owner.patch('/api/v1/crm-settings', { poolReturnDays: 5, poolReminderDays: 5 });
    expect(bad.status).toBe(422);
    const ok = await org.owner.patch('/api/v1/crm-settings', { poolReturnDays: 60, version: 1 });
    expect(ok.body).toMatchObject({ poolReturnDays: 60, version: 2 });
    expect((await org.owner.patch('/api/v1/crm-settings', { poolReturnDays: 61, version: 1 })).status).toBe(409);
  });
});
