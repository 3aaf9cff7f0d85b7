import type { AuditFilters } from '@/features/settings/api/audit-queries';

export type AuditFilterKey = 'actor' | 'action' | 'target' | 'from' | 'to';

/** Audit filters from the URL (`?actor=&action=&target=&from=&to=`), dropping values the API would refuse. */
export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  const actor = params.get('actor');
  if (actor) filters.actorId = actor;
  const action = params.get('action')?.trim();
  if (action && /^[a-z_.]+$/.test(action)) filters.action = action.slice(0, 80);
  const target = params.get('target');
  if (target && /^[a-z_]+$/.test(target)) filters.targetType = target.slice(0, 40);
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && !Number.isNaN(Date.parse(value))) filters[key] = new Date(value).toISOString();
  }
  return filters;
}

/** The URL search with some filters set or, for empty values, removed. */
export function withAuditFilters(params: URLSearchParams, changes: Partial<Record<AuditFilterKey, string | null>>) {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
