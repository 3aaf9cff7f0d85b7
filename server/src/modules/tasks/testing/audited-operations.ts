import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';
import { buildProject, buildTask } from '#test/factories/work.ts';

/** A project and a task of the scenario's organisation, built through the API. */
async function task(s: AuditScenario) {
  const project = await buildProject(s.owner);
  return { project, task: await buildTask(s.owner, project.id) };
}

/** The tasks module's mutating routes for the audit completeness test. */
export const TASK_AUDITED_OPERATIONS: AuditedOperation[] = [
  {
    operation: 'POST /api/v1/tasks',
    action: 'task.created',
    run: async (s) => {
      const project = await buildProject(s.owner);
      return s.owner.post('/api/v1/tasks', { projectId: project.id, title: '拜访客户' });
    },
  },
  {
    operation: 'PATCH /api/v1/tasks/{id}',
    action: 'task.updated',
    run: async (s) => s.owner.patch(`/api/v1/tasks/${(await task(s)).task.id}`, { priority: 'urgent' }),
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}',
    action: 'task.deleted',
    run: async (s) => s.owner.delete(`/api/v1/tasks/${(await task(s)).task.id}`),
  },
  {
    operation: 'POST /api/v1/tasks/{id}/restore',
    action: 'task.restored',
    run: async (s) => {
      const { task: created } = await task(s);
      await s.owner.delete(`/api/v1/tasks/${created.id}`);
      return s.owner.post(`/api/v1/tasks/${created.id}/restore`);
    },
  },
  {
    operation: 'POST /api/v1/tasks/{id}/blocked',
    action: 'task.blocked',
    run: async (s) =>
      s.owner.post(`/api/v1/tasks/${(await task(s)).task.id}/blocked`, { isBlocked: true, reason: '等待客户确认' }),
  },
  {
    operation: 'POST /api/v1/tasks/{id}/move',
    action: 'task.moved',
    run: async (s) => {
      const { project, task: created } = await task(s);
      const doing = project.statuses.find((x) => x.category === 'in_progress')!;
      return s.owner.post(`/api/v1/tasks/${created.id}/move`, { statusId: doing.id });
    },
  },
  {
    operation: 'POST /api/v1/tasks/bulk',
    action: 'task.updated',
    run: async (s) =>
      s.owner.post('/api/v1/tasks/bulk', {
        ids: [(await task(s)).task.id],
        action: 'update',
        patch: { priority: 'low' },
      }),
  },
  {
    operation: 'POST /api/v1/undo-actions/{id}',
    action: 'task.restored',
    run: async (s) => {
      const receipt = await s.owner.delete(`/api/v1/tasks/${(await task(s)).task.id}`);
      return s.owner.post(`/api/v1/undo-actions/${receipt.body.undoId}`);
    },
  },
  {
    operation: 'PUT /api/v1/tasks/{id}/watchers/{userId}',
    action: 'task.watcher_added',
    run: async (s) => s.owner.put(`/api/v1/tasks/${(await task(s)).task.id}/watchers/${s.owner.userId}`),
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}/watchers/{userId}',
    action: 'task.watcher_removed',
    run: async (s) => s.owner.delete(`/api/v1/tasks/${(await task(s)).task.id}/watchers/${s.owner.userId}`),
  },
  {
    operation: 'POST /api/v1/tasks/{id}/checklist',
    action: 'task.checklist_item_added',
    run: async (s) => s.owner.post(`/api/v1/tasks/${(await task(s)).task.id}/checklist`, { title: '准备报价单' }),
  },
  {
    operation: 'PATCH /api/v1/tasks/{id}/checklist/{itemId}',
    action: 'task.checklist_item_updated',
    run: async (s) => {
      const id = (await task(s)).task.id;
      const item = await s.owner.post(`/api/v1/tasks/${id}/checklist`, { title: '准备报价单' });
      return s.owner.patch(`/api/v1/tasks/${id}/checklist/${item.body.id}`, { isDone: true });
    },
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}/checklist/{itemId}',
    action: 'task.checklist_item_removed',
    run: async (s) => {
      const id = (await task(s)).task.id;
      const item = await s.owner.post(`/api/v1/tasks/${id}/checklist`, { title: '准备报价单' });
      return s.owner.delete(`/api/v1/tasks/${id}/checklist/${item.body.id}`);
    },
  },
];
