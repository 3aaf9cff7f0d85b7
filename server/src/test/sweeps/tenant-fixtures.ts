import type { FastifyInstance } from 'fastify';
import { newId } from '#platform/ids/ids.ts';
import { buildMember, buildOrg, signInAgain, type TestOrg } from '#test/factories/accounts.ts';
import { uploadFile } from '#test/factories/task-parts.ts';
import type { Agent } from '#test/http.ts';

/** The kinds of id a path parameter can hold; `unknown` is a module the sweep has no recipe for yet. */
export type IdKind =
  | 'user'
  | 'team'
  | 'invitation'
  | 'token'
  | 'session'
  | 'project'
  | 'projectStatus'
  | 'projectTemplate'
  | 'customField'
  | 'label'
  | 'task'
  | 'checklistItem'
  | 'dependency'
  | 'timeEntry'
  | 'attachment'
  | 'view'
  | 'customer'
  | 'contact'
  | 'pipeline'
  | 'pipelineStage'
  | 'deal'
  | 'interaction'
  | 'comment'
  | 'unknown';

/**
 * How the sweep tells what a path parameter identifies: `{userId}` is a user, and any other
 * parameter by the collection it follows (`/teams/{id}` → team). A new module adds its
 * collection here and a recipe in `populateOrg`; until then its ids are random UUIDs.
 */
const KIND_BY_COLLECTION: Record<string, IdKind> = {
  members: 'user',
  users: 'user',
  teams: 'team',
  invitations: 'invitation',
  tokens: 'token',
  sessions: 'session',
  projects: 'project',
  statuses: 'projectStatus',
  'project-templates': 'projectTemplate',
  'custom-fields': 'customField',
  labels: 'label',
  tasks: 'task',
  checklist: 'checklistItem',
  dependencies: 'dependency',
  'time-entries': 'timeEntry',
  attachments: 'attachment',
  views: 'view',
  customers: 'customer',
  contacts: 'contact',
  pipelines: 'pipeline',
  stages: 'pipelineStage',
  deals: 'deal',
  interactions: 'interaction',
  comments: 'comment',
};

export function idKindOf(path: string, param: string): IdKind {
  if (param === 'userId') return 'user';
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return (at > 0 && KIND_BY_COLLECTION[segments[at - 1]!]) || 'unknown';
}

export type PopulatedOrg = {
  org: TestOrg;
  owner: Agent;
  member: Agent;
  /** Real ids of each kind in this organisation (the owner's and a member's for users). */
  ids: Record<IdKind, string[]>;
  /** Strings that must never appear in another organisation's answers. */
  secrets: string[];
};

async function created(agent: Agent, url: string, body: unknown): Promise<{ id: string; token?: string }> {
  const response = await agent.post(url, body);
  if (response.status !== 201) throw new Error(`POST ${url} failed: ${response.status} ${response.text}`);
  return response.body;
}

