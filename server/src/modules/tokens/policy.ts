import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { can } from '#platform/permissions/org-actions.ts';

type TokenActor = Pick<Actor, 'role' | 'via'>;

/**
 * Members and above may create tokens, and only from a signed-in browser session: a leaked
 * token must not be able to mint more tokens that outlive its own revocation. Tokens are
 * seen and revoked by their owner only, which the queries scope by user (others get 404).
 */
export function canCreateToken(actor: TokenActor): boolean {
  return can(actor.role, 'tokens.create') && actor.via === 'session';
}

export function assertCanCreateToken(actor: TokenActor): void {
  if (canCreateToken(actor)) return;
  const detail = can(actor.role, 'tokens.create')
    ? 'Tokens can only be created from a signed-in session'
    : 'Your role may not create tokens';
  throw new AppError('forbidden', { detail });
}
