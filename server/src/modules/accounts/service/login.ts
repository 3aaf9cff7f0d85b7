import type { LoginBody } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '#platform/auth/passwords.ts';
import { hitRateLimit } from '#platform/auth/rate-limit.ts';
import type { PublicContext } from '#platform/context/request-context.ts';
import { withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { listActiveOrgsOfUser } from '../queries/orgs.ts';
import { clearThrottle, findThrottle, saveThrottle } from '../queries/sessions.ts';
import { findUserByEmail, updateUserVersioned } from '../queries/users.ts';
import type { AccountsDeps, StartedSession } from './deps.ts';
import { startSession } from './sessions.ts';

/** Lockout from RELIABILITY.md: 10 failures within an hour lock the account for 10 minutes. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MS = 10 * 60 * 1000;
const FAILURE_WINDOW_MS = 60 * 60 * 1000;

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

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('account_locked', {
    detail: `Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    retryAfterSeconds,
  });
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
  const emailKey = input.email.trim().toLowerCase();
  const throttle = await findThrottle(ctx.db, emailKey);
  if (throttle?.lockedUntil && throttle.lockedUntil > now) throw lockedError(throttle.lockedUntil, now);

  const user = await findUserByEmail(ctx.db, emailKey);
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await dummyPasswordHash(), input.password).then(() => false);
  if (!user || !valid) {
    const fresh =
      !throttle ||
      throttle.lockedUntil !== null ||
      now.getTime() - throttle.windowStartedAt.getTime() > FAILURE_WINDOW_MS;
    const failures = fresh ? 1 : throttle.failures + 1;
    const lockedUntil = failures >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
    await saveThrottle(ctx.db, {
      emailKey,
      failures,
      windowStartedAt: fresh ? now : throttle.windowStartedAt,
      lockedUntil,
    });
    throw new AppError('invalid_credentials');
  }

  return withTx(ctx, async (tx) => {
    await clearThrottle(tx.db, emailKey);
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
