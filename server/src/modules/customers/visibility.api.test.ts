import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { buildContact, buildCustomer } from '#test/factories/crm.ts';
import { addTeamMember, buildTeam } from '#test/factories/teams.ts';
import type { Agent } from '#test/http.ts';

/**
 * The CRM visibility matrix: sales (parent) ← east (child) and west (sibling). Each viewer's
 * list, search and total must hold exactly the customers they may see, and every other id 404.
 */
let t: TestApp;
let viewers: Record<'member' | 'parentManager' | 'siblingManager' | 'admin' | 'guest', Agent>;
let ids: Record<'east' | 'eastPeer' | 'west' | 'pool' | 'sharedWest', string>;
let contactIds: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrg(t.app);
  const member = await buildMember(t.app, org, { name: '东区销售' });
  const eastPeer = await buildMember(t.app, org, { name: '东区同事' });
  const westRep = await buildMember(t.app, org, { name: '西区销售' });
  const parentManager = await buildMember(t.app, org, { role: 'manager', name: '销售总监' });
  const siblingManager = await buildMember(t.app, org, { role: 'manager', name: '西区经理' });
  const admin = await buildMember(t.app, org, { role: 'admin', name: '管理员' });
  const guest = await buildMember(t.app, org, { role: 'guest', name: '访客' });
  const sales = await buildTeam(org.owner, { name: '销售部' });
  const east = await buildTeam(org.owner, { name: '东区', parentId: sales.id });
  const west = await buildTeam(org.owner, { name: '西区', parentId: sales.id });
  await addTeamMember(org.owner, sales.id, parentManager.userId!, { isLead: true });
  await addTeamMember(org.owner, east.id, member.userId!);
  await addTeamMember(org.owner, east.id, eastPeer.userId!);
  await addTeamMember(org.owner, west.id, westRep.userId!);
  await addTeamMember(org.owner, west.id, siblingManager.userId!, { isLead: true });
  ids = {
    east: (await buildCustomer(member, { name: '张伟东区客户' })).id,
    eastPeer: (await buildCustomer(eastPeer, { name: '张伟同事客户' })).id,
    west: (await buildCustomer(westRep, { name: '张伟西区客户' })).id,
    pool: (await buildCustomer(org.owner, { name: '张伟公海客户', ownerId: null })).id,
    sharedWest: (await buildCustomer(westRep, { name: '张伟共享客户' })).id,
  };
  const share = await westRep.put(`/api/v1/customers/${ids.sharedWest}/shares/${member.userId}`);
  if (share.status !== 200) throw new Error(share.text);
  contactIds = {};
  for (const key of ['east', 'west'] as const) {
    const owner = key === 'east' ? member : westRep;
    contactIds[key] = (await buildContact(owner, ids[key], { name: `${key}联系人` })).id;
  }
  viewers = { member, parentManager, siblingManager, admin, guest };
});
afterAll(async () => {
  await t.close();
});

const ALL = ['east', 'eastPeer', 'west', 'pool', 'sharedWest'] as const;
const MATRIX: Record<keyof typeof viewers, (typeof ALL)[number][]> = {
  member: ['east', 'pool', 'sharedWest'],
  parentManager: ['east', 'eastPeer', 'west', 'pool', 'sharedWest'],
  siblingManager: ['west', 'pool', 'sharedWest'],
  admin: [...ALL],
  guest: [],
};

describe('customer visibility matrix', () => {
  for (const [viewer, visible] of Object.entries(MATRIX) as [keyof typeof viewers, (typeof ALL)[number][]][]) {
    it(`${viewer}: list, search, count and read see exactly ${visible.join(', ') || 'nothing'}`, async () => {
      const agent = viewers[viewer];
      const expected = visible.map((k) => ids[k]).sort();
      if (viewer === 'guest') {
        expect((await agent.get('/api/v1/customers')).status).toBe(403);
        expect((await agent.get('/api/v1/contacts')).status).toBe(403);
        return;
      }
      const list = await agent.get('/api/v1/customers', { query: { limit: 200 } });
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { id: string }) => c.id).sort()).toEqual(expected);
      expect(list.body.total).toBe(expected.length);
      const search = await agent.get('/api/v1/customers', { query: { q: 'zw' } });
      expect(search.body.items.map((c: { id: string }) => c.id).sort()).toEqual(expected);
      expect(search.body.total).toBe(expected.length);
      for (const key of ALL) {
        const read = await agent.get(`/api/v1/customers/${ids[key]}`);
        expect({ key, status: read.status }).toEqual({ key, status: visible.includes(key) ? 200 : 404 });
      }
      for (const key of ['east', 'west'] as const) {
        const read = await agent.get(`/api/v1/contacts/${contactIds[key]}`);
        expect({ key, status: read.status }).toEqual({ key, status: visible.includes(key) ? 200 : 404 });
      }
      const contacts = await agent.get('/api/v1/contacts');
      expect(contacts.body.total).toBe((['east', 'west'] as const).filter((k) => visible.includes(k)).length);
    });
  }

  it('the pool is listed to every non-guest member', async () => {
    for (const viewer of ['member', 'parentManager', 'siblingManager', 'admin'] as const) {
      const pool = await viewers[viewer].get('/api/v1/customers', { query: { ownerId: 'none' } });
      expect(pool.body.items.map((c: { id: string }) => c.id)).toEqual([ids.pool]);
    }
  });

  it('a manager reassigns within the team, not outside it', async () => {
    const eastOnly = await viewers.parentManager.post('/api/v1/customers/reassign', {
      ids: [ids.eastPeer],
      ownerId: viewers.member.userId,
    });
    expect(eastOnly.body.results[0]).toMatchObject({ ok: true });
    const sibling = await viewers.siblingManager.post('/api/v1/customers/reassign', {
      ids: [ids.east],
      ownerId: viewers.siblingManager.userId,
    });
    expect(sibling.body.results[0]).toMatchObject({ ok: false, code: 'not_found' });
  });
});
