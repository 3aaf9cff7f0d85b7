import type { Deal } from '@meridian/contracts';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';

type ActorFacts = Pick<Actor, 'userId' | 'role'>;

/**
 * Who does what with a deal they can see (seeing is decided in SQL by the record scope): members
 * and up work on deals; guests, who see only what is shared with them, only read. Deleting is
 * for the owner of the deal, managers and admins.
 */
export function canCreateDeal(actor: ActorFacts): boolean {
  return hasRole(actor.role, 'member');
}

export function assertCanCreateDeal(actor: ActorFacts): void {
  if (!canCreateDeal(actor)) throw new AppError('forbidden', { detail: 'Guests may not create deals' });
}

export function dealAbilities(actor: ActorFacts, deal: { ownerId: string | null }): Deal['abilities'] {
  const work = hasRole(actor.role, 'member');
  return {
    update: work,
    moveStage: work,
    logInteraction: work,
    delete: hasRole(actor.role, 'manager') || (work && deal.ownerId === actor.userId),
  };
}

export function assertCanDeal(actor: ActorFacts, deal: { ownerId: string | null }, action: keyof Deal['abilities']) {
  if (!dealAbilities(actor, deal)[action])
    throw new AppError('forbidden', { detail: `You may not ${action} this deal` });
}
