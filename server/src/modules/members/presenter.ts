import type { Invitation, Member, OrgRole } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { memberAbilities } from './policy.ts';
import type { InvitationRow, MemberRow } from './queries.ts';

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toMemberDto(row: MemberRow, actor: Pick<Actor, 'userId' | 'role'>): Member {
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    initials: initialsOf(row.name),
    avatarColor: row.avatarColor,
    role: row.role as OrgRole,
    status: row.status as Member['status'],
    title: row.title,
    teams: row.teams,
    joinedAt: new Date(row.joinedAt).toISOString(),
    lastSeenAt: iso(row.lastSeenAt),
    version: row.version,
    abilities: memberAbilities(actor, row),
  };
}

export function invitationStatus(
  row: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now: Date,
): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

export function toInvitationDto(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as OrgRole,
    teamId: row.teamId,
    invitedBy: { id: row.invitedBy, name: row.invitedByName },
    status: invitationStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}
