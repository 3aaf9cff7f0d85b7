import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { buildContact, buildCustomer } from '#test/factories/crm.ts';
import { Agent } from '#test/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('contacts API', () => {
  it('requires authentication', async () => {
    expect((await new Agent(t.app).get('/api/v1/contacts')).status).toBe(401);
  });

  it('creates with normalised phone, warns on the same phone, edits and deletes', async () => {
    const org = await buildOrg(t.app);
    const rep = await buildMember(t.app, org);
    const customer = await buildCustomer(rep, { name: '联系人测试公司' });
    const created = await rep.post('/api/v1/contacts', {
      customerId: customer.id,
      name: '张伟',
      phone: '１３８ ００１３ ８０００',
      email: 'Zhang.Wei@Example.com',
      buyingRole: 'decision_maker',
    });
    expect(created.status).toBe(201);
    expect(created.body.contact).toMatchObject({
      name: '张伟',
      phone: '13800138000',
      email: 'zhang.wei@example.com',
      customer: { id: customer.id, name: '联系人测试公司' },
      abilities: { update: true, delete: true },
    });
    expect(created.body.warnings).toEqual([]);
    const twin = await rep.post('/api/v1/contacts', {
      customerId: customer.id,
      name: '李娜',
      phone: '+86 138-0013-8000',
    });
    expect(twin.body.warnings).toEqual([
      {
        field: 'phone',
        contactId: created.body.contact.id,
        name: '张伟',
        customerId: customer.id,
        customerName: '联系人测试公司',
      },
    ]);

    const found = await rep.get('/api/v1/contacts', { query: { q: 'zw' } });
    expect(found.body.items.map((c: { name: string }) => c.name)).toEqual(['张伟']);
    const sorted = await rep.get('/api/v1/contacts', { query: { customerId: customer.id } });
    expect(sorted.body.items.map((c: { name: string }) => c.name)).toEqual(['李娜', '张伟']);

    const id = created.body.contact.id;
    const patched = await rep.patch(`/api/v1/contacts/${id}`, { title: '采购总监', version: 1 });
    expect(patched.status).toBe(200);
    expect(patched.body.contact).toMatchObject({ title: '采购总监', version: 2 });
    expect((await rep.patch(`/api/v1/contacts/${id}`, { title: 'x', version: 1 })).status).toBe(409);
    expect((await rep.delete(`/api/v1/contacts/${id}`)).status).toBe(204);
    expect((await rep.get(`/api/v1/contacts/${id}`)).status).toBe(404);
  });

  it('validates fields and keeps other organisations out', async () => {
    const org = await buildOrg(t.app);
    const other = await buildOrg(t.app);
    const customer = await buildCustomer(org.owner);
    const contact = await buildContact(org.owner, customer.id);
    const invalid = await org.owner.post('/api/v1/contacts', {
      customerId: customer.id,
      name: '王芳',
      phone: '123',
      email: 'x@',
    });
    expect(invalid.status).toBe(422);
    expect((invalid.body.errors as { pointer: string }[]).map((e) => e.pointer).sort()).toEqual([
      '/body/email',
      '/body/phone',
    ]);
    expect((await other.owner.get(`/api/v1/contacts/${contact.id}`)).status).toBe(404);
    const foreign = await other.owner.post('/api/v1/contacts', { customerId: customer.id, name: '外人' });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].pointer).toBe('/body/customerId');
  });

  it('lets a rep read but not change the contacts of a customer shared with them', async () => {
    const org = await buildOrg(t.app);
    const owner = await buildMember(t.app, org);
    const reader = await buildMember(t.app, org);
    const customer = await buildCustomer(owner);
    const contact = await buildContact(owner, customer.id);
    expect((await reader.get(`/api/v1/contacts/${contact.id}`)).status).toBe(404);
    await owner.put(`/api/v1/customers/${customer.id}/shares/${reader.userId}`);
    const read = await reader.get(`/api/v1/contacts/${contact.id}`);
    expect(read.body.abilities).toEqual({ update: false, delete: false });
    expect((await reader.patch(`/api/v1/contacts/${contact.id}`, { title: 'x' })).status).toBe(403);
  });
});