/** An organisation with one of everything the modules so far have: member, team, invitation, token, a second session. */
export async function populateOrg(app: FastifyInstance, label: string): Promise<PopulatedOrg> {
  const org = await buildOrg(app, { name: `租户${label} ${newId().slice(-6)}` });
  const owner = org.owner;
  const member = await buildMember(app, org, { role: 'member', name: `成员${label}` });
  const team = (await created(owner, '/api/v1/teams', { name: `${label}组` })).id;
  const put = await owner.put(`/api/v1/teams/${team}/members/${member.userId}`, { isLead: true });
  if (put.status !== 200) throw new Error(`team member failed: ${put.status} ${put.text}`);
  const invitation = (
    await created(owner, '/api/v1/invitations', { email: `invitee-${newId()}@example.com`, role: 'guest' })
  ).id;
  const token = await created(owner, '/api/v1/tokens', { name: `${label} token`, scope: 'read', expiresInDays: 30 });
  const laptop = await signInAgain(app, owner, '10.9.8.7');
  const sessions = await laptop.get('/api/v1/sessions');
  // The second device's session: the owner's own client keeps working whatever happens to it.
  const session = (sessions.body.items as { id: string; current: boolean }[]).find((s) => s.current)?.id;
  const project = await created(owner, '/api/v1/projects', {
    key: 'SWEEP',
    name: `${label}项目`,
    templateId: 'builtin:quarter-sprint',
  });
  const projectStatus = (project as unknown as { statuses: { id: string }[] }).statuses[0]!.id;
  const projectTemplate = (
    await created(owner, `/api/v1/projects/${project.id}/save-as-template`, { name: `${label}模板` })
  ).id;
  const customField = (
    await created(owner, '/api/v1/custom-fields', { entity: 'task', name: `${label}字段`, type: 'text' })
  ).id;
  const labelId = (await created(owner, '/api/v1/labels', { name: `${label}标签`, projectId: project.id })).id;
  const task = (await created(owner, '/api/v1/tasks', { projectId: project.id, title: `${label}任务` })).id;
  const checklistItem = (await created(owner, `/api/v1/tasks/${task}/checklist`, { title: `${label}清单项` })).id;
  const before = (await created(owner, '/api/v1/tasks', { projectId: project.id, title: `${label}前置任务` })).id;
  const dependency = (await created(owner, `/api/v1/tasks/${task}/dependencies`, { predecessorId: before })).id;
  const timeEntry = (await created(owner, `/api/v1/tasks/${task}/time-entries`, { day: '2026-03-02', hours: 1 })).id;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
  const attachment = (await uploadFile(owner, task, `${label}.png`, 'image/png', png)).body.id as string;
  const viewBody = { name: `${label}视图`, kind: 'list', config: { filters: {} } };
  const view = (await created(owner, '/api/v1/views', viewBody)).id;
  const customer = (await created(owner, '/api/v1/customers', { name: `${label}客户有限公司`, phone: '13811112222' }))
    .id;
  const contactReply = await owner.post('/api/v1/contacts', { customerId: customer, name: `${label}联系人` });
  const contact = (contactReply.body as { contact: { id: string } }).contact.id;
  const pipelineReply = await created(owner, '/api/v1/pipelines', {
    name: `${label}管道`,
    stages: [
      { name: '接触', probability: 10 },
      { name: '赢单', probability: 100, kind: 'won' },
      { name: '输单', probability: 0, kind: 'lost' },
    ],
  });
  const pipelineStage = (pipelineReply as unknown as { stages: { id: string }[] }).stages[0]!.id;
  const deal = (
    await created(owner, '/api/v1/deals', { name: `${label}商机`, customerId: customer, pipelineId: pipelineReply.id })
  ).id;
  const interaction = (
    await created(owner, '/api/v1/interactions', {
      kind: 'visit',
      customerId: customer,
      dealId: deal,
      summary: `${label}拜访`,
    })
  ).id;
  const comment = (
    await created(owner, '/api/v1/comments', { targetType: 'task', targetId: task, body: `${label}评论` })
  ).id;
  const ids: Record<IdKind, string[]> = {
    user: [owner.userId!, member.userId!],
    team: [team],
    invitation: [invitation],
    token: [token.id],
    session: session ? [session] : [],
    project: [project.id],
    projectStatus: [projectStatus],
    projectTemplate: [projectTemplate],
    customField: [customField],
    label: [labelId],
    task: [task],
    checklistItem: [checklistItem],
    dependency: [dependency],
    timeEntry: [timeEntry],
    attachment: [attachment],
    view: [view],
    customer: [customer],
    contact: [contact],
    pipeline: [pipelineReply.id],
    pipelineStage: [pipelineStage],
    deal: [deal],
    interaction: [interaction],
    comment: [comment],
    unknown: [newId()],
  };
  for (const [kind, list] of Object.entries(ids)) {
    if (list.length === 0 || list.some((id) => typeof id !== 'string'))
      throw new Error(`no ${kind} id in org ${label}`);
  }
  const secrets = [org.id, ...Object.values(ids).flat(), owner.email!, member.email!, token.token!];
  return { org, owner, member, ids, secrets };
}
