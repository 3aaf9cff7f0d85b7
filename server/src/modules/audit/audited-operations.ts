import { COMMENT_AUDITED_OPERATIONS, COMMENT_NOT_AUDITED } from '#modules/comments/testing/audited-operations.ts';
import { CUSTOMER_AUDITED_OPERATIONS } from '#modules/customers/testing.ts';
import { DEAL_AUDITED_OPERATIONS } from '#modules/deals/testing.ts';
import { PROJECT_AUDITED_OPERATIONS } from '#modules/projects/testing/audited-operations.ts';
import { TASK_PART_AUDITED_OPERATIONS } from '#modules/tasks/dependencies/testing.ts';
import { TASK_AUDITED_OPERATIONS } from '#modules/tasks/testing/audited-operations.ts';
import { VIEW_AUDITED_OPERATIONS } from '#modules/views/testing.ts';
import type { TestApp } from '#test/app.ts';
import { buildMember, TEST_PASSWORD, type TestOrg } from '#test/factories/accounts.ts';
import { buildTeam } from '#test/factories/teams.ts';
import { Agent, type Reply } from '#test/http.ts';

/**
 * The table behind audit-completeness.test.ts (RELIABILITY test 12): every mutating operation
 * of the API, with a request that makes it succeed and the audit action it must record. A new
 * POST/PATCH/PUT/DELETE fails that test until it has a row here (or a reason below).
 */

/** A fresh organisation per row; `owner` is signed in. */
export type AuditScenario = { t: TestApp; org: TestOrg; owner: Agent };

export type AuditedOperation = {
  /** `METHOD /path` exactly as in the OpenAPI document. */
  operation: string;
  /** The action the successful request must record. */
  action: string;
  /** Prepares what it needs, then sends the one request under test and returns its reply. */
  run: (s: AuditScenario) => Promise<Reply>;
};

export const NEW_PASSWORD = 'amber-quarry-violet-58';

async function invite(s: AuditScenario) {
  const response = await s.owner.post('/api/v1/invitations', {
    email: `invitee-${Date.now()}-${Math.random()}@example.com`,
    role: 'member',
  });
  if (response.status !== 201) throw new Error(`invite failed: ${response.status} ${response.text}`);
  return response.body as { id: string; acceptUrl: string };
}

async function member(s: AuditScenario): Promise<string> {
  return (await buildMember(s.t.app, s.org, { role: 'member' })).userId!;
}

