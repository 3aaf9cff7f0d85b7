import { ORG_ROLE_RANK, type OrgRole } from '@meridian/contracts';
import { AppError } from '#platform/errors/app-error.ts';

/**
 * The organisation-level permission table: the least role each action needs. Module policies
 * build on it, the permission-matrix tests run over it, and docs/permissions.md is made from it.
 */
export const ORG_ACTIONS = {
  'org.read': 'guest',
  'org.update': 'admin',
  'members.read': 'guest',
  'members.invite': 'admin',
  'members.manage': 'admin',
  'members.end_sessions': 'admin',
  'teams.read': 'guest',
  'teams.manage': 'admin',
  'tokens.create': 'member',
  'audit.read': 'admin',
} as const satisfies Record<string, OrgRole>;

export type OrgAction = keyof typeof ORG_ACTIONS;

export function hasRole(role: OrgRole, least: OrgRole): boolean {
  return ORG_ROLE_RANK[role] >= ORG_ROLE_RANK[least];
}

export function can(role: OrgRole, action: OrgAction): boolean {
  return hasRole(role, ORG_ACTIONS[action]);
}

/** Throws 403 when the role may not perform the action. */
export function assertCan(role: OrgRole, action: OrgAction): void {
  if (!can(role, action)) throw new AppError('forbidden', { detail: `Your role may not ${action.replace('.', ' ')}` });
}

/** The abilities a signed-in member sees in `/me`, so the web hides what they cannot do. */
export function orgAbilities(role: OrgRole | null): Record<string, boolean> {
  const abilities: Record<string, boolean> = {};
  for (const action of Object.keys(ORG_ACTIONS) as OrgAction[]) abilities[action] = role ? can(role, action) : false;
  return abilities;
}
