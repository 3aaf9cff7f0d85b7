import type { Interaction } from '@meridian/contracts';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';

type ActorFacts = Pick<Actor, 'userId' | 'role'>;

/** Members and up log interactions on customers they see; guests only read what is shared. */
export function assertCanLogInteraction(actor: ActorFacts): void {
  if (!hasRole(actor.role, 'member')) throw new AppError('forbidden', { detail: 'Guests may not log interactions' });
}

/** The author changes or deletes their interaction; admins and owners any. */
export function interactionAbilities(actor: ActorFacts, row: { createdBy: string | null }): Interaction['abilities'] {
  const allowed = hasRole(actor.role, 'admin') || (hasRole(actor.role, 'member') && row.createdBy === actor.userId);
  return { update: allowed, delete: allowed };
}

export function assertCanInteraction(
  actor: ActorFacts,
  row: { createdBy: string | null },
  action: 'update' | 'delete',
) {
  if (!interactionAbilities(actor, row)[action]) {
    throw new AppError('forbidden', { detail: 'Only the author or an admin may change this interaction' });
  }
}