export const AUDITED_OPERATIONS: AuditedOperation[] = [
  // accounts
  {
    operation: 'POST /api/v1/me/switch-org',
    action: 'session.org_switched',
    run: (s) => s.owner.post('/api/v1/me/switch-org', { orgId: s.org.id }),
  },
  {
    operation: 'DELETE /api/v1/sessions/{id}',
    action: 'session.ended',
    run: async (s) => {
      const second = new Agent(s.t.app);
      await second.post('/api/v1/auth/login', { email: s.owner.email, password: TEST_PASSWORD });
      const sessions = await s.owner.get('/api/v1/sessions');
      const other = (sessions.body.items as { id: string; current: boolean }[]).find((x) => !x.current)!;
      return s.owner.delete(`/api/v1/sessions/${other.id}`);
    },
  },
  {
    operation: 'POST /api/v1/auth/signup',
    action: 'org.created',
    run: (s) =>
      new Agent(s.t.app).post('/api/v1/auth/signup', {
        name: '李娜',
        email: `signup-${Date.now()}@example.com`,
        password: TEST_PASSWORD,
        orgName: '华北销售部',
      }),
  },
  {
    operation: 'POST /api/v1/auth/password-resets',
    action: 'user.password_reset',
    run: async (s) => {
      await new Agent(s.t.app).post('/api/v1/auth/password-reset-requests', { email: s.owner.email });
      await s.t.runJobs();
      const mail = s.t.mails.filter((m) => m.to === s.owner.email).at(-1)!;
      const token = decodeURIComponent(/token=([^\s&"]+)/.exec(mail.text)![1]!);
      return new Agent(s.t.app).post('/api/v1/auth/password-resets', { token, password: NEW_PASSWORD });
    },
  },
  {
    operation: 'PATCH /api/v1/me',
    action: 'user.profile_updated',
    run: (s) => s.owner.patch('/api/v1/me', { name: '王芳芳' }),
  },
  {
    operation: 'POST /api/v1/me/password',
    action: 'user.password_changed',
    run: (s) => s.owner.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
  },
  {
    operation: 'PATCH /api/v1/org',
    action: 'org.updated',
    run: (s) => s.owner.patch('/api/v1/org', { name: '华东大区' }),
  },
  // members
  {
    operation: 'PATCH /api/v1/members/{userId}',
    action: 'member.role_changed',
    run: async (s) => s.owner.patch(`/api/v1/members/${await member(s)}`, { role: 'manager' }),
  },
  {
    operation: 'POST /api/v1/members/{userId}/deactivate',
    action: 'member.deactivated',
    run: async (s) => s.owner.post(`/api/v1/members/${await member(s)}/deactivate`),
  },
  {
    operation: 'POST /api/v1/members/{userId}/reactivate',
    action: 'member.reactivated',
    run: async (s) => {
      const userId = await member(s);
      await s.owner.post(`/api/v1/members/${userId}/deactivate`);
      return s.owner.post(`/api/v1/members/${userId}/reactivate`);
    },
  },
  {
    operation: 'DELETE /api/v1/members/{userId}/sessions',
    action: 'member.sessions_ended',
    run: async (s) => s.owner.delete(`/api/v1/members/${await member(s)}/sessions`),
  },
  {
    operation: 'POST /api/v1/invitations',
    action: 'invitation.created',
    run: async (s) => s.owner.post('/api/v1/invitations', { email: 'new.colleague@example.com', role: 'guest' }),
  },
  {
    operation: 'DELETE /api/v1/invitations/{id}',
    action: 'invitation.revoked',
    run: async (s) => s.owner.delete(`/api/v1/invitations/${(await invite(s)).id}`),
  },
  {
    operation: 'POST /api/v1/invitations/accept',
    action: 'invitation.accepted',
    run: async (s) => {
      const token = new URL((await invite(s)).acceptUrl).searchParams.get('token');
      return new Agent(s.t.app).post('/api/v1/invitations/accept', { token, name: '赵磊', password: TEST_PASSWORD });
    },
  },
  // teams
  {
    operation: 'POST /api/v1/teams',
    action: 'team.created',
    run: (s) => s.owner.post('/api/v1/teams', { name: '华东一组' }),
  },
  {
    operation: 'PATCH /api/v1/teams/{id}',
    action: 'team.updated',
    run: async (s) => s.owner.patch(`/api/v1/teams/${(await buildTeam(s.owner)).id}`, { name: '华东二组' }),
  },
  {
    operation: 'DELETE /api/v1/teams/{id}',
    action: 'team.deleted',
    run: async (s) => s.owner.delete(`/api/v1/teams/${(await buildTeam(s.owner)).id}`),
  },
  {
    operation: 'PUT /api/v1/teams/{id}/members/{userId}',
    action: 'team.member_added',
    run: async (s) =>
      s.owner.put(`/api/v1/teams/${(await buildTeam(s.owner)).id}/members/${await member(s)}`, { isLead: true }),
  },
  {
    operation: 'DELETE /api/v1/teams/{id}/members/{userId}',
    action: 'team.member_removed',
    run: async (s) => {
      const [team, userId] = [await buildTeam(s.owner), await member(s)];
      await s.owner.put(`/api/v1/teams/${team.id}/members/${userId}`, { isLead: false });
      return s.owner.delete(`/api/v1/teams/${team.id}/members/${userId}`);
    },
  },
  // tokens
  {
    operation: 'POST /api/v1/tokens',
    action: 'token.created',
    run: (s) => s.owner.post('/api/v1/tokens', { name: 'BI 导出', scope: 'read', expiresInDays: 90 }),
  },
  {
    operation: 'DELETE /api/v1/tokens/{id}',
    action: 'token.revoked',
    run: async (s) => {
      const created = await s.owner.post('/api/v1/tokens', { name: 'old', scope: 'read', expiresInDays: null });
      return s.owner.delete(`/api/v1/tokens/${created.body.id}`);
    },
  },
  ...TASK_AUDITED_OPERATIONS,
  ...PROJECT_AUDITED_OPERATIONS,
  ...TASK_PART_AUDITED_OPERATIONS,
  ...VIEW_AUDITED_OPERATIONS,
  ...CUSTOMER_AUDITED_OPERATIONS,
  ...DEAL_AUDITED_OPERATIONS,
  ...COMMENT_AUDITED_OPERATIONS,
];

/** Mutating operations that write no audit entry on purpose, with the reason. */
export const NOT_AUDITED_BY_DESIGN: Record<string, string> = {
  ...COMMENT_NOT_AUDITED,
  'POST /api/v1/auth/login':
    'Signing in changes no organisation data (a success is still logged as session.signed_in).',
  'POST /api/v1/auth/logout': 'Ends the caller’s own session only.',
  'POST /api/v1/customers/check-duplicates': 'A read (查重 while typing) sent as POST; it changes nothing.',
  'POST /api/v1/auth/password-reset-requests':
    'Anonymous and answers alike for unknown addresses; the reset itself is audited.',
};
