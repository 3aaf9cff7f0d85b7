import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';

const view = (s: AuditScenario) =>
  s.owner.post('/api/v1/views', { name: '高优先级', kind: 'list', config: { filters: { priority: 'high' } } });

/** The saved views' mutating routes for the audit completeness test. */
export const VIEW_AUDITED_OPERATIONS: AuditedOperation[] = [
  { operation: 'POST /api/v1/views', action: 'saved_view.created', run: view },
  {
    operation: 'PATCH /api/v1/views/{id}',
    action: 'saved_view.updated',
    run: async (s) => s.owner.patch(`/api/v1/views/${(await view(s)).body.id}`, { name: '本周到期' }),
  },
  {
    operation: 'DELETE /api/v1/views/{id}',
    action: 'saved_view.deleted',
    run: async (s) => s.owner.delete(`/api/v1/views/${(await view(s)).body.id}`),
  },
];
