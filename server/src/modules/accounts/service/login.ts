import type { LoginBody } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { hashPassword, needsRehash } from '#platform/auth/passwords.ts';
import { hitRateLimit } from '#platform/auth/rate-limit.ts';
import type { PublicContext } from '#platform/context/request-context.ts';
import { withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { listActiveOrgsOfUser } from '../queries/orgs.ts';
import { findUserByEmail, updateUserVersioned } from '../queries/users.ts';
import type { AccountsDeps, StartedSession } from './deps.ts';
import { verifyPasswordThrottled } from './password-check.ts';
import { startSession } from './sessions.ts';

/** Counts an auth request from this address; the 11th in a minute is refused with Retry-After. */
export async function throttleAuthRequest(
  deps: AccountsDeps,
  ctx: PublicContext | { db: PublicContext['db']; ip: string },
): Promise<void> {
  const result = await hitRateLimit(
    ctx.db,
    `auth-ip:${ctx.ip}`,
    deps.limits.authRequestsPerMinutePerIp,
    60,
    deps.clock.now(),
  );
  if (!result.allowed) {
    throw new AppError('rate_limited', {
      detail: 'Too many attempts from your address',
      retryAfterSeconds: result.retryAfterSeconds,
    });
  }
}

/**
 * Signs in with e-mail and password. Unknown e-mails get the same answer, the same timing
 * (a dummy hash is verified) and the same lockout as known ones.
 */
export async function login(
  deps: AccountsDeps,
  ctx: PublicContext,
  input: LoginBody,
): Promise<{ session: StartedSession; userId: string }> {
  const now = deps.clock.now();
  await throttleAuthRequest(deps, ctx);
  const user = await findUserByEmail(ctx.db, input.email);
  const valid = await verifyPasswordThrottled(deps, ctx.db, input.email, user, input.password);
  if (!user || !valid) throw new AppError('invalid_credentials');

  return withTx(ctx, async (tx) => {
    if (needsRehash(user.passwordHash)) {
      await updateUserVersioned(tx.db, user.id, undefined, { passwordHash: await hashPassword(input.password) }, now);
    }
    const orgs = await listActiveOrgsOfUser(tx.db, user.id);
    const orgId = orgs[0]?.id ?? null;
    const session = await startSession(deps, tx.db, tx, { userId: user.id, orgId, remember: input.remember ?? false });
    if (orgId) {
      await recordAudit(
        tx.db,
        tx,
        {
          orgId,
          actorId: user.id,
          action: 'session.signed_in',
          targetType: 'user',
          targetId: user.id,
          targetLabel: user.name,
        },
        now,
      );
    }
    return { session, userId: user.id };
  });
}
