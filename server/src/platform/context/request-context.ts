import type { OrgRole, TokenScope } from '@meridian/contracts';
import type { Db, Executor, Tx } from '#db/client.ts';

/** Who is acting: a signed-in user through a session, or an integrator through a token. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  via: 'session' | 'token' | 'system';
  sessionId: string | null;
  tokenId: string | null;
  scope: TokenScope;
};

/** Everything a service needs to know about the request it serves. */
export type RequestContext = {
  orgId: string;
  actor: Actor;
  db: Executor;
  requestId: string;
  locale: 'zh-CN' | 'en';
  timeZone: string;
  ip: string;
  userAgent: string;
};

/** A context before anyone is signed in (sign-up, sign-in, password reset). */
export type PublicContext = Omit<RequestContext, 'orgId' | 'actor'> & { orgId: null; actor: null };

export type AnyContext = RequestContext | PublicContext | import('./from-request.ts').UserContext;

/** Runs `work` in one transaction; the context it receives writes through that transaction. */
export async function withTx<C extends AnyContext, T>(ctx: C, work: (txCtx: C & { db: Tx }) => Promise<T>): Promise<T> {
  return (ctx.db as Db).transaction((tx) => work({ ...ctx, db: tx }));
}
