import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';
import { validateCustomFieldValues } from './validator.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('custom fields', () => {
  it('admins define fields; members read them; project values are validated per field', async () => {
    const org = await buildOrg(t.app);
    const member = await buildMember(t.app, org, { role: 'member' });
    const region = await org.owner.post('/api/v1/custom-fields', {
      entity: 'project',
      name: '大区',
      type: 'select',
      options: [
        { id: 'east', label: '华东' },
        { id: 'south', label: '华南' },
      ],
    });
    expect(region.status).toBe(201);
    const budget = await org.owner.post('/api/v1/custom-fields', {
      entity: 'project',
      name: '预算（万元）',
      type: 'number',
    });
    expect(budget.body.position).toBe(1);
    expect((await member.post('/api/v1/custom-fields', { entity: 'task', name: 'x', type: 'text' })).status).toBe(403);
    const noOptions = await org.owner.post('/api/v1/custom-fields', { entity: 'task', name: '渠道', type: 'select' });
    expect(noOptions.status).toBe(422);
    const dup = await org.owner.post('/api/v1/custom-fields', { entity: 'project', name: '大区', type: 'text' });
    expect(dup.status).toBe(409);
    const listed = await member.get('/api/v1/custom-fields', { query: { entity: 'project' } });
    expect(listed.body.items.map((f: { name: string }) => f.name)).toEqual(['大区', '预算（万元）']);

    const ok = await buildProject(member, { customFields: { [region.body.id]: 'east', [budget.body.id]: 120 } });
    const got = await member.get(`/api/v1/projects/${ok.id}`);
    expect(got.body.customFields).toEqual({ [region.body.id]: 'east', [budget.body.id]: 120 });
    const bad = await member.post('/api/v1/projects', {
      key: 'BADCF',
      name: 'x',
      customFields: { [region.body.id]: 'north', [budget.body.id]: 'lots', unknown: 'x' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [`customFields.${region.body.id}`, `customFields.${budget.body.id}`, 'customFields.unknown'].sort(),
    );
    expect(bad.body.errors[0].pointer).toMatch(/^\/body\/customFields\//);

    const archived = await org.owner.patch(`/api/v1/custom-fields/${budget.body.id}`, { archived: true, version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const stale = await org.owner.patch(
      `/api/v1/custom-fields/${budget.body.id}`,
      { name: '旧' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(409);
    expect((await member.get('/api/v1/custom-fields')).body.items).toHaveLength(1);
    expect((await org.owner.delete(`/api/v1/custom-fields/${region.body.id}`)).status).toBe(204);
    const other = await buildOrg(t.app);
    expect((await other.owner.delete(`/api/v1/custom-fields/${budget.body.id}`)).status).toBe(404);
  });
});

describe('validateCustomFieldValues', () => {
  const defs = [
    { id: 'a', name: 'Text', type: 'text', options: [], isRequired: true, archivedAt: null },
    { id: 'd', name: 'Date', type: 'date', options: [], isRequired: false, archivedAt: null },
    { id: 'm', name: 'Member', type: 'member', options: [], isRequired: false, archivedAt: null },
  ];
  it('trims, drops blanks and checks dates and members', () => {
    expect(validateCustomFieldValues(defs, { a: ' 你好 ', d: '2026-02-28', m: null })).toEqual({
      a: '你好',
      d: '2026-02-28',
    });
    expect(() => validateCustomFieldValues(defs, { a: 'x', d: '2026-02-30' })).toThrow();
    expect(() => validateCustomFieldValues(defs, { a: 'x', m: 'someone' })).toThrow();
    expect(() => validateCustomFieldValues(defs, { d: '2026-01-01' })).toThrow();
  });
});
