import type { ProjectRole } from '@meridian/contracts';
import type { FastifyInstance } from 'fastify';
import type { Agent } from '../http.ts';
import { buildMember, type TestOrg } from './accounts.ts';
import { buildProject } from './projects.ts';

/** Creates a task through the API as `agent`. */
export async function createTask(agent: Agent, projectId: string, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/api/v1/tasks', { projectId, title: '拜访华东客户', ...overrides });
  if (response.status !== 201) throw new Error(`create task failed: ${response.status} ${response.text}`);
  return response.body as { id: string; key: string; title: string; projectId: string; loggedHours: number };
}

/** Adds `who` to the project with a project role, through the API. */
export async function addProjectMember(owner: Agent, projectId: string, who: Agent, role: ProjectRole) {
  const response = await owner.put(`/api/v1/projects/${projectId}/members/${who.userId}`, { role });
  if (response.status !== 200) throw new Error(`add project member failed: ${response.status} ${response.text}`);
}

/**
 * An organisation with a private project, a project member, a project viewer and an outsider
 * (an organisation member who is not in the project), and a second organisation.
 */
export async function buildTaskWorld(app: FastifyInstance, org: TestOrg, otherOrg: TestOrg) {
  const owner = org.owner;
  const member = await buildMember(app, org, { role: 'member', name: '李强' });
  const viewer = await buildMember(app, org, { role: 'member', name: '赵敏' });
  const outsider = await buildMember(app, org, { role: 'member', name: '孙丽' });
  const project = await buildProject(owner, { visibility: 'private' });
  await addProjectMember(owner, project.id, member, 'member');
  await addProjectMember(owner, project.id, viewer, 'viewer');
  const foreignProject = await buildProject(otherOrg.owner);
  const foreignTask = await createTask(otherOrg.owner, foreignProject.id, { title: '外部任务' });
  return { owner, member, viewer, outsider, project, foreignProject, foreignTask };
}

/** A multipart/form-data body with one `file` part, as a browser sends it. */
export function multipartFile(fileName: string, type: string, content: Buffer) {
  const boundary = `----meridian${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads a file to a task through the API. */
export function uploadFile(agent: Agent, taskId: string, fileName: string, type: string, content: Buffer) {
  const { body, headers } = multipartFile(fileName, type, content);
  return agent.request('POST', `/api/v1/tasks/${taskId}/attachments`, { body, headers });
}
