import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { dummyPasswordHash, verifyPassword } from '#platform/auth/passwords.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hashSecret, newId, newSecret } from '#platform/ids/ids.ts';
import { enqueueMail } from '#platform/mail/mail-job.ts';
import { clearThrottle, insertPasswordReset, lockThrottle } from '../queries/sessions.ts';
import type { UserRow } from '../queries/users.ts';
import type { AccountsDeps } from './deps.ts';
import { lockedMail } from './mails.ts';

/** Lockout from RELIABILITY.md: after 10 failures within an hour the account locks for 10 minutes. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MS = 10 * 60 * 1000;
const FAILURE_WINDOW_MS = 60 * 60 * 1000;
const UNLOCK_LINK_MS = 60 * 60 * 1000;

/**
 * Takes one attempt from the e-mail's allowance before the password is checked, in one atomic
 * statement: concurrent guesses cannot all slip in before the count is written. The 11th attempt
 * within the window sets the lock; a lock that has passed starts a new window.
 */
async function reserveAttempt(db: Executor, emailKey: string, now: Date) {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  const locked = sql`(lt.locked_until is not null and lt.locked_until > ${now})`;
  const fresh = sql`((lt.locked_until is not null and lt.locked_until <= ${now}) or lt.window_started_at < ${windowStart})`;
  const rows = await queryRows<{ failures: number; locked_until: Date | string | null }>(
    db,
    sql`
    insert into login_throttle as lt (email_key, failures, window_started_at, locked_until)
    values (${emailKey}, 1, ${now}, null)
    on conflict (email_key) do update set
      failures = case when ${locked} then lt.failures when ${fresh} then 1 else lt.failures + 1 end,
      window_started_at = case when ${locked} then lt.window_started_at when ${fresh} then ${now} else lt.window_started_at end,
      locked_until = case when ${locked} then lt.locked_until when ${fresh} then null
                          when lt.failures + 1 > ${LOCK_AFTER_FAILURES} then ${lockUntil} else null end
    returning failures, locked_until`,
  );
  const row = rows[0]!;
  return { lockedUntil: row.locked_until ? new Date(row.locked_until) : null, failures: Number(row.failures) };
}

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('account_locked', {
    detail: `Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    retryAfterSeconds,
  });
}

/**
 * Checks a password against an account (or against nothing, for an unknown e-mail, taking the
 * same time) under the per-account lockout. Every path that accepts a password goes through here:
 * sign-in, invitation acceptance, password change.
 */
export async function verifyPasswordThrottled(
  deps: AccountsDeps,
  db: Executor,
  email: string,
  user: UserRow | null,
  password: string,
): Promise<boolean> {
  const now = deps.clock.now();
  const emailKey = email.trim().toLowerCase();
  const attempt = await reserveAttempt(db, emailKey, now);
  if (attempt.lockedUntil && attempt.lockedUntil > now) throw lockedError(attempt.lockedUntil, now);
  const valid = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
  if (valid) {
    await clearThrottle(db, emailKey);
  } else if (attempt.failures === LOCK_AFTER_FAILURES) {
    // The tenth failure locks at once and tells the owner, with a way back in.
    const until = new Date(now.getTime() + LOCK_MS);
    await lockThrottle(db, emailKey, until);
    if (user) await sendLockedNotice(deps, db, user, until);
  }
  return valid;
}

/** Mails the account owner that sign-in is locked, with a single-use link to set a new password now. */
async function sendLockedNotice(deps: AccountsDeps, db: Executor, user: UserRow, until: Date): Promise<void> {
  const token = newSecret();
  const now = deps.clock.now();
  await insertPasswordReset(db, {
    id: newId(),
    userId: user.id,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + UNLOCK_LINK_MS),
  });
  const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await enqueueMail(db, lockedMail(user.locale === 'en' ? 'en' : 'zh-CN', user.email, user.name, until, link));
}
