import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';
import { buildMember } from '#test/factories/accounts.ts';
import { buildProject } from '#test/factories/projects.ts';

const project = (s: AuditScenario, overrides: Record<string, unknown> = {}) => buildProject(s.owner, overrides);

/** The projects, custom-fields and labels modules' rows of the audit completeness table. */
export const PROJECT_AUDITED_OPERATIONS: AuditedOperation[] = [
  {
    operation: 'POST /api/v1/projects',
    action: 'project.created',
    run: (s) => s.owner.post('/api/v1/projects', { key: 'AUD', name: '审计' }),
  },
  {
    operation: 'PATCH /api/v1/projects/{id}',
    action: 'project.updated',
    run: async (s) => s.owner.patch(`/api/v1/projects/${(await project(s)).id}`, { name: '改名' }),
  },
  {
    operation: 'POST /api/v1/projects/{id}/archive',
    action: 'project.archived',
    run: async (s) => s.owner.post(`/api/v1/projects/${(await project(s)).id}/archive`),
  },
  {
    operation: 'POST /api/v1/projects/{id}/restore',
    action: 'project.restored',
    run: async (s) => {
      const { id } = await project(s);
      await s.owner.post(`/api/v1/projects/${id}/archive`);
      return s.owner.post(`/api/v1/projects/${id}/restore`);
    },
  },
  {
    operation: 'DELETE /api/v1/projects/{id}',
    action: 'project.deleted',
    run: async (s) => s.owner.delete(`/api/v1/projects/${(await project(s)).id}`),
  },
  {
    operation: 'PUT /api/v1/projects/{id}/members/{userId}',
    action: 'project.member_added',
    run: async (s) => {
      const userId = (await buildMember(s.t.app, s.org, { role: 'member' })).userId;
      return s.owner.put(`/api/v1/projects/${(await project(s)).id}/members/${userId}`, { role: 'member' });
    },
  },
  {
    operation: 'DELETE /api/v1/projects/{id}/members/{userId}',
    action: 'project.member_removed',
    run: async (s) => {
      const userId = (await buildMember(s.t.app, s.org, { role: 'member' })).userId;
      const { id } = await project(s);
      await s.owner.put(`/api/v1/projects/${id}/members/${userId}`, { role: 'viewer' });
      return s.owner.delete(`/api/v1/projects/${id}/members/${userId}`);
    },
  },
  {
    operation: 'POST /api/v1/projects/{id}/statuses',
    action: 'project.status_created',
    run: async (s) =>
      s.owner.post(`/api/v1/projects/${(await project(s)).id}/statuses`, { name: '评审', category: 'in_progress' }),
  },
  {
    operation: 'PATCH /api/v1/projects/{id}/statuses/{statusId}',
    action: 'project.status_updated',
    run: async (s) => {
      const p = await project(s);
      return s.owner.patch(`/api/v1/projects/${p.id}/statuses/${p.statuses[0]!.id}`, { name: '未开始' });
    },
  },
  {
    operation: 'DELETE /api/v1/projects/{id}/statuses/{statusId}',
    action: 'project.status_deleted',
    run: async (s) => {
      const p = await project(s);
      return s.owner.delete(`/api/v1/projects/${p.id}/statuses/${p.statuses[1]!.id}`, {
        query: { moveTo: p.statuses[0]!.id },
      });
    },
  },
  {
    operation: 'POST /api/v1/projects/{id}/save-as-template',
    action: 'project_template.created',
    run: async (s) => s.owner.post(`/api/v1/projects/${(await project(s)).id}/save-as-template`, { name: '我的模板' }),
  },
  {
    operation: 'DELETE /api/v1/project-templates/{id}',
    action: 'project_template.deleted',
    run: async (s) => {
      const saved = await s.owner.post(`/api/v1/projects/${(await project(s)).id}/save-as-template`, { name: '临时' });
      return s.owner.delete(`/api/v1/project-templates/${saved.body.id}`);
    },
  },
  {
    operation: 'POST /api/v1/custom-fields',
    action: 'custom_field.created',
    run: (s) => s.owner.post('/api/v1/custom-fields', { entity: 'task', name: '渠道', type: 'text' }),
  },
  {
    operation: 'PATCH /api/v1/custom-fields/{id}',
    action: 'custom_field.updated',
    run: async (s) => {
      const field = await s.owner.post('/api/v1/custom-fields', { entity: 'task', name: '渠道', type: 'text' });
      return s.owner.patch(`/api/v1/custom-fields/${field.body.id}`, { name: '渠道来源' });
    },
  },
  {
    operation: 'DELETE /api/v1/custom-fields/{id}',
    action: 'custom_field.deleted',
    run: async (s) => {
      const field = await s.owner.post('/api/v1/custom-fields', { entity: 'task', name: '渠道', type: 'text' });
      return s.owner.delete(`/api/v1/custom-fields/${field.body.id}`);
    },
  },
  {
    operation: 'POST /api/v1/labels',
    action: 'label.created',
    run: (s) => s.owner.post('/api/v1/labels', { name: '重点' }),
  },
  {
    operation: 'PATCH /api/v1/labels/{id}',
    action: 'label.updated',
    run: async (s) => {
      const label = await s.owner.post('/api/v1/labels', { name: '重点' });
      return s.owner.patch(`/api/v1/labels/${label.body.id}`, { color: '#fa541c' });
    },
  },
  {
    operation: 'DELETE /api/v1/labels/{id}',
    action: 'label.deleted',
    run: async (s) => {
      const label = await s.owner.post('/api/v1/labels', { name: '重点' });
      return s.owner.delete(`/api/v1/labels/${label.body.id}`);
    },
  },
];
