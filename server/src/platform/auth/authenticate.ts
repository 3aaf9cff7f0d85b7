import type { OrgRole, TokenScope } from '@meridian/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '#db/client.ts';
import type { Clock } from '#platform/clock/clock.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hashSecret } from '#platform/ids/ids.ts';
import { findSessionByHash, findTokenByHash, touchSession, touchToken } from './credentials-queries.ts';
import { isSessionAlive, SESSION_COOKIE, TOUCH_INTERVAL_MS } from './session-policy.ts';
import { TOKEN_PREFIX } from './token-format.ts';

/** Who sent a request, resolved once in onRequest. `orgId` is null for a user with no active membership. */
export type AuthState = {
  userId: string;
  name: string;
  email: string;
  locale: 'zh-CN' | 'en';
  timeZone: string;
  via: 'session' | 'token';
  sessionId: string | null;
  tokenId: string | null;
  scope: TokenScope;
  orgId: string | null;
  role: OrgRole | null;
  csrfToken: string | null;
};

/** Who may call a route: anyone, any signed-in user, or an active member of the current organisation. */
export type Access = 'public' | 'user' | 'member';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthState | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function fromSession(deps: AuthDeps, token: string): Promise<AuthState | null> {
  const now = deps.clock.now();
  const row = await findSessionByHash(deps.database.db, hashSecret(token));
  if (!row || row.revokedAt) return null;
  if (!isSessionAlive(row, row.idleMinutes ?? 120, now)) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(deps.database.db, row.id, now);
  const active = row.orgId !== null && row.memberStatus === 'active';
  return {
    userId: row.userId,
    name: row.userName,
    email: row.userEmail,
    locale: row.userLocale === 'en' ? 'en' : 'zh-CN',
    timeZone: row.userTimeZone,
    via: 'session',
    sessionId: row.id,
    tokenId: null,
    scope: 'read-write',
    orgId: active ? row.orgId : null,
    role: active ? (row.role as OrgRole) : null,
    csrfToken: row.csrfToken,
  };
}

async function fromToken(deps: AuthDeps, token: string): Promise<AuthState | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const now = deps.clock.now();
  const row = await findTokenByHash(deps.database.db, hashSecret(token));
  if (row?.memberStatus !== 'active') return null;
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchToken(deps.database.db, row.orgId, row.id, now);
  }
  return {
    userId: row.userId,
    name: row.userName,
    email: row.userEmail,
    locale: row.userLocale === 'en' ? 'en' : 'zh-CN',
    timeZone: row.userTimeZone,
    via: 'token',
    sessionId: null,
    tokenId: row.id,
    scope: row.scope as TokenScope,
    orgId: row.orgId,
    role: row.role as OrgRole,
    csrfToken: null,
  };
}

/** A write from a browser must come from our own pages: same-site and, with a session, the CSRF header. */
function checkCsrf(request: FastifyRequest, auth: AuthState | null, publicOrigin: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site') throw new AppError('csrf_failed', { detail: 'Cross-site request' });
  const origin = request.headers.origin;
  if (origin && origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError('csrf_failed', { detail: 'Origin not allowed' });
  }
  if (auth?.via === 'session' && request.headers['x-csrf-token'] !== auth.csrfToken) {
    throw new AppError('csrf_failed', { detail: 'Missing or wrong X-CSRF-Token header' });
  }
}

/** The credentials of a request (bearer token first, then the session cookie), or null. */
export async function resolveAuth(deps: AuthDeps, request: FastifyRequest): Promise<AuthState | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? fromToken(deps, match[1]!) : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? fromSession(deps, cookie) : null;
}

export type AuthDeps = { database: Database; clock: Clock; publicUrl: string };

/** Resolves the session cookie or bearer token of every API request and enforces route access. */
export const authenticatePlugin = fp<AuthDeps>(async (app: FastifyInstance, deps) => {
  const publicOrigin = new URL(deps.publicUrl).origin;
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await resolveAuth(deps, request);
    if (
      request.headers.authorization !== undefined &&
      !request.auth &&
      request.routeOptions.config?.access !== 'public'
    ) {
      throw new AppError('unauthenticated', { detail: 'The token is invalid, expired or revoked' });
    }
    const access = request.routeOptions.config?.access ?? 'member';
    // Unknown routes fall through to the 404 handler; only known ones are guarded here.
    if (!request.routeOptions.url) return;
    if (access !== 'public' && !request.auth) throw new AppError('unauthenticated');
    if (access === 'member' && request.auth && !request.auth.orgId) {
      throw new AppError('forbidden', { detail: 'You are not an active member of an organisation' });
    }
    if (request.auth?.via === 'token' && request.auth.scope === 'read' && !SAFE_METHODS.has(request.method)) {
      throw new AppError('token_scope', { detail: 'This token may only read' });
    }
    checkCsrf(request, request.auth, publicOrigin);
  });
});
