import type { SavedView } from '@meridian/contracts';
import { initialsOf } from '#modules/accounts/presenter.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import type { SavedViewRow } from './queries.ts';

/** The owner changes a view; a shared view may also be removed by its project's lead or an admin. */
export function savedViewAbilities(actor: Pick<Actor, 'userId' | 'role'>, row: SavedViewRow): SavedView['abilities'] {
  const isOwner = row.ownerId === actor.userId;
  const manages = hasRole(actor.role, 'admin') || row.actorProjectRole === 'lead';
  return { update: isOwner, delete: isOwner || (row.isShared && manages) };
}

export function toSavedViewDto(row: SavedViewRow, actor: Pick<Actor, 'userId' | 'role'>): SavedView {
  const name = row.ownerName ?? '';
  return {
    id: row.id,
    projectId: row.projectId,
    owner: { id: row.ownerId, name, initials: initialsOf(name), avatarColor: row.ownerColor ?? '#8c8c8c' },
    name: row.name,
    kind: row.kind as SavedView['kind'],
    isShared: row.isShared,
    config: (row.config ?? { filters: {} }) as SavedView['config'],
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    version: row.version,
    abilities: savedViewAbilities(actor, row),
  };
}
