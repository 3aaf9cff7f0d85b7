import type { ProjectRole } from '@meridian/contracts';
import { systemContext } from '#modules/notifications/deliver.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import type { TestApp } from '#test/app.ts';
import { buildProject, buildTask, putProjectMember } from '#test/factories/work.ts';
import type { Agent } from '#test/http.ts';

/** A project through POST /projects (the real write path). */
export async function createProject(owner: Agent, overrides: Record<string, unknown> = {}) {
  return buildProject(owner, { name: '新品上市推广', ...overrides });
}

export async function addProjectMember(owner: Agent, projectId: string, userId: string, role: ProjectRole) {
  await putProjectMember(owner, projectId, userId, role);
}

/** A task through POST /tasks (watchers: its creator, its assignee and `watcherIds`). */
export async function createTask(
  _t: TestApp,
  agent: Agent,
  projectId: string,
  fields: { title?: string; assigneeId?: string | null; dueDate?: string | null; watcherIds?: string[] } = {},
) {
  return buildTask(agent, projectId, { title: '拜访华东区重点客户', ...fields });
}

/** Emits a task event as the tasks module does (handler tests independent of the task routes' rules). */
export async function emitTaskEvent(
  t: TestApp,
  orgId: string,
  actorId: string,
  type: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await t.database.db.transaction(async (tx) => {
    const ctx = { ...systemContext(tx), actor: { userId: actorId } } as never;
    await addOutboxEvent(tx, ctx, { orgId, type, payload });
  });
}
