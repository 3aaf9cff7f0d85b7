import { recordAudit } from '#platform/audit/audit.ts';
import { revokeSessions } from '#platform/auth/credentials-queries.ts';
import { checkPasswordPolicy, hashPassword } from '#platform/auth/passwords.ts';
import type { UserContext } from '#platform/context/from-request.ts';
import { type PublicContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { hashSecret, newId, newSecret } from '#platform/ids/ids.ts';
import { enqueueMail } from '#platform/mail/mail-job.ts';
import { listActiveOrgsOfUser } from '../queries/orgs.ts';
import { cancelPasswordResets, clearThrottle, consumePasswordReset, insertPasswordReset } from '../queries/sessions.ts';
import { findUserByEmail, findUserById, updateUserVersioned } from '../queries/users.ts';
import type { AccountsDeps } from './deps.ts';
import { throttleAuthRequest } from './login.ts';
import { resetMail } from './mails.ts';
import { verifyPasswordThrottled } from './password-check.ts';

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Audits a password event in every organisation of the user: each admin sees it in their log. */
async function auditInEveryOrg(
  deps: AccountsDeps,
  ctx: UserContext | PublicContext,
  userId: string,
  name: string,
  action: string,
): Promise<void> {
  const orgs = await listActiveOrgsOfUser(ctx.db, userId);
  for (const org of orgs) {
    await recordAudit(
      ctx.db,
      ctx,
      { orgId: org.id, actorId: userId, action, targetType: 'user', targetId: userId, targetLabel: name },
      deps.clock.now(),
    );
  }
}

/** Changes the password after checking the current one; other sessions end unless asked not to. */
export async function changePassword(
  deps: AccountsDeps,
  ctx: UserContext,
  input: { currentPassword: string; newPassword: string; endOtherSessions?: boolean },
): Promise<void> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPasswordThrottled(deps, ctx.db, user.email, user, input.currentPassword))) {
    throw new AppError('invalid_credentials', {
      fields: [fieldError('currentPassword', 'mismatch', 'The current password is wrong')],
    });
  }
  const orgNames = (await listActiveOrgsOfUser(ctx.db, user.id)).map((org) => org.name);
  const weak = checkPasswordPolicy(input.newPassword, { email: user.email, name: user.name, orgNames }, 'newPassword');
  if (weak) throw new AppError('weak_password', { fields: [weak] });
  const passwordHash = await hashPassword(input.newPassword);
  await withTx(ctx, async (tx) => {
    const now = deps.clock.now();
    await updateUserVersioned(tx.db, user.id, undefined, { passwordHash }, now);
    await cancelPasswordResets(tx.db, user.id, now);
    if (input.endOtherSessions !== false) {
      await revokeSessions(tx.db, { userId: user.id, exceptId: ctx.actor.sessionId ?? undefined }, now);
    }
    await auditInEveryOrg(deps, tx, user.id, user.name, 'user.password_changed');
  });
}

/**
 * Sends a reset link if the address has an account. The answer is the same either way, so
 * the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(deps: AccountsDeps, ctx: PublicContext, email: string): Promise<void> {
  await throttleAuthRequest(deps, ctx);
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  const token = newSecret();
  const now = deps.clock.now();
  await withTx(ctx, async (tx) => {
    await insertPasswordReset(tx.db, {
      id: newId(),
      userId: user.id,
      tokenHash: hashSecret(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS),
    });
    const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await enqueueMail(tx.db, resetMail(user.locale === 'en' ? 'en' : 'zh-CN', user.email, user.name, link));
  });
}

/** Sets a new password from a reset link (single use, one hour) and ends every session of the user. */
export async function resetPassword(
  deps: AccountsDeps,
  ctx: PublicContext,
  input: { token: string; password: string },
): Promise<void> {
  await throttleAuthRequest(deps, ctx);
  await withTx(ctx, async (tx) => {
    const now = deps.clock.now();
    const userId = await consumePasswordReset(tx.db, hashSecret(input.token), now);
    if (!userId) throw new AppError('reset_token_invalid');
    const user = (await findUserById(tx.db, userId))!;
    const orgNames = (await listActiveOrgsOfUser(tx.db, userId)).map((org) => org.name);
    const weak = checkPasswordPolicy(input.password, { email: user.email, name: user.name, orgNames });
    if (weak) throw new AppError('weak_password', { fields: [weak] });
    await updateUserVersioned(tx.db, userId, undefined, { passwordHash: await hashPassword(input.password) }, now);
    await revokeSessions(tx.db, { userId }, now);
    await cancelPasswordResets(tx.db, userId, now);
    await clearThrottle(tx.db, user.email.toLowerCase());
    await auditInEveryOrg(deps, tx, userId, user.name, 'user.password_reset');
  });
}
