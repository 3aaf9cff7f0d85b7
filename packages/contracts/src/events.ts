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
  'project.templates_changed': { templateId: string };
  'custom_field.changed': { fieldId: string; entity: string };
  'label.changed': { labelId: string; projectId: string | null };
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
  'customer.created': { customerId: string; ownerId: string | null };
  'customer.updated': { customerId: string; changes: string[] };
  'customer.deleted': { customerId: string };
  /** Deals and interactions of `sourceId` must move to `targetId` (handled by their modules). */
  'customer.merged': { targetId: string; sourceId: string };
  'customer.reassigned': { customerId: string; ownerId: string; previousOwnerId: string | null };
  'customer.claimed': { customerId: string; ownerId: string };
  'customer.released': { customerId: string; previousOwnerId: string };
  'customer.returned_to_pool': { customerId: string; previousOwnerId: string };
  'customer.pool_return_warning': { customerId: string; ownerId: string; returnsAt: string };
  'contact.created': { contactId: string; customerId: string };
  'contact.updated': { contactId: string; customerId: string; changes: string[] };
  'contact.deleted': { contactId: string; customerId: string };
  'crm_settings.updated': { changes: string[] };
  'pipeline.changed': { pipelineId: string };
  'deal.created': { dealId: string; customerId: string; pipelineId: string; stageId: string; ownerId: string | null };
  'deal.updated': { dealId: string; changes: string[] };
  'deal.stage_changed': { dealId: string; pipelineId: string; fromStageId: string; toStageId: string };
  'deal.won': { dealId: string; pipelineId: string; ownerId: string | null };
  'deal.lost': { dealId: string; pipelineId: string; ownerId: string | null };
  'deal.deleted': { dealId: string; pipelineId: string };
  'interaction.logged': { interactionId: string; customerId: string; dealId: string | null };
  'interaction.updated': { interactionId: string; customerId: string; dealId: string | null };
  'interaction.deleted': { interactionId: string; customerId: string; dealId: string | null };
};
export type DomainEventType = keyof DomainEventMap;

/** What a realtime client receives. */
export type RealtimeMessage = {
  id: string;
  type: string;
  at: string;
  payload: unknown;
};
