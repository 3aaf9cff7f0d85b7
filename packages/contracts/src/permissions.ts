import { type Static, Type } from 'typebox';

export const ORG_ROLES = ['owner', 'admin', 'manager', 'member', 'guest'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const OrgRoleSchema = Type.Enum(ORG_ROLES);

export const PROJECT_ROLES = ['lead', 'member', 'viewer'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

/** Rank of each organisation role: a higher rank includes every right of a lower one. */
export const ORG_ROLE_RANK: Record<OrgRole, number> = { owner: 5, admin: 4, manager: 3, member: 2, guest: 1 };

export const TOKEN_SCOPES = ['read', 'read-write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const TokenScopeSchema = Type.Enum(TOKEN_SCOPES);

export type OrgRoleValue = Static<typeof OrgRoleSchema>;
