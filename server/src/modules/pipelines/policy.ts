import type { Pipeline } from '@meridian/contracts';
import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';

/** Pipelines are organisation settings: everyone reads them, admins and owners shape them. */
export function canManagePipelines(actor: Pick<Actor, 'role'>): boolean {
  return hasRole(actor.role, 'admin');
}

export function assertCanManagePipelines(actor: Pick<Actor, 'role'>): void {
  if (!canManagePipelines(actor))
    throw new AppError('forbidden', { detail: 'Only admins and owners may change pipelines' });
}

export function pipelineAbilities(actor: Pick<Actor, 'role'>): Pipeline['abilities'] {
  const manage = canManagePipelines(actor);
  return { update: manage, delete: manage };
}
