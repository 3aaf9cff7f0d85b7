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

describe('customers API', () => {
  it('requires authentication', async () => {
    expect((await new Agent(t.app).get('/api/v1/customers')).status).toBe(401);
  });

  it('creates, reads, updates and deletes a customer', async () => {
    const org = await buildOrg(t.app);
    const rep = await buildMember(t.app, org, { name: '张伟' });
    const created = await rep.post('/api/v1/customers', {
      name: '  上海云帆网络科技有限公司 ',
      phone: '＋86 138-0013-8000',
      email: ' Sales@YunFan.CN ',
      creditCode: '91350100m000100y43',
      tags: ['重点', '重点', 'VIP'],
      province: '上海',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '上海云帆网络科技有限公司',
      phone: '13800138000',
      email: 'sales@yunfan.cn',
      creditCode: '91350100M000100Y43',
      tags: ['重点', 'VIP'],
      owner: { id: rep.userId, name: '张伟' },
      inPool: false,
      abilities: { update: true, delete: true, release: true, claim: false },
    });
    const id = created.body.id;
    expect((await rep.get(`/api/v1/customers/${id}`)).body.name).toBe('上海云帆网络科技有限公司');

    const stale = await rep.patch(`/api/v1/customers/${id}`, { status: 'active', version: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const patched = await rep.patch(`/api/v1/customers/${id}`, { status: 'active', version: created.body.version });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'active', version: created.body.version + 1 });

    expect((await rep.delete(`/api/v1/customers/${id}`)).status).toBe(204);
    expect((await rep.get(`/api/v1/customers/${id}`)).status).toBe(404);
    const audit = await org.owner.get('/api/v1/audit-log', { query: { targetId: id } });
    const actions = (audit.body.items as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['customer.created', 'customer.updated', 'customer.deleted']));
  });

  it('answers 422 with a pointer per invalid field', async () => {
    const org = await buildOrg(t.app);
    const response = await org.owner.post('/api/v1/customers', {
      name: '校验测试有限公司',
      creditCode: '91350100M000100Y44',
      phone: '12345',
      email: 'not-an-email',
    });
    expect(response.status).toBe(422);
    const pointers = (response.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/body/creditCode', '/body/email', '/body/phone']);
    const missing = await org.owner.post('/api/v1/customers', { type: 'bogus' });
    expect(missing.status).toBe(422);
    expect((missing.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['/body/name', '/body/type']),
    );
  });

  it('answers 404 for another organisation customer', async () => {
    const a = await buildOrg(t.app);
    const b = await buildOrg(t.app);
    const customer = await buildCustomer(a.owner);
    expect((await b.owner.get(`/api/v1/customers/${customer.id}`)).status).toBe(404);
    expect((await b.owner.patch(`/api/v1/customers/${customer.id}`, { notes: 'x' })).status).toBe(404);
    expect((await b.owner.post(`/api/v1/customers/${customer.id}/claim`)).status).toBe(404);
    const list = await b.owner.get('/api/v1/customers');
    expect(list.body.total).toBe(0);
  });

  describe('duplicates (查重)', () => {
    it('blocks a similar name unless allowed, and never allows the same phone', async () => {
      const org = await buildOrg(t.app);
      const first = await buildMember(t.app, org, { name: '李娜' });
      const second = await buildMember(t.app, org, { name: '王强' });
      const original = await buildCustomer(first, { name: '北京字节跳动科技有限公司', phone: '13900139000' });

      const check = await second.post('/api/v1/customers/check-duplicates', { name: '北京字节跳动科技 ' });
      expect(check.status).toBe(200);
      expect(check.body).toEqual({
        duplicates: [
          {
            id: original.id,
            name: '北京字节跳动科技有限公司',
            owner: { id: first.userId, name: '李娜' },
            matchedOn: ['name'],
            visible: false,
          },
        ],
        blocking: false,
      });

      const conflict = await second.post('/api/v1/customers', { name: '北京字节跳动科技 ' });
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('conflict');
      expect(conflict.body.duplicates[0]).toMatchObject({ name: '北京字节跳动科技有限公司', owner: { name: '李娜' } });
      // Nothing beyond name and owner of a customer the rep cannot see.
      expect(JSON.stringify(conflict.body)).not.toContain('13900139000');

      const allowed = await second.post('/api/v1/customers', { name: '北京字节跳动科技 ', allowDuplicate: true });
      expect(allowed.status).toBe(201);

      const samePhone = await second.post('/api/v1/customers', {
        name: '完全不同的公司',
        phone: '１３９ ００１３ ９０００',
        allowDuplicate: true,
      });
      expect(samePhone.status).toBe(409);
      expect(samePhone.body.duplicates[0].matchedOn).toEqual(['phone']);
    });

    it('matches on credit code and e-mail', async () => {
      const org = await buildOrg(t.app);
      await buildCustomer(org.owner, { name: '甲公司', creditCode: '91110108551385082Q', email: 'a@jia.cn' });
      const byCode = await org.owner.post('/api/v1/customers/check-duplicates', { creditCode: '91110108551385082q' });
      expect(byCode.body).toMatchObject({ blocking: true, duplicates: [{ matchedOn: ['creditCode'], visible: true }] });
      const byEmail = await org.owner.post('/api/v1/customers/check-duplicates', { email: 'A@JIA.CN' });
      expect(byEmail.body.duplicates[0].matchedOn).toEqual(['email']);
      const partial = await org.owner.post('/api/v1/customers/check-duplicates', { phone: '139' });
      expect(partial.body).toEqual({ duplicates: [], blocking: false });
    });
  });

  describe('search and sort', () => {
    it('finds by pinyin, initials, phone and sorts by pinyin', async () => {
      const org = await buildOrg(t.app);
      const names = ['张伟贸易', '安娜商行', '李娜科技', '王芳传媒', '陈静设计', '赵磊建材', '白雪食品'];
      for (const [i, name] of names.entries()) {
        await buildCustomer(org.owner, { name, phone: `1370000000${i}` });
      }
      const byInitials = await org.owner.get('/api/v1/customers', { query: { q: 'zw' } });
      expect(byInitials.body.items.map((c: { name: string }) => c.name)).toEqual(['张伟贸易']);
      const bySpelling = await org.owner.get('/api/v1/customers', { query: { q: 'lina' } });
      expect(bySpelling.body.items.map((c: { name: string }) => c.name)).toEqual(['李娜科技']);
      const byHan = await org.owner.get('/api/v1/customers', { query: { q: '传媒' } });
      expect(byHan.body.total).toBe(1);
      const byPhone = await org.owner.get('/api/v1/customers', { query: { q: '137-0000-0003' } });
      expect(byPhone.body.items[0].name).toBe('王芳传媒');

      const sorted = await org.owner.get('/api/v1/customers', { query: { sort: 'name', limit: 3 } });
      const collator = new Intl.Collator('zh-CN');
      const expected = [...names].sort(collator.compare);
      const seen: string[] = sorted.body.items.map((c: { name: string }) => c.name);
      let cursor = sorted.body.nextCursor;
      while (cursor) {
        const next = await org.owner.get('/api/v1/customers', { query: { sort: 'name', limit: 3, cursor } });
        seen.push(...next.body.items.map((c: { name: string }) => c.name));
        cursor = next.body.nextCursor;
      }
      expect(seen).toEqual(expected);
      expect(sorted.body.total).toBe(names.length);
      const reversed = await org.owner.get('/api/v1/customers', { query: { sort: '-name' } });
      expect(reversed.body.items.map((c: { name: string }) => c.name)).toEqual([...expected].reverse());
    });

    it('filters by status, province and tag', async () => {
      const org = await buildOrg(t.app);
      await buildCustomer(org.owner, { name: '筛选一', status: 'active', province: '广东', tags: ['VIP'] });
      await buildCustomer(org.owner, { name: '筛选二', status: 'prospect', province: '广东' });
      const list = await org.owner.get('/api/v1/customers', { query: { province: '广东', status: 'active' } });
      expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['筛选一']);
      expect((await org.owner.get('/api/v1/customers', { query: { tag: 'VIP' } })).body.total).toBe(1);
      const bad = await org.owner.get('/api/v1/customers', { query: { cursor: 'bm90LWEtY3Vyc29y' } });
      expect(bad.status).toBe(422);
    });
  });

  describe('merge, reassign and share', () => {
    it('merges keeping the contacts and hides the source', async () => {
      const org = await buildOrg(t.app);
      const target = await buildCustomer(org.owner, { name: '合并目标' });
      const source = await buildCustomer(org.owner, { name: '合并来源', tags: ['来源'] });
      const contact = await buildContact(org.owner, source.id, { name: '刘洋' });
      const merged = await org.owner.post(`/api/v1/customers/${target.id}/merge`, { sourceId: source.id });
      expect(merged.status).toBe(200);
      expect(merged.body.tags).toEqual(['来源']);
      expect((await org.owner.get(`/api/v1/customers/${source.id}`)).status).toBe(404);
      const contacts = await org.owner.get('/api/v1/contacts', { query: { customerId: target.id } });
      expect(contacts.body.items.map((c: { id: string }) => c.id)).toEqual([contact.id]);
      const self = await org.owner.post(`/api/v1/customers/${target.id}/merge`, { sourceId: target.id });
      expect(self.status).toBe(422);
    });

    it('reassigns in bulk with per-item results and shares with a member', async () => {
      const org = await buildOrg(t.app);
      const leaving = await buildMember(t.app, org, { name: '离职者' });
      const heir = await buildMember(t.app, org, { name: '接手人' });
      const a = await buildCustomer(leaving, { name: '交接甲' });
      const b = await buildCustomer(leaving, { name: '交接乙' });
      const byMember = await leaving.post('/api/v1/customers/reassign', { ids: [a.id], ownerId: heir.userId });
      expect(byMember.status).toBe(422);
      const missing = '00000000-0000-7000-8000-000000000000';
      const result = await org.owner.post('/api/v1/customers/reassign', {
        ids: [a.id, b.id, missing],
        ownerId: heir.userId,
      });
      expect(result.body.results).toEqual([
        { id: a.id, ok: true, code: null },
        { id: b.id, ok: true, code: null },
        { id: missing, ok: false, code: 'not_found' },
      ]);
      expect((await heir.get('/api/v1/customers', { query: { ownerId: 'me' } })).body.total).toBe(2);
      expect((await leaving.get(`/api/v1/customers/${a.id}`)).status).toBe(404);

      const shared = await heir.put(`/api/v1/customers/${a.id}/shares/${leaving.userId}`);
      expect(shared.status).toBe(200);
      expect(shared.body.items[0].user.id).toBe(leaving.userId);
      const seen = await leaving.get(`/api/v1/customers/${a.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.abilities.update).toBe(false);
      await heir.delete(`/api/v1/customers/${a.id}/shares/${leaving.userId}`);
      expect((await leaving.get(`/api/v1/customers/${a.id}`)).status).toBe(404);
    });
  });
});
