import type { AcceptInvitationBody } from '@meridian/contracts';
import { pickAvatarColor } from '#modules/accounts/presenter.ts';
import type { StartedSession } from '#modules/accounts/service/deps.ts';
import { throttleAuthRequest } from '#modules/accounts/service/login.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { checkPasswordPolicy, hashPassword } from '#platform/auth/passwords.ts';
import type { UserContext } from '#platform/context/from-request.ts';
import { type PublicContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { hashSecret, newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { invitationStatus } from '../presenter.ts';
import { addTeamMembership, findInvitationByToken, markInvitation, updateMembershipVersioned } from '../queries.ts';
import type { MembersDeps } from './deps.ts';

const wrongPassword = () =>
  new AppError('invalid_credentials', {
    fields: [fieldError('password', 'mismatch', 'Enter the password of your existing account')],
  });

/** For an invitation to an e-mail that has an account: the account's id once its password is proven. */
async function verifyExistingAccount(
  deps: MembersDeps,
  ctx: PublicContext,
  input: AcceptInvitationBody,
): Promise<string | null> {
  const invitation = await findInvitationByToken(ctx.db, hashSecret(input.token));
  if (!invitation) return null;
  const user = await deps.accounts.findUserByEmail(ctx.db, invitation.email);
  if (!user) return null;
  if (
    !input.password ||
    !(await deps.accounts.verifyPasswordThrottled(ctx.db, invitation.email, user, input.password))
  ) {
    throw wrongPassword();
  }
  return user.id;
}

export type AcceptResult = { orgId: string; userId: string; session: StartedSession | null };

/**
 * Accepts an invitation. A signed-in user with the invited e-mail joins at once; otherwise the
 * invitee proves the existing account's password, or creates the account with a name and password.
 * The caller's session moves to the organisation (or a new one is opened).
 */
export async function acceptInvitation(
  deps: MembersDeps,
  ctx: PublicContext | UserContext,
  input: AcceptInvitationBody,
  limits: { authRequestsPerMinutePerIp: number },
): Promise<AcceptResult> {
  if (!ctx.actor)
    await throttleAuthRequest(
      { clock: deps.clock, config: { publicUrl: deps.config.publicUrl, signup: 'invite' }, limits },
      ctx as PublicContext,
    );
  // An existing account's password is checked outside the transaction: a refused attempt must
  // still count toward the lockout, which a rolled-back transaction would forget.
  const verifiedUserId = ctx.actor ? null : await verifyExistingAccount(deps, ctx as PublicContext, input);
  const preHash = input.password && !ctx.actor && !verifiedUserId ? await hashPassword(input.password) : null;
  return withTx(ctx, async (tx) => {
    const now = deps.clock.now();
    const invitation = await findInvitationByToken(tx.db, hashSecret(input.token), true);
    if (!invitation || invitationStatus(invitation, now) !== 'pending') throw new AppError('invitation_invalid');
    const { orgId } = invitation;
    let user = await deps.accounts.findUserByEmail(tx.db, invitation.email);

    if (ctx.actor) {
      if (!user || user.id !== ctx.actor.userId) {
        throw new AppError('forbidden', {
          detail: `This invitation is for ${invitation.email}; sign out and accept it as that account`,
        });
      }
    } else if (user) {
      if (user.id !== verifiedUserId) throw wrongPassword();
    } else {
      const missing = [];
      if (!input.name?.trim()) missing.push(fieldError('name', 'required', 'Enter your name'));
      if (!input.password) missing.push(fieldError('password', 'required', 'Choose a password'));
      if (missing.length) throw new AppError('validation_failed', { fields: missing });
      const weak = checkPasswordPolicy(input.password!, {
        email: invitation.email,
        name: input.name,
        orgNames: [invitation.orgName],
      });
      if (weak) throw new AppError('weak_password', { fields: [weak] });
      user = await deps.accounts.insertUser(tx.db, {
        id: newId(),
        email: invitation.email,
        name: input.name!.trim(),
        passwordHash: preHash!,
        avatarColor: pickAvatarColor(invitation.email),
        locale: ctx.locale,
        createdAt: now,
        updatedAt: now,
      });
    }

    const existing = await deps.accounts.findMembership(tx.db, orgId, user.id);
    if (existing) {
      await updateMembershipVersioned(
        tx.db,
        orgId,
        user.id,
        undefined,
        { status: 'active', role: invitation.role },
        now,
      );
    } else {
      await deps.accounts.insertMembership(tx.db, {
        orgId,
        userId: user.id,
        role: invitation.role,
        joinedAt: now,
        updatedAt: now,
      });
    }
    if (invitation.teamId) await addTeamMembership(tx.db, orgId, invitation.teamId, user.id);
    await markInvitation(tx.db, orgId, invitation.id, { acceptedAt: now });
    const audit = { orgId, actorId: user.id, targetType: 'member', targetId: user.id, targetLabel: user.name };
    await recordAudit(
      tx.db,
      tx,
      { ...audit, action: 'member.joined', changes: { role: { from: existing?.role ?? null, to: invitation.role } } },
      now,
    );
    await recordAudit(
      tx.db,
      tx,
      {
        ...audit,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        targetLabel: invitation.email,
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      orgId,
      type: 'member.joined',
      payload: { userId: user.id, role: invitation.role },
    });

    if (ctx.actor?.sessionId) {
      await deps.accounts.setSessionOrg(tx.db, ctx.actor.sessionId, orgId);
      return { orgId, userId: user.id, session: null };
    }
    const session = await deps.accounts.startSession(tx.db, tx, { userId: user.id, orgId, remember: false });
    return { orgId, userId: user.id, session };
  });
}
