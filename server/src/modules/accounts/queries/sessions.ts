import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { loginThrottle, organizations, passwordResets, sessions } from '#db/schema/index.ts';
import { DEFAULT_IDLE_MINUTES } from '#platform/auth/session-policy.ts';

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A user's live sessions: not revoked, within their absolute and idle limits; newest use first. */
export async function listLiveSessions(db: Executor, userId: string, now: Date) {
  return db
    .select(sessionColumns)
    .from(sessions)
    .leftJoin(organizations, eq(organizations.id, sessions.orgId))
    .where(and(eq(sessions.userId, userId), ...liveSessionConditions(now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(200);
}

export const sessionColumns = {
  id: sessions.id,
  userId: sessions.userId,
  userAgent: sessions.userAgent,
  ip: sessions.ip,
  createdAt: sessions.createdAt,
  lastSeenAt: sessions.lastSeenAt,
  expiresAt: sessions.expiresAt,
};

/** Conditions of a session that still works at `now` (needs the organizations join for the idle limit). */
export function liveSessionConditions(now: Date) {
  return [
    isNull(sessions.revokedAt),
    gt(sessions.expiresAt, now),
    sql`(${sessions.remember} or ${sessions.lastSeenAt} > ${now}::timestamptz - make_interval(mins => coalesce(${organizations.sessionIdleMinutes}, ${DEFAULT_IDLE_MINUTES})))`,
  ];
}

/** Ends every open reset link of a user: after a new password, older links must not work. */
export async function cancelPasswordResets(db: Executor, userId: string, at: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

export async function revokeSessionById(db: Executor, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function setSessionOrg(db: Executor, id: string, orgId: string): Promise<void> {
  await db.update(sessions).set({ orgId }).where(eq(sessions.id, id));
}

export async function insertPasswordReset(db: Executor, row: typeof passwordResets.$inferInsert): Promise<void> {
  await db.insert(passwordResets).values(row);
}

/** Marks a reset link used and returns its user, if it was valid at `now`; single use. */
export async function consumePasswordReset(db: Executor, tokenHash: string, now: Date): Promise<string | null> {
  const rows = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
    )
    .returning({ userId: passwordResets.userId });
  return rows[0]?.userId ?? null;
}

export async function lockThrottle(db: Executor, emailKey: string, until: Date): Promise<void> {
  await db.update(loginThrottle).set({ lockedUntil: until }).where(eq(loginThrottle.emailKey, emailKey));
}

export async function clearThrottle(db: Executor, emailKey: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.emailKey, emailKey));
}
