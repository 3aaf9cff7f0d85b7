import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg, type TestOrg } from '#test/factories/accounts.ts';
import { buildProject, buildTask, putProjectMember, type TestProject } from '#test/factories/work.ts';
import type { Agent } from '#test/http.ts';

let t: TestApp;
let org: TestOrg;
let owner: Agent;
let lead: Agent;
let member: Agent;
let viewer: Agent;
let outsider: Agent;
let guestIn: Agent;
let guestOut: Agent;
let open: TestProject;
let secret: TestProject;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrg(t.app);
  owner = org.owner;
  lead = await buildMember(t.app, org, { name: '王磊' });
  member = await buildMember(t.app, org, { name: '李强' });
  viewer = await buildMember(t.app, org, { name: '赵敏' });
  outsider = await buildMember(t.app, org, { name: '孙丽' });
  guestIn = await buildMember(t.app, org, { role: 'guest', name: '外部顾问' });
  guestOut = await buildMember(t.app, org, { role: 'guest', name: '访客' });
  open = await buildProject(owner, { visibility: 'org' });
  secret = await buildProject(owner, { visibility: 'private' });
  for (const p of [open, secret]) {
    await putProjectMember(owner, p.id, lead.userId!, 'lead');
    await putProjectMember(owner, p.id, member.userId!, 'member');
    await putProjectMember(owner, p.id, viewer.userId!, 'viewer');
  }
  await putProjectMember(owner, open.id, guestIn.userId!, 'viewer');
});
afterAll(() => t.close());

type Who = 'owner' | 'lead' | 'member' | 'viewer' | 'outsider' | 'guestIn' | 'guestOut';
const agents = (): Record<Who, Agent> => ({ owner, lead, member, viewer, outsider, guestIn, guestOut });

/** project → role → [read status, write status]. */
const MATRIX: Record<'open' | 'secret', Record<Who, [number, number]>> = {
  open: {
    owner: [200, 200],
    lead: [200, 200],
    member: [200, 200],
    viewer: [200, 403],
    outsider: [200, 403],
    guestIn: [200, 403],
    guestOut: [404, 404],
  },
  secret: {
    owner: [200, 200],
    lead: [200, 200],
    member: [200, 200],
    viewer: [200, 403],
    outsider: [404, 404],
    guestIn: [404, 404],
    guestOut: [404, 404],
  },
};

describe('role matrix', () => {
  for (const which of ['open', 'secret'] as const) {
    for (const [who, [read, write]] of Object.entries(MATRIX[which]) as [Who, [number, number]][]) {
      it(`${who} in the ${which} project: read ${read}, write ${write}`, async () => {
        const project = which === 'open' ? open : secret;
        const agent = agents()[who];
        const task = await buildTask(owner, project.id);
        expect((await agent.get(`/api/v1/tasks/${task.id}`)).status).toBe(read);
        expect((await agent.get(`/api/v1/projects/${project.id}/board`)).status).toBe(read);
        const listed = await agent.get('/api/v1/tasks', { query: { projectId: project.id } });
        expect(listed.body.items.some((x: { id: string }) => x.id === task.id)).toBe(read === 200);
        if (read === 200) {
          const detail = await agent.get(`/api/v1/tasks/${task.id}`);
          expect(detail.body.abilities.update).toBe(write === 200);
        }
        const created = await agent.post('/api/v1/tasks', { projectId: project.id, title: '新任务' });
        expect(created.status).toBe(write === 200 ? 201 : write);
        expect((await agent.patch(`/api/v1/tasks/${task.id}`, { priority: 'urgent' })).status).toBe(write);
        const doing = project.statuses.find((s) => s.category === 'in_progress')!;
        expect((await agent.post(`/api/v1/tasks/${task.id}/move`, { statusId: doing.id })).status).toBe(write);
        expect((await agent.post(`/api/v1/tasks/${task.id}/checklist`, { title: '清单' })).status).toBe(
          write === 200 ? 201 : write,
        );
        const bulk = await agent.post('/api/v1/tasks/bulk', {
          ids: [task.id],
          action: 'update',
          patch: { priority: 'low' },
        });
        expect(bulk.status).toBe(200);
        const code = write === 200 ? null : write === 403 ? 'forbidden' : 'not_found';
        expect(bulk.body.results).toEqual([{ id: task.id, ok: write === 200, code }]);
        expect((await agent.delete(`/api/v1/tasks/${task.id}`)).status).toBe(write);
      });
    }
  }

  it('answers 404 for every route with another organisation’s task', async () => {
    const foreign = await buildOrg(t.app);
    const foreignProject = await buildProject(foreign.owner);
    const task = await buildTask(foreign.owner, foreignProject.id);
    const item = await foreign.owner.post(`/api/v1/tasks/${task.id}/checklist`, { title: '清单' });
    const base = `/api/v1/tasks/${task.id}`;
    expect((await owner.get(base)).status).toBe(404);
    expect((await owner.get(`/api/v1/tasks/by-key/${task.key}`)).status).toBe(404);
    expect((await owner.patch(base, { title: 'x' })).status).toBe(404);
    expect((await owner.delete(base)).status).toBe(404);
    expect((await owner.post(`${base}/restore`)).status).toBe(404);
    expect((await owner.post(`${base}/blocked`, { isBlocked: true })).status).toBe(404);
    expect((await owner.post(`${base}/move`, {})).status).toBe(404);
    expect((await owner.put(`${base}/watchers/${owner.userId}`)).status).toBe(404);
    expect((await owner.patch(`${base}/checklist/${item.body.id}`, { isDone: true })).status).toBe(404);
    expect((await owner.get(`/api/v1/projects/${foreignProject.id}/board`)).status).toBe(404);
    const receipt = await foreign.owner.delete(base);
    expect((await owner.post(`/api/v1/undo-actions/${receipt.body.undoId}`)).status).toBe(404);
    const listed = await owner.get('/api/v1/tasks', { query: { projectId: foreignProject.id } });
    expect(listed.body).toMatchObject({ items: [], total: 0 });
  });

  it('lets only editors see and restore the trash', async () => {
    const task = await buildTask(owner, open.id);
    await owner.delete(`/api/v1/tasks/${task.id}`);
    const trashOf = async (agent: Agent) =>
      (await agent.get('/api/v1/tasks', { query: { deleted: 'true', projectId: open.id } })).body.items.map(
        (x: { id: string }) => x.id,
      );
    expect(await trashOf(member)).toContain(task.id);
    expect(await trashOf(viewer)).not.toContain(task.id);
    expect((await viewer.post(`/api/v1/tasks/${task.id}/restore`)).status).toBe(403);
    expect((await member.post(`/api/v1/tasks/${task.id}/restore`)).status).toBe(200);
  });
});
