import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';
import { buildProject } from '#test/factories/projects.ts';
import { createTask, uploadFile } from '#test/factories/task-parts.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

async function twoTasks(s: AuditScenario) {
  const project = await buildProject(s.owner);
  return [await createTask(s.owner, project.id), await createTask(s.owner, project.id)] as const;
}

/** The task sub-resources' mutating routes (dependencies, time entries, attachments) for the audit completeness test. */
export const TASK_PART_AUDITED_OPERATIONS: AuditedOperation[] = [
  {
    operation: 'POST /api/v1/tasks/{id}/dependencies',
    action: 'task.dependency_added',
    run: async (s) => {
      const [a, b] = await twoTasks(s);
      return s.owner.post(`/api/v1/tasks/${b.id}/dependencies`, { predecessorId: a.id });
    },
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}/dependencies/{dependencyId}',
    action: 'task.dependency_removed',
    run: async (s) => {
      const [a, b] = await twoTasks(s);
      const dep = await s.owner.post(`/api/v1/tasks/${b.id}/dependencies`, { predecessorId: a.id });
      return s.owner.delete(`/api/v1/tasks/${b.id}/dependencies/${dep.body.id}`);
    },
  },
  {
    operation: 'POST /api/v1/tasks/{id}/time-entries',
    action: 'task.time_logged',
    run: async (s) => {
      const [task] = await twoTasks(s);
      return s.owner.post(`/api/v1/tasks/${task.id}/time-entries`, { day: '2026-03-02', hours: 1 });
    },
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}/time-entries/{entryId}',
    action: 'task.time_entry_deleted',
    run: async (s) => {
      const [task] = await twoTasks(s);
      const entry = await s.owner.post(`/api/v1/tasks/${task.id}/time-entries`, { day: '2026-03-02', hours: 1 });
      return s.owner.delete(`/api/v1/tasks/${task.id}/time-entries/${entry.body.id}`);
    },
  },
  {
    operation: 'POST /api/v1/tasks/{id}/attachments',
    action: 'task.attachment_added',
    run: async (s) => {
      const [task] = await twoTasks(s);
      return uploadFile(s.owner, task.id, '报价.png', 'image/png', PNG);
    },
  },
  {
    operation: 'DELETE /api/v1/tasks/{id}/attachments/{attachmentId}',
    action: 'task.attachment_deleted',
    run: async (s) => {
      const [task] = await twoTasks(s);
      const file = await uploadFile(s.owner, task.id, '报价.png', 'image/png', PNG);
      return s.owner.delete(`/api/v1/tasks/${task.id}/attachments/${file.body.id}`);
    },
  },
];
