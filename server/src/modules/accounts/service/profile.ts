import type { Me, OrgRole, UpdateMeBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import type { UserContext } from '#platform/context/from-request.ts';
import { withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { toMeDto, toUserDto } from '../presenter.ts';
import { findMembership, findOrgById, listActiveOrgsOfUser } from '../queries/orgs.ts';
import { setSessionOrg } from '../queries/sessions.ts';
import { findUserById, updateUserVersioned } from '../queries/users.ts';
import type { AccountsDeps } from './deps.ts';
import { assertTimeZone } from './time-zone.ts';

/** Who is signed in, where, and what they may do: the first call of the web app. */
export async function getMe(_deps: AccountsDeps, ctx: UserContext, csrfToken: string | null): Promise<Me> {
  const [user, orgs, org] = await Promise.all([
    findUserById(ctx.db, ctx.actor.userId),
    listActiveOrgsOfUser(ctx.db, ctx.actor.userId),
    ctx.orgId ? findOrgById(ctx.db, ctx.orgId) : Promise.resolve(null),
  ]);
  if (!user) throw new AppError('unauthenticated');
  return toMeDto({ user, org, role: ctx.actor.role, orgs, csrfToken });
}

const PROFILE_FIELDS = ['name', 'avatarColor', 'locale', 'timeZone'] as const;

/** Updates the signed-in user's profile; a stale version answers 409 with the current profile. */
export async function updateMe(
  deps: AccountsDeps,
  ctx: UserContext,
  input: UpdateMeBody,
  version: number | undefined,
): Promise<void> {
  if (input.timeZone) assertTimeZone(input.timeZone);
  await withTx(ctx, async (tx) => {
    const before = await findUserById(tx.db, ctx.actor.userId);
    if (!before) throw new AppError('unauthenticated');
    const patch = {
      name: input.name?.trim(),
      avatarColor: input.avatarColor,
      locale: input.locale,
      timeZone: input.timeZone,
    };
    const after = await updateUserVersioned(tx.db, before.id, version, stripUndefined(patch), deps.clock.now());
    // Re-read: the row that won may have committed after `before` was read.
    if (!after) throw versionConflict(toUserDto((await findUserById(tx.db, before.id)) ?? before));
    const changes = diffFields(before, after, [...PROFILE_FIELDS]);
    const orgs = await listActiveOrgsOfUser(tx.db, before.id);
    for (const org of orgs) {
      await recordAudit(
        tx.db,
        tx,
        {
          orgId: org.id,
          action: 'user.profile_updated',
          targetType: 'user',
          targetId: before.id,
          targetLabel: after.name,
          changes,
        },
        deps.clock.now(),
      );
    }
  });
}

/** Moves the current session to another organisation where the user is an active member. */
export async function switchOrg(deps: AccountsDeps, ctx: UserContext, orgId: string): Promise<{ role: OrgRole }> {
  const membership = await findMembership(ctx.db, orgId, ctx.actor.userId);
  if (membership?.status !== 'active') throw new AppError('not_found', { detail: 'No such organisation' });
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) throw new AppError('forbidden', { detail: 'A token is bound to its organisation' });
  await withTx(ctx, async (tx) => {
    await setSessionOrg(tx.db, sessionId, orgId);
    const changes = { orgId: { from: ctx.orgId, to: orgId } };
    await recordAudit(
      tx.db,
      tx,
      {
        orgId,
        action: 'session.org_switched',
        targetType: 'user',
        targetId: ctx.actor.userId,
        targetLabel: ctx.actor.name,
        changes,
      },
      deps.clock.now(),
    );
  });
  return { role: membership.role as OrgRole };
}

export function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
