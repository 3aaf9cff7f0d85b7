import type { Executor } from '#db/client.ts';
import type { AnyContext } from '#platform/context/request-context.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
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

/** Accounts: sign-up, sign-in, sessions, profile and organisation settings. */
export function createAccountsService(deps: AccountsDeps) {
  return {
    signup: bindDeps(deps, signup),
    login: bindDeps(deps, login),
    logout: bindDeps(deps, endCurrentSession),
    requestPasswordReset: bindDeps(deps, requestPasswordReset),
    resetPassword: bindDeps(deps, resetPassword),
    changePassword: bindDeps(deps, changePassword),
    getMe: bindDeps(deps, getMe),
    updateMe: bindDeps(deps, updateMe),
    switchOrg: bindDeps(deps, switchOrg),
    listMySessions: bindDeps(deps, listMySessions),
    endMySession: bindDeps(deps, endMySession),
    getOrg: bindDeps(deps, getOrg),
    updateOrg: bindDeps(deps, updateOrg),
    /** For the members module (invitations): open a session in the caller's transaction. */
    startSession: (db: Executor, ctx: AnyContext, input: { userId: string; orgId: string | null; remember: boolean }) =>
      startSession(deps, db, ctx, input),
    findUserByEmail,
    insertUser,
    findMembership,
    insertMembership,
    setSessionOrg,
    /** Checks a password under the account lockout (for invitation acceptance). */
    verifyPasswordThrottled: bindDeps(deps, verifyPasswordThrottled),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
