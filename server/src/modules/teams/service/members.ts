import type { Team } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCanTeam } from '../policy.ts';
import { deleteTeamMember, findActiveMember, findTeam, findTeamMember, upsertTeamMember } from '../queries.ts';
import type { TeamsDeps } from './deps.ts';
import { presentTeam } from './shared.ts';

export type TeamMemberRef = { teamId: string; userId: string };

/** Adds an active member of the organisation to a team, or changes whether they lead it. */
export async function putTeamMember(
  deps: TeamsDeps,
  ctx: RequestContext,
  ref: TeamMemberRef,
  input: { isLead?: boolean },
): Promise<Team> {
  return withTx(ctx, async (tx) => {
    const team = await findTeam(tx.db, ctx.orgId, ref.teamId);
    if (!team) throw notFound('No such team');
    assertCanTeam(ctx.actor, 'putMember');
    const member = await findActiveMember(tx.db, ctx.orgId, ref.userId);
    // Someone who is not an active member here is, for this organisation, nobody: 404.
    if (!member) throw notFound('No such member in this organisation');
    const before = await findTeamMember(tx.db, ctx.orgId, ref.teamId, ref.userId);
    const after = { userId: ref.userId, isLead: input.isLead ?? false };
    if (before && before.isLead === after.isLead) return presentTeam(tx, ref.teamId);
    await upsertTeamMember(tx.db, { orgId: ctx.orgId, teamId: ref.teamId, ...after });
    const action = before ? 'team.member_updated' : 'team.member_added';
    await audit(deps, tx, team.name, ref, action, before, after);
    await addOutboxEvent(tx.db, tx, {
      type: 'team.members_changed',
      payload: { teamId: ref.teamId, userId: ref.userId },
    });
    return presentTeam(tx, ref.teamId);
  });
}

/** Takes someone out of a team; someone who is not in it answers 404. */
export async function removeTeamMember(deps: TeamsDeps, ctx: RequestContext, ref: TeamMemberRef): Promise<Team> {
  return withTx(ctx, async (tx) => {
    const team = await findTeam(tx.db, ctx.orgId, ref.teamId);
    if (!team) throw notFound('No such team');
    assertCanTeam(ctx.actor, 'removeMember');
    const before = await findTeamMember(tx.db, ctx.orgId, ref.teamId, ref.userId);
    if (!before || !(await deleteTeamMember(tx.db, ctx.orgId, ref.teamId, ref.userId))) {
      throw notFound('This person is not a member of the team');
    }
    await audit(deps, tx, team.name, ref, 'team.member_removed', before, null);
    await addOutboxEvent(tx.db, tx, {
      type: 'team.members_changed',
      payload: { teamId: ref.teamId, userId: ref.userId },
    });
    return presentTeam(tx, ref.teamId);
  });
}

type MemberState = { userId: string; isLead: boolean } | null;

/** The audit entry of a membership change: always which user, and how their lead flag moved. */
async function audit(
  deps: TeamsDeps,
  ctx: RequestContext,
  teamName: string,
  ref: TeamMemberRef,
  action: string,
  before: MemberState,
  after: MemberState,
) {
  const changes = {
    userId: { from: before?.userId ?? null, to: after?.userId ?? null },
    ...diffFields(before, after, ['isLead']),
  };
  await recordAudit(
    ctx.db,
    ctx,
    { action, targetType: 'team', targetId: ref.teamId, targetLabel: teamName, changes },
    deps.clock.now(),
  );
}
