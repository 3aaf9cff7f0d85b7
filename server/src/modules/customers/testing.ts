import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';
import { buildMember } from '#test/factories/accounts.ts';
import { buildContact, buildCustomer } from '#test/factories/crm.ts';

const customer = (s: AuditScenario, overrides: Record<string, unknown> = {}) => buildCustomer(s.owner, overrides);

/** The customers, contacts and CRM settings rows of the audit-completeness table. */
export const CUSTOMER_AUDITED_OPERATIONS: AuditedOperation[] = [
  {
    operation: 'POST /api/v1/customers',
    action: 'customer.created',
    run: (s) => s.owner.post('/api/v1/customers', { name: '审计新建客户有限公司' }),
  },
  {
    operation: 'PATCH /api/v1/customers/{id}',
    action: 'customer.updated',
    run: async (s) => s.owner.patch(`/api/v1/customers/${(await customer(s)).id}`, { status: 'active' }),
  },
  {
    operation: 'DELETE /api/v1/customers/{id}',
    action: 'customer.deleted',
    run: async (s) => s.owner.delete(`/api/v1/customers/${(await customer(s)).id}`),
  },
  {
    operation: 'POST /api/v1/customers/{id}/merge',
    action: 'customer.merged',
    run: async (s) =>
      s.owner.post(`/api/v1/customers/${(await customer(s)).id}/merge`, { sourceId: (await customer(s)).id }),
  },
  {
    operation: 'POST /api/v1/customers/reassign',
    action: 'customer.reassigned',
    run: async (s) => {
      const rep = await buildMember(s.t.app, s.org);
      return s.owner.post('/api/v1/customers/reassign', { ids: [(await customer(s)).id], ownerId: rep.userId });
    },
  },
  {
    operation: 'PUT /api/v1/customers/{id}/shares/{userId}',
    action: 'customer.shared',
    run: async (s) => {
      const rep = await buildMember(s.t.app, s.org);
      return s.owner.put(`/api/v1/customers/${(await customer(s)).id}/shares/${rep.userId}`);
    },
  },
  {
    operation: 'DELETE /api/v1/customers/{id}/shares/{userId}',
    action: 'customer.unshared',
    run: async (s) => {
      const rep = await buildMember(s.t.app, s.org);
      const id = (await customer(s)).id;
      await s.owner.put(`/api/v1/customers/${id}/shares/${rep.userId}`);
      return s.owner.delete(`/api/v1/customers/${id}/shares/${rep.userId}`);
    },
  },
  {
    operation: 'POST /api/v1/customers/{id}/claim',
    action: 'customer.claimed',
    run: async (s) => s.owner.post(`/api/v1/customers/${(await customer(s, { ownerId: null })).id}/claim`),
  },
  {
    operation: 'POST /api/v1/customers/{id}/release',
    action: 'customer.released',
    run: async (s) => s.owner.post(`/api/v1/customers/${(await customer(s)).id}/release`),
  },
  {
    operation: 'PATCH /api/v1/crm-settings',
    action: 'crm_settings.updated',
    run: (s) => s.owner.patch('/api/v1/crm-settings', { dailyClaimLimit: 20 }),
  },
  {
    operation: 'POST /api/v1/contacts',
    action: 'contact.created',
    run: async (s) => s.owner.post('/api/v1/contacts', { customerId: (await customer(s)).id, name: '审计联系人' }),
  },
  {
    operation: 'PATCH /api/v1/contacts/{id}',
    action: 'contact.updated',
    run: async (s) => {
      const contact = await buildContact(s.owner, (await customer(s)).id);
      return s.owner.patch(`/api/v1/contacts/${contact.id}`, { title: '经理' });
    },
  },
  {
    operation: 'DELETE /api/v1/contacts/{id}',
    action: 'contact.deleted',
    run: async (s) => {
      const contact = await buildContact(s.owner, (await customer(s)).id);
      return s.owner.delete(`/api/v1/contacts/${contact.id}`);
    },
  },
];
