import type { Team } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { TeamRow } from './queries.ts';

/** A team as the API shows it: members with their initials, and what the actor may do. */
export function toTeamDto(row: TeamRow, options: { abilities: Team['abilities'] }): Team {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    parentId: row.parentId,
    members: row.members.map((m) => ({
      userId: m.userId,
      name: m.name,
      initials: initialsOf(m.name),
      avatarColor: m.avatarColor,
      isLead: m.isLead,
    })),
    createdAt: new Date(row.createdAt).toISOString(),
    version: row.version,
    abilities: options.abilities,
  };
}
