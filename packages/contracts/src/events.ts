/**
 * Domain events, past-tense names. Each goes to the outbox in the transaction of the change
 * and out to handlers, WebSocket clients and (later) webhooks.
 */
export type DomainEventMap = {
  'member.joined': { userId: string; role: string };
  'member.updated': { userId: string; changes: string[] };
  'member.deactivated': { userId: string };
  'member.reactivated': { userId: string };
  'invitation.created': { invitationId: string; email: string };
  'team.created': { teamId: string };
  'team.updated': { teamId: string; changes: string[] };
  'team.deleted': { teamId: string };
  'team.members_changed': { teamId: string; userId: string };
  'org.updated': { orgId: string; changes: string[] };
};
export type DomainEventType = keyof DomainEventMap;

/** What a realtime client receives. */
export type RealtimeMessage = {
  id: string;
  type: string;
  at: string;
  payload: unknown;
};
