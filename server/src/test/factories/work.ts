import type { ProjectRole, Task } from '@meridian/contracts';
import type { Agent } from '../http.ts';
import { buildProject as buildProjectViaApi } from './projects.ts';

export type TestProject = Awaited<ReturnType<typeof buildProjectViaApi>>;

/** A project through POST /projects (the real write path), with its default statuses. */
export async function buildProject(agent: Agent, overrides: Record<string, unknown> = {}): Promise<TestProject> {
  return buildProjectViaApi(agent, overrides);
}

let counter = 0;

/** A task through POST /tasks as `agent`, with a realistic Chinese title by default. */
export async function buildTask(
  agent: Agent,
  projectId: string,
  overrides: Record<string, unknown> = {},
): Promise<Task> {
  counter++;
  const response = await agent.post<Task>('/api/v1/tasks', {
    projectId,
    title: `跟进华东区客户报价 ${counter}`,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`create task failed: ${response.status} ${response.text}`);
  return response.body;
}

/** Puts `userId` in the project with a project role (lead, member, viewer). */
export async function putProjectMember(owner: Agent, projectId: string, userId: string, role: ProjectRole) {
  const response = await owner.put(`/api/v1/projects/${projectId}/members/${userId}`, { role });
  if (response.status !== 200) throw new Error(`project member failed: ${response.status} ${response.text}`);
}
