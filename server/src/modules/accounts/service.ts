import type { Executor } from '#db/client.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { findMembership, insertMembership } from './queries/orgs.ts';
import { setSessionOrg } from './queries/sessions.ts';
import { findUserByEmail, insertUser } from './queries/users.ts';
import type { AccountsDeps } from './service/deps.ts';
import { login } from './service/login.ts';
import { getOrg, updateOrg } from './service/org.ts';
import { changePassword, requestPasswordReset, resetPassword } from './service/password.ts';
import { verifyPasswordThrottled } from './service/password-check.ts';
import { getMe, switchOrg, updateMe } from './service/profile.ts';
import { endCurrentSession, endMySession, listMySessions, startSession } from './service/sessions.ts';
import { signup } from './service/signup.ts';

type Bound<F> = F extends (deps: AccountsDeps, ...args: infer A) => infer R ? (...args: A) => R : never;
const bind = <F extends (deps: AccountsDeps, ...args: never[]) => unknown>(deps: AccountsDeps, fn: F) =>
  ((...args: never[]) => fn(deps, ...args)) as Bound<F>;

/** Accounts: sign-up, sign-in, sessions, profile and organisation settings. */
export function createAccountsService(deps: AccountsDeps) {
  return {
    signup: bind(deps, signup),
    login: bind(deps, login),
    logout: bind(deps, endCurrentSession),
    requestPasswordReset: bind(deps, requestPasswordReset),
    resetPassword: bind(deps, resetPassword),
    changePassword: bind(deps, changePassword),
    getMe: bind(deps, getMe),
    updateMe: bind(deps, updateMe),
    switchOrg: bind(deps, switchOrg),
    listMySessions: bind(deps, listMySessions),
    endMySession: bind(deps, endMySession),
    getOrg: bind(deps, getOrg),
    updateOrg: bind(deps, updateOrg),
    /** For the members module (invitations): open a session in the caller's transaction. */
    startSession: (db: Executor, ctx: AnyContext, input: { userId: string; orgId: string | null; remember: boolean }) =>
      startSession(deps, db, ctx, input),
    findUserByEmail,
    insertUser,
    findMembership,
    insertMembership,
    setSessionOrg,
    /** Checks a password under the account lockout (for invitation acceptance). */
    verifyPasswordThrottled: bind(deps, verifyPasswordThrottled),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
