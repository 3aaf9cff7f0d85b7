import type { OrgRole } from '@meridian/contracts';
import type { FastifyInstance } from 'fastify';
import { Agent } from '../http.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const TEST_PASSWORD = 'river-lantern-orchid-42';

export type TestOrg = { id: string; name: string; owner: Agent };

/** Signs a new owner up through the API: a new organisation for each test. */
export async function buildOrg(
  app: FastifyInstance,
  overrides: { name?: string; ownerName?: string; locale?: 'zh-CN' | 'en' } = {},
): Promise<TestOrg> {
  const owner = new Agent(app);
  const email = `owner-${unique()}@example.com`;
  const name = overrides.name ?? `示例销售团队 ${unique()}`;
  const response = await owner.post('/api/v1/auth/signup', {
    name: overrides.ownerName ?? '王芳',
    email,
    password: TEST_PASSWORD,
    orgName: name,
    locale: overrides.locale ?? 'zh-CN',
  });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${response.text}`);
  owner.email = email;
  owner.password = TEST_PASSWORD;
  return { id: response.body.org.id, name, owner };
}

/** Invites a member with a role and accepts as a new user: the real invitation path. */
export async function buildMember(
  app: FastifyInstance,
  org: TestOrg,
  options: { role?: OrgRole; name?: string; email?: string } = {},
): Promise<Agent> {
  const email = options.email ?? `member-${unique()}@example.com`;
  const invite = await org.owner.post('/api/v1/invitations', { email, role: options.role ?? 'member' });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status} ${invite.text}`);
  const token = new URL(invite.body.acceptUrl).searchParams.get('token')!;
  const member = new Agent(app);
  const accepted = await member.post('/api/v1/invitations/accept', {
    token,
    name: options.name ?? '陈静',
    password: TEST_PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${accepted.text}`);
  member.email = email;
  member.password = TEST_PASSWORD;
  return member;
}

/** Signs in again as the same person from a new client (a second device). */
export async function signInAgain(app: FastifyInstance, who: Agent, ip = '127.0.0.1'): Promise<Agent> {
  const agent = new Agent(app, ip);
  const response = await agent.post('/api/v1/auth/login', { email: who.email, password: who.password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  agent.email = who.email;
  agent.password = who.password;
  return agent;
}
