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
  'project.created': { projectId: string };
  'project.updated': { projectId: string; changes: string[] };
  'project.archived': { projectId: string };
  'project.restored': { projectId: string };
  'project.deleted': { projectId: string };
  'project.members_changed': { projectId: string; userId: string };
  'project.statuses_changed': { projectId: string };
  'task.created': { taskId: string; projectId: string; assigneeId: string | null };
  'task.updated': { taskId: string; projectId: string; changes: string[] };
  'task.assigned': { taskId: string; projectId: string; assigneeId: string; previousAssigneeId: string | null };
  'task.moved': { taskId: string; projectId: string; statusId: string; rank: string };
  'task.completed': { taskId: string; projectId: string; note: string };
  'task.blocked': { taskId: string; projectId: string; reason: string };
  'task.unblocked': { taskId: string; projectId: string };
  'task.deleted': { taskId: string; projectId: string };
  'task.restored': { taskId: string; projectId: string };
  'tasks.bulk_changed': { projectIds: string[]; taskIds: string[] };
  'task.dependencies_changed': { taskId: string; projectId: string };
  'comment.created': {
    commentId: string;
    targetType: string;
    targetId: string;
    projectId: string | null;
    mentionIds: string[];
  };
  'comment.updated': {
    commentId: string;
    targetType: string;
    targetId: string;
    projectId: string | null;
    mentionIds: string[];
  };
  'comment.deleted': { commentId: string; targetType: string; targetId: string; projectId: string | null };
  'comment.reactions_changed': { commentId: string; targetType: string; targetId: string; projectId: string | null };
  'notification.created': { notificationId: string; kind: string };
  'notifications.read': { ids: string[] | 'all' };
};
export type DomainEventType = keyof DomainEventMap;

/** What a realtime client receives. */
export type RealtimeMessage = {
  id: string;
  type: string;
  at: string;
  payload: unknown;
};
