import { ORG_ROLES, type OrgRole } from '@meridian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { addTeamMember, buildTeam } from '#test/factories/teams.ts';
import { Agent } from '#test/http.ts';
import { canTeam, TEAM_ACTIONS, type TeamAction, teamAbilities } from './policy.ts';

const ACTIONS = Object.keys(TEAM_ACTIONS) as TeamAction[];

/** Who may do what: reads for everyone in the organisation, writes for admins and owners. */
const ALLOWED: Record<OrgRole, TeamAction[]> = {
  owner: ACTIONS,
  admin: ACTIONS,
  manager: ['list', 'get'],
  member: ['list', 'get'],
  guest: ['list', 'get'],
};

describe('teams policy (pure)', () => {
  for (const role of ORG_ROLES) {
    it(`${role}: ${ALLOWED[role].join(', ')}`, () => {
      for (const action of ACTIONS) expect(canTeam({ role }, action), action).toBe(ALLOWED[role].includes(action));
      const writes = ALLOWED[role].includes('update');
      expect(teamAbilities({ role })).toEqual({ update: writes, delete: writes, manageMembers: writes });
    });
  }
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** One request per action, each on fixtures of its own so that the order does not matter. */
async function attempt(org: TestOrg, actor: Agent, action: TeamAction): Promise<number> {
  const team = await buildTeam(org.owner);
  const url = `/api/v1/teams/${team.id}`;
  switch (action) {
    case 'list':
      return (await actor.get('/api/v1/teams')).status;
    case 'get':
      return (await actor.get(url)).status;
    case 'create':
      return (await actor.post('/api/v1/teams', { name: '新团队', parentId: team.id })).status;
    case 'update':
      return (await actor.patch(url, { name: `${team.name}（改）`, version: team.version })).status;
    case 'delete':
      return (await actor.delete(url)).status;
    case 'putMember':
      return (await actor.put(`${url}/members/${org.owner.userId}`, { isLead: true })).status;
    case 'removeMember':
      await addTeamMember(org.owner, team.id, org.owner.userId!);
      return (await actor.delete(`${url}/members/${org.owner.userId}`)).status;
  }
}

describe('teams permission matrix (HTTP)', () => {
  for (const role of ORG_ROLES) {
    it(`${role} → ${ACTIONS.map((a) => `${a}:${ALLOWED[role].includes(a) ? '2xx' : '403'}`).join(' ')}`, async () => {
      const org = await buildOrg(t.app);
      const actor = role === 'owner' ? org.owner : await buildMember(t.app, org, { role, name: '赵磊' });
      const got: Record<string, number> = {};
      for (const action of ACTIONS) got[action] = await attempt(org, actor, action);
      const expected = Object.fromEntries(
        ACTIONS.map((a) => [a, ALLOWED[role].includes(a) ? (a === 'create' ? 201 : a === 'delete' ? 204 : 200) : 403]),
      );
      expect(got).toEqual(expected);
      const listed = await actor.get('/api/v1/teams');
      const writes = ALLOWED[role].includes('update');
      expect(listed.body.items[0].abilities).toEqual({ update: writes, delete: writes, manageMembers: writes });
    });
  }
});

describe('teams access', () => {
  it('answers 401 on every route without a session', async () => {
    const org = await buildOrg(t.app);
    const team = await buildTeam(org.owner);
    const anonymous = new Agent(t.app);
    const member = `/api/v1/teams/${team.id}/members/${org.owner.userId}`;
    const calls = [
      anonymous.get('/api/v1/teams'),
      anonymous.post('/api/v1/teams', { name: '匿名' }),
      anonymous.get(`/api/v1/teams/${team.id}`),
      anonymous.patch(`/api/v1/teams/${team.id}`, { name: '匿名' }),
      anonymous.delete(`/api/v1/teams/${team.id}`),
      anonymous.put(member, {}),
      anonymous.delete(member),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('unauthenticated');
    }
    expect((await org.owner.get(`/api/v1/teams/${team.id}`)).body.name).toBe(team.name);
  });

  it("answers 404 for another organisation's team on every route, and leaves it alone", async () => {
    const mine = await buildOrg(t.app);
    const theirs = await buildOrg(t.app);
    const theirTeam = await buildTeam(theirs.owner, { name: '华东大区' });
    await addTeamMember(theirs.owner, theirTeam.id, theirs.owner.userId!, { isLead: true });
    const myTeam = await buildTeam(mine.owner, { name: '华南大区' });
    const url = `/api/v1/teams/${theirTeam.id}`;
    const responses = [
      await mine.owner.get(url),
      await mine.owner.patch(url, { name: '改名' }),
      await mine.owner.put(`${url}/members/${mine.owner.userId}`, {}),
      await mine.owner.put(`${url}/members/${theirs.owner.userId}`, {}),
      await mine.owner.delete(`${url}/members/${theirs.owner.userId}`),
      await mine.owner.delete(url),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const guest = await buildMember(t.app, mine, { role: 'guest' });
    expect((await guest.delete(url)).status).toBe(404);
    expect((await mine.owner.patch(`/api/v1/teams/${myTeam.id}`, { parentId: theirTeam.id })).status).toBe(422);
    const list = await mine.owner.get('/api/v1/teams');
    expect(list.body.items.map((team: { id: string }) => team.id)).toEqual([myTeam.id]);
    const untouched = await theirs.owner.get(url);
    expect(untouched.body).toMatchObject({
      name: '华东大区',
      version: 1,
      members: [{ userId: theirs.owner.userId, isLead: true }],
    });
  });
});
