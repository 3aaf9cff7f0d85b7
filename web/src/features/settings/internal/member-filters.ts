import { MEMBER_STATUSES, ORG_ROLES } from '@meridian/contracts';
import type { MemberFilters } from '@/features/settings/api/member-queries';

const includes = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** The members filters live in the URL, so a filtered list can be bookmarked and shared. */
export function readMemberFilters(params: URLSearchParams): MemberFilters {
  const filters: MemberFilters = { sort: 'name' };
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 100);
  const role = params.get('role');
  if (includes(ORG_ROLES, role)) filters.role = role;
  const status = params.get('status');
  if (includes(MEMBER_STATUSES, status)) filters.status = status;
  const teamId = params.get('team');
  if (teamId) filters.teamId = teamId;
  return filters;
}

/** The URL search for one filter changed; an empty value removes it. */
export function withFilter(params: URLSearchParams, key: 'q' | 'role' | 'status' | 'team', value?: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
