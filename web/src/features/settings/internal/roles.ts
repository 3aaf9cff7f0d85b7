import { ORG_ROLE_RANK, ORG_ROLES, type OrgRole } from '@meridian/contracts';

/** Roles a member may hand out: their own and below (the server enforces the same rule). */
export function assignableRoles(actorRole: OrgRole | null): OrgRole[] {
  if (!actorRole) return [];
  return ORG_ROLES.filter((role) => ORG_ROLE_RANK[role] <= ORG_ROLE_RANK[actorRole]);
}
