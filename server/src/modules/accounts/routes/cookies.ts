import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '#platform/auth/session-policy.ts';
import type { StartedSession } from '../service/deps.ts';

/** httpOnly, SameSite=Lax; Secure behind https; persistent only when the user asked to be remembered. */
export function setSessionCookie(reply: FastifyReply, session: StartedSession, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    ...(session.remember ? { expires: session.expiresAt } : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
