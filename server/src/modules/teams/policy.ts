import type { Team } from '@meridian/contracts';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { can, type OrgAction } from '#platform/permissions/org-actions.ts';

/**
 * What each teams operation needs. The organisation chart is visible to every member,
 * guests included, so reads need no SQL scope; only admins and owners reshape it.
 */
export const TEAM_ACTIONS = {
  list: 'teams.read',
  get: 'teams.read',
  create: 'teams.manage',
  update: 'teams.manage',
  delete: 'teams.manage',
  putMember: 'teams.manage',
  removeMember: 'teams.manage',
} as const satisfies Record<string, OrgAction>;

export type TeamAction = keyof typeof TEAM_ACTIONS;

export function canTeam(actor: Pick<Actor, 'role'>, action: TeamAction): boolean {
  return can(actor.role, TEAM_ACTIONS[action]);
}

/** Throws 403 when the actor may not perform the teams operation. */
export function assertCanTeam(actor: Pick<Actor, 'role'>, action: TeamAction): void {
  if (!canTeam(actor, action)) throw new AppError('forbidden', { detail: 'Only admins and owners may change teams' });
}

/** The abilities sent with each team, so the web hides what the actor cannot do. */
export function teamAbilities(actor: Pick<Actor, 'role'>): Team['abilities'] {
  return {
    update: canTeam(actor, 'update'),
    delete: canTeam(actor, 'delete'),
    manageMembers: canTeam(actor, 'putMember'),
  };
}
