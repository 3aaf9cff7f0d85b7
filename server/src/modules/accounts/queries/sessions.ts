import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { loginThrottle, passwordResets, sessions } from '#db/schema/index.ts';

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** A user's live sessions (not revoked, not past their absolute expiry), newest use first. */
export async function listLiveSessions(db: Executor, userId: string, now: Date) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(200);
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

export async function findThrottle(db: Executor, emailKey: string) {
  const rows = await db.select().from(loginThrottle).where(eq(loginThrottle.emailKey, emailKey)).limit(1);
  return rows[0] ?? null;
}

export async function saveThrottle(db: Executor, row: typeof loginThrottle.$inferInsert): Promise<void> {
  await db
    .insert(loginThrottle)
    .values(row)
    .onConflictDoUpdate({
      target: loginThrottle.emailKey,
      set: { failures: row.failures, windowStartedAt: row.windowStartedAt, lockedUntil: row.lockedUntil ?? null },
    });
}

export async function clearThrottle(db: Executor, emailKey: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.emailKey, emailKey));
}
