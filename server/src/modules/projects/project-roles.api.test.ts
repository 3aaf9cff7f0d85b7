import type { OrgRole } from '@meridian/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';
import type { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;
let spare: Agent;
type ProjectRole = 'lead' | 'member' | 'viewer' | null;
type Person = { orgRole: OrgRole; projectRole: ProjectRole; agent: Agent };
const people: Person[] = [];
let orgProject: { id: string; version: number };
let privateProject: { id: string };

const CASES: [OrgRole, ProjectRole][] = [
  ['admin', null],
  ['manager', 'lead'],
  ['manager', 'member'],
  ['manager', null],
  ['member', 'lead'],
  ['member', 'member'],
  ['member', 'viewer'],
  ['member', null],
  ['guest', 'member'],
  ['guest', 'viewer'],
  ['guest', null],
];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  spare = await buildMember(t.app, org, { role: 'member', name: '备用' });
  orgProject = await buildProject(org.owner, { key: 'ORGP', name: '公开项目' });
  privateProject = await buildProject(org.owner, { key: 'PRIV', name: '私密项目', visibility: 'private' });
  for (const [orgRole, projectRole] of CASES) {
    const agent = await buildMember(t.app, org, { role: orgRole, name: `${orgRole}-${projectRole ?? 'none'}` });
    if (projectRole) {
      for (const project of [orgProject, privateProject]) {
        const put = await org.owner.put(`/api/v1/projects/${project.id}/members/${agent.userId}`, {
          role: projectRole,
        });
        expect(put.status).toBe(200);
      }
    }
    people.push({ orgRole, projectRole, agent });
  }
}, 120_000);
afterAll(async () => t.close());

/** The expected rights, written out independently of policy.ts. */
function expected(p: Person, visibility: 'org' | 'private') {
  const isAdmin = p.orgRole === 'admin' || p.orgRole === 'owner';
  const sees = isAdmin || p.projectRole !== null || (visibility === 'org' && p.orgRole !== 'guest');
  const manages = isAdmin || p.projectRole === 'lead';
  return {
    view: sees,
    update: sees && manages,
    editTasks: sees && (manages || p.projectRole === 'member'),
  };
}

const label = (p: Person) => `${p.orgRole} × ${p.projectRole ?? 'non-member'}`;

describe('project role matrix', () => {
  for (const visibility of ['org', 'private'] as const) {
    it(`decides view, update, manage members, delete and create tasks on an ${visibility} project`, async () => {
      const project = visibility === 'org' ? orgProject : privateProject;
      for (const person of people) {
        const want = expected(person, visibility);
        const got = await person.agent.get(`/api/v1/projects/${project.id}`);
        expect(got.status, label(person)).toBe(want.view ? 200 : 404);
        const listed = await person.agent.get('/api/v1/projects');
        expect(
          listed.body.items.some((p: { id: string }) => p.id === project.id),
          label(person),
        ).toBe(want.view);
        if (!want.view) {
          expect((await person.agent.patch(`/api/v1/projects/${project.id}`, { description: 'x' })).status).toBe(404);
          expect((await person.agent.delete(`/api/v1/projects/${project.id}`)).status).toBe(404);
          continue;
        }
        expect(got.body.abilities, label(person)).toMatchObject({
          update: want.update,
          delete: want.update,
          manageMembers: want.update,
          createTask: want.editTasks,
          editTasks: want.editTasks,
          comment: true,
        });
        expect(got.body.myRole, label(person)).toBe(person.projectRole);
        const patch = await person.agent.patch(`/api/v1/projects/${project.id}`, {
          description: `由 ${label(person)} 修改`,
        });
        expect(patch.status, label(person)).toBe(want.update ? 200 : 403);
        const put = await person.agent.put(`/api/v1/projects/${project.id}/members/${spare.userId}`, {
          role: 'viewer',
        });
        expect(put.status, label(person)).toBe(want.update ? 200 : 403);
        if (!want.update) {
          expect((await person.agent.delete(`/api/v1/projects/${project.id}`)).status, label(person)).toBe(403);
          expect((await person.agent.post(`/api/v1/projects/${project.id}/archive`)).status, label(person)).toBe(403);
          expect(
            (
              await person.agent.post(`/api/v1/projects/${project.id}/statuses`, {
                name: '评审',
                category: 'in_progress',
              })
            ).status,
            label(person),
          ).toBe(403);
        }
      }
    }, 120_000);
  }

  it('lets a lead (a plain member of the organisation) delete their project; guests may not create projects', async () => {
    const lead = people.find((p) => p.orgRole === 'member' && p.projectRole === 'lead')!;
    const own = await buildProject(lead.agent, { name: '自己的项目' });
    expect((await lead.agent.delete(`/api/v1/projects/${own.id}`)).status).toBe(204);
    expect((await lead.agent.get(`/api/v1/projects/${own.id}`)).status).toBe(404);
    const guest = people.find((p) => p.orgRole === 'guest')!;
    expect((await guest.agent.post('/api/v1/projects', { key: 'GUEST', name: '访客' })).status).toBe(403);
  });

  it('adds only active organisation members, never a guest as lead, and keeps the last lead', async () => {
    const project = await buildProject(org.owner, { name: '成员管理' });
    const guest = people.find((p) => p.orgRole === 'guest')!;
    const asLead = await org.owner.put(`/api/v1/projects/${project.id}/members/${guest.agent.userId}`, {
      role: 'lead',
    });
    expect(asLead.status).toBe(422);
    const stranger = await buildOrg(t.app);
    const outsider = await org.owner.put(`/api/v1/projects/${project.id}/members/${stranger.owner.userId}`, {
      role: 'member',
    });
    expect(outsider.status).toBe(404);
    const last = await org.owner.delete(`/api/v1/projects/${project.id}/members/${org.owner.userId}`);
    expect(last.status).toBe(409);
    const demote = await org.owner.put(`/api/v1/projects/${project.id}/members/${org.owner.userId}`, {
      role: 'member',
    });
    expect(demote.status).toBe(409);
    const added = await org.owner.put(`/api/v1/projects/${project.id}/members/${spare.userId}`, { role: 'member' });
    expect(added.body.items.map((m: { role: string }) => m.role)).toEqual(['lead', 'member']);
    const removed = await org.owner.delete(`/api/v1/projects/${project.id}/members/${spare.userId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.items).toHaveLength(1);
    expect((await org.owner.delete(`/api/v1/projects/${project.id}/members/${spare.userId}`)).status).toBe(404);
  });
});
