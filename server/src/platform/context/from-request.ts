import type { OrgRole } from '@meridian/contracts';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '#db/client.ts';
import { AppError } from '#platform/errors/app-error.ts';
import type { Actor, PublicContext, RequestContext } from './request-context.ts';

/** A signed-in user's context whose organisation may be missing (profile, sessions, switching). */
export type UserContext = Omit<RequestContext, 'orgId' | 'actor'> & {
  orgId: string | null;
  actor: Omit<Actor, 'role'> & { role: OrgRole | null };
};

function requestLocale(request: FastifyRequest): 'zh-CN' | 'en' {
  const header = String(request.headers['accept-language'] ?? '');
  return /^en\b/i.test(header) ? 'en' : 'zh-CN';
}

function basics(request: FastifyRequest, db: Executor) {
  return {
    db,
    requestId: request.id,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
  };
}

export function publicContext(request: FastifyRequest, db: Executor): PublicContext {
  return {
    ...basics(request, db),
    orgId: null,
    actor: null,
    locale: requestLocale(request),
    timeZone: 'Asia/Shanghai',
  };
}

export function userContext(request: FastifyRequest, db: Executor): UserContext {
  const auth = request.auth;
  if (!auth) throw new AppError('unauthenticated');
  return {
    ...basics(request, db),
    orgId: auth.orgId,
    locale: auth.locale,
    timeZone: auth.timeZone,
    actor: {
      userId: auth.userId,
      name: auth.name,
      email: auth.email,
      role: auth.role,
      via: auth.via,
      sessionId: auth.sessionId,
      tokenId: auth.tokenId,
      scope: auth.scope,
    },
  };
}

/** The context of a request inside one organisation; every tenant service takes it first. */
export function memberContext(request: FastifyRequest, db: Executor): RequestContext {
  const ctx = userContext(request, db);
  if (!ctx.orgId || !ctx.actor.role) throw new AppError('forbidden', { detail: 'No active organisation' });
  return { ...ctx, orgId: ctx.orgId, actor: { ...ctx.actor, role: ctx.actor.role } };
}
