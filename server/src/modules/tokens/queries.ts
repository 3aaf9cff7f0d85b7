import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { apiTokens } from '#db/schema/index.ts';

/** The columns a token leaves the database with: never its hash. */
const tokenColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  name: apiTokens.name,
  scope: apiTokens.scope,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export type TokenRow = {
  id: string;
  userId: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
};

export const MAX_LISTED_TOKENS = 200;

/** A user's tokens in one organisation that are not revoked (expired ones included), newest first. */
export async function listLiveTokensOfUser(db: Executor, orgId: string, userId: string): Promise<TokenRow[]> {
  return db
    .select(tokenColumns)
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(MAX_LISTED_TOKENS);
}

export async function insertToken(db: Executor, row: typeof apiTokens.$inferInsert): Promise<TokenRow> {
  const [created] = await db.insert(apiTokens).values(row).returning(tokenColumns);
  return created!;
}

/** Revokes one of the user's live tokens; null when there is no such token (or it is someone else's). */
export async function revokeTokenOfUser(
  db: Executor,
  orgId: string,
  userId: string,
  id: string,
  at: Date,
): Promise<TokenRow | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)),
    )
    .returning(tokenColumns);
  return row ?? null;
}
