import type { Actor } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { can } from '#platform/permissions/org-actions.ts';

/** The audit log shows every member's actions, addresses and devices: admins and owners only. */
export function canReadAuditLog(actor: Pick<Actor, 'role'>): boolean {
  return can(actor.role, 'audit.read');
}

export function assertCanReadAuditLog(actor: Pick<Actor, 'role'>): void {
  if (!canReadAuditLog(actor))
    throw new AppError('forbidden', { detail: 'Only administrators may read the audit log' });
}
