import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('labels', () => {
  it('org labels by admins, project labels by who may update the project', async () => {
    const org = await buildOrg(t.app);
    const lead = await buildMember(t.app, org, { role: 'member' });
    const colleague = await buildMember(t.app, org, { role: 'member' });
    const project = await buildProject(lead, { name: '标签项目' });
    const orgLabel = await org.owner.post('/api/v1/labels', { name: '重点客户', color: '#f5222d' });
    expect(orgLabel.status).toBe(201);
    expect(orgLabel.body).toMatchObject({ projectId: null, name: '重点客户', color: '#f5222d', version: 1 });
    expect((await lead.post('/api/v1/labels', { name: '普通' })).status).toBe(403);
    const own = await lead.post('/api/v1/labels', { name: '需报价', projectId: project.id });
    expect(own.status).toBe(201);
    expect((await colleague.post('/api/v1/labels', { name: '别人', projectId: project.id })).status).toBe(403);
    expect((await lead.post('/api/v1/labels', { name: '需报价', projectId: project.id })).status).toBe(409);
    const list = await colleague.get('/api/v1/labels', { query: { projectId: project.id } });
    expect(list.body.items.map((l: { name: string }) => l.name)).toEqual(['重点客户', '需报价']);
    expect((await colleague.get('/api/v1/labels')).body.items).toHaveLength(1);
    const renamed = await lead.patch(`/api/v1/labels/${own.body.id}`, { name: '待报价', version: 1 });
    expect(renamed.body).toMatchObject({ name: '待报价', version: 2 });
    expect((await lead.patch(`/api/v1/labels/${own.body.id}`, { name: 'x', version: 1 })).status).toBe(409);
    const bad = await lead.post('/api/v1/labels', { name: '', color: 'red', projectId: project.id });
    expect(bad.status).toBe(422);
    expect((await lead.delete(`/api/v1/labels/${own.body.id}`)).status).toBe(204);
    const other = await buildOrg(t.app);
    expect((await other.owner.delete(`/api/v1/labels/${orgLabel.body.id}`)).status).toBe(404);
    expect((await other.owner.get('/api/v1/labels', { query: { projectId: project.id } })).status).toBe(404);
  });
});
