import type { SignupBody } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { checkPasswordPolicy, hashPassword } from '#platform/auth/passwords.ts';
import type { PublicContext } from '#platform/context/request-context.ts';
import { withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { pickAvatarColor } from '../presenter.ts';
import { insertMembership, insertOrg } from '../queries/orgs.ts';
import { findUserByEmail, insertUser } from '../queries/users.ts';
import type { AccountsDeps, StartedSession } from './deps.ts';
import { throttleAuthRequest } from './login.ts';
import { startSession } from './sessions.ts';
import { assertTimeZone } from './time-zone.ts';

/** Creates a user, an organisation they own and a session, in one transaction. */
export async function signup(
  deps: AccountsDeps,
  ctx: PublicContext,
  input: SignupBody,
): Promise<{ session: StartedSession; userId: string; orgId: string }> {
  if (deps.config.signup !== 'open')
    throw new AppError('signup_closed', { detail: 'Ask an administrator for an invitation' });
  await throttleAuthRequest(deps, ctx);
  const timeZone = input.timeZone ?? 'Asia/Shanghai';
  assertTimeZone(timeZone);
  const weak = checkPasswordPolicy(input.password, { email: input.email, name: input.name, orgNames: [input.orgName] });
  if (weak) throw new AppError('weak_password', { fields: [weak] });
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new AppError('email_taken', {
      fields: [fieldError('email', 'taken', 'An account with this e-mail already exists; sign in instead')],
    });
  }
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return withTx(ctx, async (tx) => {
    const userId = newId();
    const orgId = newId();
    const user = await insertUser(tx.db, {
      id: userId,
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash,
      avatarColor: pickAvatarColor(input.email),
      locale: input.locale ?? ctx.locale,
      timeZone,
      createdAt: now,
      updatedAt: now,
    });
    const org = await insertOrg(tx.db, {
      id: orgId,
      name: input.orgName.trim(),
      timeZone,
      createdAt: now,
      updatedAt: now,
    });
    await insertMembership(tx.db, { orgId, userId, role: 'owner', joinedAt: now, updatedAt: now });
    await recordAudit(
      tx.db,
      tx,
      {
        orgId,
        actorId: userId,
        action: 'org.created',
        targetType: 'org',
        targetId: orgId,
        targetLabel: org.name,
        changes: { name: { from: null, to: org.name } },
      },
      now,
    );
    await recordAudit(
      tx.db,
      tx,
      {
        orgId,
        actorId: userId,
        action: 'member.joined',
        targetType: 'member',
        targetId: userId,
        targetLabel: user.name,
        changes: { role: { from: null, to: 'owner' } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, { orgId, type: 'member.joined', payload: { userId, role: 'owner' } });
    const session = await startSession(deps, tx.db, tx, { userId, orgId, remember: false });
    return { session, userId, orgId };
  });
}
