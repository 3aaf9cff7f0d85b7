import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { apiTokens, memberships, organizations, sessions, users } from '#db/schema/index.ts';

/** A session with its user and the membership of its current organisation, in one query. */
export async function findSessionByHash(db: Executor, tokenHash: string) {
  const rows = await db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      orgId: sessions.orgId,
      csrfToken: sessions.csrfToken,
      remember: sessions.remember,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userName: users.name,
      userEmail: users.email,
      userLocale: users.locale,
      userTimeZone: users.timeZone,
      role: memberships.role,
      memberStatus: memberships.status,
      idleMinutes: organizations.sessionIdleMinutes,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)))
    .leftJoin(organizations, eq(organizations.id, sessions.orgId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchSession(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

/** A personal access token with its owner's membership, in one query. */
export async function findTokenByHash(db: Executor, tokenHash: string) {
  const rows = await db
    .select({
      id: apiTokens.id,
      orgId: apiTokens.orgId,
      userId: apiTokens.userId,
      scope: apiTokens.scope,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      userName: users.name,
      userEmail: users.email,
      userLocale: users.locale,
      userTimeZone: users.timeZone,
      role: memberships.role,
      memberStatus: memberships.status,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(memberships, and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function touchToken(db: Executor, orgId: string, id: string, at: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id)));
}

/** Ends sessions at once: every session of a user, optionally only in one organisation or all but one. */
export async function revokeSessions(
  db: Executor,
  filter: { userId: string; orgId?: string; exceptId?: string },
  at: Date,
): Promise<number> {
  const conditions = [eq(sessions.userId, filter.userId), isNull(sessions.revokedAt)];
  if (filter.orgId) conditions.push(eq(sessions.orgId, filter.orgId));
  if (filter.exceptId) conditions.push(sql`${sessions.id} <> ${filter.exceptId}`);
  const result = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(...conditions))
    .returning({ id: sessions.id });
  return result.length;
}
