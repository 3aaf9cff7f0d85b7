import type { Team } from '@meridian/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, outboxEvents } from '#db/schema/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { buildMember, buildOrg } from '#test/factories/accounts.ts';
import { addTeamMember, buildTeam } from '#test/factories/teams.ts';
import { teamScopeOf } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const memberIds = (team: Team) => team.members.map((m) => m.userId);

describe('team members', () => {
  it('adds a member, makes them lead, and removes them', async () => {
    const org = await buildOrg(t.app);
    const chen = await buildMember(t.app, org, { name: '陈静' });
    const team = await buildTeam(org.owner, { name: '上海销售一组' });
    const added = await org.owner.put(`/api/v1/teams/${team.id}/members/${chen.userId}`, {});
    expect(added.status).toBe(200);
    expect(added.body.members).toEqual([
      { userId: chen.userId, name: '陈静', initials: '陈静', avatarColor: expect.any(String), isLead: false },
    ]);
    const lead = await org.owner.put(`/api/v1/teams/${team.id}/members/${org.owner.userId}`, { isLead: true });
    expect(lead.body.members.map((m: { name: string; isLead: boolean }) => [m.name, m.isLead])).toEqual([
      ['王芳', true],
      ['陈静', false],
    ]);
    const promoted = await org.owner.put(`/api/v1/teams/${team.id}/members/${chen.userId}`, { isLead: true });
    expect(promoted.body.members.every((m: { isLead: boolean }) => m.isLead)).toBe(true);
    const listed = await org.owner.get('/api/v1/teams');
    expect(listed.body.items[0].members).toHaveLength(2);
    const removed = await org.owner.delete(`/api/v1/teams/${team.id}/members/${chen.userId}`);
    expect(removed.status).toBe(200);
    expect(memberIds(removed.body)).toEqual([org.owner.userId]);
    const again = await org.owner.delete(`/api/v1/teams/${team.id}/members/${chen.userId}`);
    expect(again.status).toBe(404);
  });

  it('accepts only active members of the organisation (404 for anyone else)', async () => {
    const org = await buildOrg(t.app);
    const other = await buildOrg(t.app);
    const leaver = await buildMember(t.app, org, { name: '李娜' });
    expect((await org.owner.post(`/api/v1/members/${leaver.userId}/deactivate`)).status).toBeLessThan(300);
    const team = await buildTeam(org.owner, { name: '华东大区' });
    for (const userId of [other.owner.userId, leaver.userId, '0190a000-0000-7000-8000-000000000000']) {
      const response = await org.owner.put(`/api/v1/teams/${team.id}/members/${userId}`, { isLead: true });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const badIds = await org.owner.put('/api/v1/teams/nope/members/nope', {});
    expect(badIds.status).toBe(422);
    expect(badIds.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/params/id',
      '/params/userId',
    ]);
  });

  it('writes an audit entry with before and after, and an outbox event, for every change', async () => {
    const org = await buildOrg(t.app);
    const chen = await buildMember(t.app, org, { name: '陈静' });
    const region = await buildTeam(org.owner, { name: '华东大区' });
    const team = await buildTeam(org.owner, { name: '上海销售一组', description: '老客户' });
    await org.owner.patch(`/api/v1/teams/${team.id}`, { name: '上海销售1组', parentId: region.id });
    await addTeamMember(org.owner, team.id, chen.userId!);
    await addTeamMember(org.owner, team.id, chen.userId!, { isLead: true });
    await org.owner.delete(`/api/v1/teams/${team.id}/members/${chen.userId}`);
    await addTeamMember(org.owner, team.id, chen.userId!);
    expect((await org.owner.delete(`/api/v1/teams/${team.id}`)).status).toBe(204);

    const entries = await t.database.db
      .select({
        action: auditLog.action,
        actorId: auditLog.actorId,
        targetLabel: auditLog.targetLabel,
        changes: auditLog.changes,
      })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.targetType, 'team'), eq(auditLog.targetId, team.id)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => e.action)).toEqual([
      'team.created',
      'team.updated',
      'team.member_added',
      'team.member_updated',
      'team.member_removed',
      'team.member_added',
      'team.deleted',
    ]);
    expect(entries.every((e) => e.actorId === org.owner.userId)).toBe(true);
    const [created, updated, added, promoted, removed, , deleted] = entries.map((e) => e.changes);
    expect(created).toEqual({ name: { from: null, to: '上海销售一组' }, description: { from: null, to: '老客户' } });
    expect(updated).toEqual({
      name: { from: '上海销售一组', to: '上海销售1组' },
      parentId: { from: null, to: region.id },
    });
    expect(added).toEqual({ userId: { from: null, to: chen.userId }, isLead: { from: null, to: false } });
    expect(promoted).toEqual({ userId: { from: chen.userId, to: chen.userId }, isLead: { from: false, to: true } });
    expect(removed).toEqual({ userId: { from: chen.userId, to: null }, isLead: { from: true, to: null } });
    expect(deleted).toMatchObject({
      name: { from: '上海销售1组', to: null },
      members: { from: [chen.userId], to: null },
    });

    const events = await t.database.db
      .select({ type: outboxEvents.type, payload: outboxEvents.payload })
      .from(outboxEvents)
      .where(eq(outboxEvents.orgId, org.id))
      .orderBy(asc(outboxEvents.seq));
    const teamEvents = events.filter(
      (e) => e.type.startsWith('team.') && (e.payload as { teamId: string }).teamId === team.id,
    );
    expect(teamEvents.map((e) => e.type)).toEqual([
      'team.created',
      'team.updated',
      'team.members_changed',
      'team.members_changed',
      'team.members_changed',
      'team.members_changed',
      'team.deleted',
    ]);
  });

  it('does not audit a PUT that changes nothing', async () => {
    const org = await buildOrg(t.app);
    const team = await buildTeam(org.owner);
    await addTeamMember(org.owner, team.id, org.owner.userId!, { isLead: true });
    await addTeamMember(org.owner, team.id, org.owner.userId!, { isLead: true });
    const entries = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.targetId, team.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(['team.created', 'team.member_added']);
  });

  it('lists 30 teams with their members in one page, with as many queries as for one team', async () => {
    const org = await buildOrg(t.app);
    const people = [
      org.owner,
      await buildMember(t.app, org, { name: '陈静' }),
      await buildMember(t.app, org, { name: 'Li Wei' }),
    ];
    for (let i = 0; i < 30; i++) {
      const team = await buildTeam(org.owner, { name: `销售${String(i).padStart(2, '0')}组` });
      for (const [n, person] of people.entries())
        if ((i + n) % 2 === 0) await addTeamMember(org.owner, team.id, person.userId!, { isLead: n === 0 });
    }
    const client = (t.database.db as unknown as { session: { client: { query: (...args: unknown[]) => unknown } } })
      .session.client;
    const spy = vi.spyOn(client, 'query');
    const one = await org.owner.get('/api/v1/teams', { query: { limit: 1 } });
    const queriesForOne = spy.mock.calls.length;
    spy.mockClear();
    const all = await org.owner.get('/api/v1/teams', { query: { limit: 50 } });
    const queriesForThirty = spy.mock.calls.length;
    spy.mockRestore();
    expect(one.body.items).toHaveLength(1);
    expect(all.body.items).toHaveLength(30);
    expect(all.body.nextCursor).toBeNull();
    expect(queriesForOne).toBeGreaterThan(0);
    expect(queriesForThirty).toBe(queriesForOne);
    const first = all.body.items.find((team: Team) => team.name === '销售00组');
    expect(first.members.map((m: { initials: string; isLead: boolean }) => [m.initials, m.isLead])).toEqual([
      ['王芳', true],
      ['LW', false],
    ]);
  });
});

