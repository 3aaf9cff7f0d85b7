import type { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { TOKEN_PREFIX } from '#platform/auth/token-format.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { hashSecret, newId, newSecret } from '#platform/ids/ids.ts';
import { assertCanCreateToken } from './policy.ts';
import { toApiTokenDto, toCreatedApiTokenDto } from './presenter.ts';
import { insertToken, listLiveTokensOfUser, revokeTokenOfUser } from './queries.ts';

export type TokenDeps = { clock: Clock };

/** Enough of the token to recognise it in a list; the rest of the secret is never shown again. */
export const PREFIX_LENGTH = 12;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Personal access tokens: each user manages their own, in the current organisation. */
export function createTokenService(deps: TokenDeps) {
  return {
    /** The caller's tokens in this organisation that are not revoked, newest first. */
    async listMyTokens(ctx: RequestContext): Promise<ApiTokenList> {
      const rows = await listLiveTokensOfUser(ctx.db, ctx.orgId, ctx.actor.userId);
      return { items: rows.map(toApiTokenDto) };
    },

    /** Creates a token; the answer holds the secret once, and only its SHA-256 is stored. */
    async createToken(ctx: RequestContext, input: CreateApiTokenBody): Promise<CreatedApiToken> {
      assertCanCreateToken(ctx.actor);
      const name = input.name.trim();
      if (!name)
        throw new AppError('validation_failed', { fields: [fieldError('name', 'required', 'Give the token a name')] });
      const now = deps.clock.now();
      const token = `${TOKEN_PREFIX}${newSecret()}`;
      const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
      return withTx(ctx, async (tx) => {
        const row = await insertToken(tx.db, {
          orgId: ctx.orgId,
          id: newId(),
          userId: ctx.actor.userId,
          name,
          scope: input.scope,
          prefix: token.slice(0, PREFIX_LENGTH),
          tokenHash: hashSecret(token),
          createdAt: now,
          expiresAt,
        });
        const changes = {
          name: { from: null, to: name },
          scope: { from: null, to: input.scope },
          expiresAt: { from: null, to: expiresAt?.toISOString() ?? null },
        };
        await recordAudit(
          tx.db,
          tx,
          { action: 'token.created', targetType: 'token', targetId: row.id, targetLabel: name, changes },
          now,
        );
        return toCreatedApiTokenDto(row, token);
      });
    },

    /** Revokes one of the caller's tokens at once; another user's or organisation's id answers 404. */
    async revokeToken(ctx: RequestContext, tokenId: string): Promise<void> {
      const now = deps.clock.now();
      await withTx(ctx, async (tx) => {
        const row = await revokeTokenOfUser(tx.db, ctx.orgId, ctx.actor.userId, tokenId, now);
        if (!row) throw new AppError('not_found', { detail: 'No such token' });
        const changes = { revokedAt: { from: null, to: now.toISOString() } };
        await recordAudit(
          tx.db,
          tx,
          { action: 'token.revoked', targetType: 'token', targetId: row.id, targetLabel: row.name, changes },
          now,
        );
      });
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
