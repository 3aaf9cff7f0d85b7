import type { OrgRole } from '@meridian/contracts';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { assertCan, can } from '#platform/permissions/org-actions.ts';

type Target = { userId: string; role: string };

/**
 * Admins manage members, but only an owner may touch an owner or make someone an owner,
 * and nobody changes their own role or deactivates themselves (no accidental lock-out).
 */
export function canManageMember(actor: Pick<Actor, 'userId' | 'role'>, target: Target): boolean {
  if (!can(actor.role, 'members.manage')) return false;
  if (target.userId === actor.userId) return false;
  return target.role !== 'owner' || actor.role === 'owner';
}

export function canEndSessionsOf(actor: Pick<Actor, 'userId' | 'role'>, target: Target): boolean {
  if (!can(actor.role, 'members.end_sessions')) return false;
  return target.role !== 'owner' || actor.role === 'owner' || target.userId === actor.userId;
}

export function assertCanManageMember(actor: Pick<Actor, 'userId' | 'role'>, target: Target, newRole?: OrgRole): void {
  assertCan(actor.role, 'members.manage');
  if (target.userId === actor.userId)
    throw new AppError('forbidden', { detail: 'You cannot change your own membership' });
  if ((target.role === 'owner' || newRole === 'owner') && actor.role !== 'owner') {
    throw new AppError('forbidden', { detail: 'Only an owner may change owners' });
  }
}

export function assertCanInvite(actor: Pick<Actor, 'role'>, role: OrgRole): void {
  assertCan(actor.role, 'members.invite');
  if (role === 'owner' && actor.role !== 'owner')
    throw new AppError('forbidden', { detail: 'Only an owner may invite an owner' });
}

export function memberAbilities(actor: Pick<Actor, 'userId' | 'role'>, target: Target) {
  const manage = canManageMember(actor, target);
  return { update: manage, deactivate: manage, endSessions: canEndSessionsOf(actor, target) };
}
