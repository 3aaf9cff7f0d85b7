import { ORG_ROLE_RANK, type OrgRole } from '@meridian/contracts';
import type { FeedEvent } from '#platform/outbox/feed.ts';

export type Subscriber = { orgId: string; userId: string; role: OrgRole };

/** Whether a connected client may receive an event: same organisation, and within its audience. */
export function canReceive(subscriber: Subscriber, event: Pick<FeedEvent, 'orgId' | 'audience'>): boolean {
  if (subscriber.orgId !== event.orgId) return false;
  const { userIds, minRole } = event.audience ?? {};
  if (userIds && !userIds.includes(subscriber.userId)) return false;
  if (minRole && ORG_ROLE_RANK[subscriber.role] < ORG_ROLE_RANK[minRole as OrgRole]) return false;
  return true;
}