describe('teamScopeOf', () => {
  it('covers the actor’s teams and every team below them, and nothing else', async () => {
    const org = await buildOrg(t.app);
    const other = await buildOrg(t.app);
    const manager = await buildMember(t.app, org, { role: 'manager', name: '张伟' });
    const seller = await buildMember(t.app, org, { name: '陈静' });
    const loner = await buildMember(t.app, org, { name: '刘洋' });
    const region = await buildTeam(org.owner, { name: '华东大区' });
    const group = await buildTeam(org.owner, { name: '上海销售一组', parentId: region.id });
    const squad = await buildTeam(org.owner, { name: '浦东小组', parentId: group.id });
    const sibling = await buildTeam(org.owner, { name: '上海销售二组', parentId: region.id });
    await buildTeam(org.owner, { name: '华北大区' });
    await addTeamMember(org.owner, region.id, manager.userId!, { isLead: true });
    await addTeamMember(org.owner, group.id, seller.userId!);
    const foreign = await buildTeam(other.owner, { name: '华东大区' });
    await addTeamMember(other.owner, foreign.id, other.owner.userId!);

    const scope = (agent: { userId: string | null }) =>
      teamScopeOf({ db: t.database.db, orgId: org.id, actor: { userId: agent.userId! } }).then((ids) =>
        [...ids].sort(),
      );
    expect(await scope(manager)).toEqual([region.id, group.id, squad.id, sibling.id].sort());
    expect(await scope(seller)).toEqual([group.id, squad.id].sort());
    expect(await scope(loner)).toEqual([]);
    expect(await scope(other.owner)).toEqual([]);
  });
});
