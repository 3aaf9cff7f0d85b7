import type { QueryKey } from '@tanstack/react-query';
import { auditKeys } from '@/features/settings/api/audit-queries';
import { invitationKeys } from '@/features/settings/api/invitation-queries';
import { memberKeys } from '@/features/settings/api/member-queries';
import { orgKeys } from '@/features/settings/api/org-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { meKeys } from '@/shared/session/me-query';

/** Which cached lists an event from the server makes stale, by the event type's prefix. */
export function staleKeysFor(eventType: string): QueryKey[] {
  const [area] = eventType.split('.');
  const keys: QueryKey[] = [auditKeys.all];
  if (area === 'member') keys.push(memberKeys.all, teamKeys.all, meKeys.all);
  if (area === 'invitation') keys.push(invitationKeys.all);
  if (area === 'team') keys.push(teamKeys.all, memberKeys.all);
  if (area === 'org') keys.push(orgKeys.all, meKeys.all);
  return keys;
}
