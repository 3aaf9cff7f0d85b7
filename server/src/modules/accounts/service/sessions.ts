import type { Executor } from '#db/client.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { revokeSessions } from '#platform/auth/credentials-queries.ts';
import { sessionExpiry } from '#platform/auth/session-policy.ts';
import type { UserContext } from '#platform/context/from-request.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hashSecret, newId, newSecret } from '#platform/ids/ids.ts';
import { toSessionDto } from '../presenter.ts';
import { insertSession, listLiveSessions, revokeSessionById } from '../queries/sessions.ts';
import type { AccountsDeps, StartedSession } from './deps.ts';

/** Opens a session for a user in an organisation; the secret goes to the cookie, its hash to the table. */
export async function startSession(
  deps: AccountsDeps,
  db: Executor,
  ctx: AnyContext,
  input: { userId: string; orgId: string | null; remember: boolean },
): Promise<StartedSession> {
  const now = deps.clock.now();
  const token = newSecret();
  const csrfToken = newSecret(24);
  const sessionId = newId();
  const expiresAt = sessionExpiry(now, input.remember);
  await insertSession(db, {
    id: sessionId,
    tokenHash: hashSecret(token),
    userId: input.userId,
    orgId: input.orgId,
    csrfToken,
    userAgent: ctx.userAgent,
    ip: ctx.ip,
    remember: input.remember,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { sessionId, token, csrfToken, remember: input.remember, expiresAt };
}

/** The signed-in user's own live sessions, the current one flagged. */
export async function listMySessions(deps: AccountsDeps, ctx: UserContext) {
  const rows = await listLiveSessions(ctx.db, ctx.actor.userId, deps.clock.now());
  return { items: rows.map((row) => toSessionDto(row, ctx.actor.sessionId)) };
}

/** Ends one of the user's own sessions; another user's id answers 404. */
export async function endMySession(deps: AccountsDeps, ctx: UserContext, sessionId: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    const now = deps.clock.now();
    const ended = await revokeSessionById(tx.db, ctx.actor.userId, sessionId, now);
    if (!ended) throw new AppError('not_found', { detail: 'No such session' });
    if (ctx.orgId) {
      await recordAudit(
        tx.db,
        tx,
        { action: 'session.ended', targetType: 'session', targetId: sessionId, targetLabel: ctx.actor.name },
        now,
      );
    }
  });
}

export async function endCurrentSession(deps: AccountsDeps, ctx: UserContext): Promise<void> {
  if (ctx.actor.sessionId) await revokeSessionById(ctx.db, ctx.actor.userId, ctx.actor.sessionId, deps.clock.now());
}

export { revokeSessions };
