import type { FastifyInstance } from 'fastify';
import { newId } from '#platform/ids/ids.ts';
import { buildMember, buildOrg, signInAgain, type TestOrg } from '#test/factories/accounts.ts';
import type { Agent } from '#test/http.ts';

/** The kinds of id a path parameter can hold; `unknown` is a module the sweep has no recipe for yet. */
export type IdKind = 'user' | 'team' | 'invitation' | 'token' | 'session' | 'unknown';

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
  const ids: Record<IdKind, string[]> = {
    user: [owner.userId!, member.userId!],
    team: [team],
    invitation: [invitation],
    token: [token.id],
    session: session ? [session] : [],
    unknown: [newId()],
  };
  for (const [kind, list] of Object.entries(ids)) {
    if (list.length === 0 || list.some((id) => typeof id !== 'string'))
      throw new Error(`no ${kind} id in org ${label}`);
  }
  const secrets = [org.id, ...Object.values(ids).flat(), owner.email!, member.email!, token.token!];
  return { org, owner, member, ids, secrets };
}
