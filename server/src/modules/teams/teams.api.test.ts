import type { Team } from '@meridian/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMembers } from '#db/schema/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { addTeamMember, buildTeam } from '#test/factories/teams.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

// A nullable field that fails reports each branch of its union (format, type, anyOf): one pointer is enough here.
const pointers = (body: { errors?: { pointer: string }[] }) =>
  [...new Set((body.errors ?? []).map((e) => e.pointer))].sort();

describe('teams', () => {
  it('creates a three-level hierarchy with Chinese names', async () => {
    const org = await buildOrg(t.app);
    const region = await org.owner.post('/api/v1/teams', { name: '  华东大区 ', description: '上海、江苏、浙江' });
    expect(region.status).toBe(201);
    expect(region.body).toMatchObject({
      name: '华东大区',
      description: '上海、江苏、浙江',
      parentId: null,
      members: [],
      version: 1,
    });
    expect(region.body.abilities).toEqual({ update: true, delete: true, manageMembers: true });
    const group = await buildTeam(org.owner, { name: '上海销售一组', parentId: region.body.id });
    const squad = await buildTeam(org.owner, { name: '浦东小组', parentId: group.id });
    const got = await org.owner.get(`/api/v1/teams/${squad.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: squad.id, name: '浦东小组', parentId: group.id, description: '' });
    expect(Date.parse(got.body.createdAt)).not.toBeNaN();
  });

  it('lists teams by name then id, page by page with an opaque cursor', async () => {
    const org = await buildOrg(t.app);
    for (const name of ['深圳组', '北京组', '上海组', '成都组', '杭州组']) await buildTeam(org.owner, { name });
    const whole = await org.owner.get('/api/v1/teams', { query: { limit: 200 } });
    expect(whole.body.items).toHaveLength(5);
    expect(whole.body.nextCursor).toBeNull();
    const paged: Team[] = [];
    let cursor: string | undefined;
    do {
      const page = await org.owner.get('/api/v1/teams', { query: { limit: 2, cursor } });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.items);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(paged.map((team) => team.id)).toEqual(whole.body.items.map((team: Team) => team.id));
    const bad = await org.owner.get('/api/v1/teams', { query: { limit: 201, cursor: 'bm9wZQ' } });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual(['/querystring/limit']);
    const forged = await org.owner.get('/api/v1/teams', {
      query: { cursor: Buffer.from('["a","x"]').toString('base64url') },
    });
    expect(forged.status).toBe(422);
    expect(pointers(forged.body)).toEqual(['/querystring/cursor']);
  });

  it('answers every invalid field at once with pointers', async () => {
    const org = await buildOrg(t.app);
    const invalid = await org.owner.post('/api/v1/teams', {
      name: '',
      description: '长'.repeat(1001),
      parentId: 'not-a-uuid',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('validation_failed');
    expect(pointers(invalid.body)).toEqual(['/body/description', '/body/name', '/body/parentId']);
    const missing = await org.owner.post('/api/v1/teams', {});
    expect(pointers(missing.body)).toEqual(['/body/name']);
    const blank = await org.owner.post('/api/v1/teams', { name: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.errors).toMatchObject([{ field: 'name', code: 'too_short', pointer: '/body/name' }]);
    const badPatch = await org.owner.patch(`/api/v1/teams/${(await buildTeam(org.owner)).id}`, {
      name: 'x'.repeat(81),
      version: 0,
    });
    expect(pointers(badPatch.body)).toEqual(['/body/name', '/body/version']);
  });

  it('needs the parent to be a team of the same organisation', async () => {
    const org = await buildOrg(t.app);
    const other = await buildOrg(t.app);
    const foreign = await buildTeam(other.owner, { name: '外部团队' });
    for (const parentId of [foreign.id, '0190a000-0000-7000-8000-000000000000']) {
      const response = await org.owner.post('/api/v1/teams', { name: '华南大区', parentId });
      expect(response.status).toBe(422);
      expect(response.body.errors).toMatchObject([{ field: 'parentId', pointer: '/body/parentId' }]);
    }
    const team = await buildTeam(org.owner, { name: '华南大区' });
    const moved = await org.owner.patch(`/api/v1/teams/${team.id}`, { parentId: foreign.id });
    expect(moved.status).toBe(422);
    expect(pointers(moved.body)).toEqual(['/body/parentId']);
  });

  it('refuses a duplicate name under the same parent, and allows it under another', async () => {
    const org = await buildOrg(t.app);
    const north = await buildTeam(org.owner, { name: '华北大区' });
    const east = await buildTeam(org.owner, { name: '华东大区' });
    const topLevel = await org.owner.post('/api/v1/teams', { name: '华北大区' });
    expect(topLevel.status).toBe(409);
    expect(topLevel.body).toMatchObject({
      code: 'already_exists',
      errors: [{ field: 'name', code: 'taken', pointer: '/body/name' }],
    });
    await buildTeam(org.owner, { name: '销售一组', parentId: north.id });
    const sibling = await org.owner.post('/api/v1/teams', { name: '销售一组', parentId: north.id });
    expect(sibling.status).toBe(409);
    expect(sibling.body.errors[0].field).toBe('name');
    const cousin = await buildTeam(org.owner, { name: '销售一组', parentId: east.id });
    expect((await org.owner.patch(`/api/v1/teams/${cousin.id}`, { parentId: north.id })).status).toBe(409);
    expect((await org.owner.patch(`/api/v1/teams/${east.id}`, { name: '华北大区' })).status).toBe(409);
    const other = await buildOrg(t.app);
    expect((await other.owner.post('/api/v1/teams', { name: '华北大区' })).status).toBe(201);
  });

  it('updates with If-Match or a body version, and answers a stale one with the current team', async () => {
    const org = await buildOrg(t.app);
    const team = await buildTeam(org.owner, { name: '上海销售一组' });
    const renamed = await org.owner.patch(
      `/api/v1/teams/${team.id}`,
      { name: '上海销售1组', description: '新客户' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '上海销售1组', description: '新客户', version: 2 });
    const stale = await org.owner.patch(`/api/v1/teams/${team.id}`, { name: '旧名字', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', current: { name: '上海销售1组', version: 2 } });
    const staleHeader = await org.owner.patch(
      `/api/v1/teams/${team.id}`,
      { description: 'x' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(staleHeader.status).toBe(409);
    const badHeader = await org.owner.patch(
      `/api/v1/teams/${team.id}`,
      { description: 'x' },
      { headers: { 'if-match': 'abc' } },
    );
    expect(badHeader.status).toBe(422);
    const unchanged = await org.owner.patch(`/api/v1/teams/${team.id}`, { name: '上海销售1组', version: 2 });
    expect(unchanged.body.version).toBe(2);
    const staleDelete = await org.owner.delete(`/api/v1/teams/${team.id}`, { headers: { 'if-match': '"1"' } });
    expect(staleDelete.status).toBe(409);
  });

  it('refuses to move a team under itself or a descendant (team_cycle), and moves it elsewhere', async () => {
    const org = await buildOrg(t.app);
    const region = await buildTeam(org.owner, { name: '华东大区' });
    const group = await buildTeam(org.owner, { name: '上海销售一组', parentId: region.id });
    const squad = await buildTeam(org.owner, { name: '浦东小组', parentId: group.id });
    for (const parentId of [region.id, group.id, squad.id]) {
      const response = await org.owner.patch(`/api/v1/teams/${region.id}`, { parentId });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'team_cycle',
        errors: [{ field: 'parentId', pointer: '/body/parentId' }],
      });
    }
    const toTop = await org.owner.patch(`/api/v1/teams/${squad.id}`, { parentId: null });
    expect(toTop.status).toBe(200);
    expect(toTop.body.parentId).toBeNull();
    const under = await org.owner.patch(`/api/v1/teams/${region.id}`, { parentId: squad.id });
    expect(under.status).toBe(200);
    expect(under.body).toMatchObject({ parentId: squad.id, version: 2 });
  });

  it('deletes a team and its memberships, but not a team with sub-teams', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { name: '陈静' });
    const region = await buildTeam(org.owner, { name: '华东大区' });
    const group = await buildTeam(org.owner, { name: '上海销售一组', parentId: region.id });
    await addTeamMember(org.owner, group.id, member.userId!, { isLead: true });
    const refused = await org.owner.delete(`/api/v1/teams/${region.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('conflict');
    expect(refused.body.detail).toMatch(/sub-teams/);
    expect((await org.owner.delete(`/api/v1/teams/${group.id}`)).status).toBe(204);
    expect((await org.owner.get(`/api/v1/teams/${group.id}`)).status).toBe(404);
    const rows = await t.database.db
      .select({ userId: teamMembers.userId })
      .from(teamMembers)
      .where(and(eq(teamMembers.orgId, org.id), eq(teamMembers.teamId, group.id)));
    expect(rows).toEqual([]);
    expect((await org.owner.delete(`/api/v1/teams/${region.id}`)).status).toBe(204);
    expect((await org.owner.delete(`/api/v1/teams/${region.id}`)).status).toBe(404);
  });

  it('serialises concurrent reshapes: no cycle and no duplicate top-level name slip through', async () => {
    const org = await buildOrg(t.app);
    const a = await buildTeam(org.owner, { name: '甲组' });
    const b = await buildTeam(org.owner, { name: '乙组' });
    const moves = await Promise.all([
      org.owner.patch(`/api/v1/teams/${a.id}`, { parentId: b.id }),
      org.owner.patch(`/api/v1/teams/${b.id}`, { parentId: a.id }),
    ]);
    expect(moves.map((r) => r.status).sort()).toEqual([200, 422]);
    const creates = await Promise.all([1, 2, 3].map(() => org.owner.post('/api/v1/teams', { name: '丙组' })));
    expect(creates.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });
});
