import type { DomainEventMap } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import { excerptOf } from '#modules/comments/mentions.ts';
import type { DispatchedEvent } from '#platform/outbox/dispatcher.ts';
import { notify } from '../deliver.ts';
import { findCommentFacts, findProjectFacts, findTaskFacts } from '../facts-queries.ts';
import { eventKey, type HandlerDeps, others, taskData } from './shared.ts';

/**
 * comment.created (and comment.updated with new mentions) → the mentioned people, always in-app;
 * a comment on a task also → its watchers and assignee, except the author and those just mentioned.
 */
export function onCommentCreated(deps: HandlerDeps) {
  return async (event: DispatchedEvent, tx: Tx): Promise<void> => {
    const payload = event.payload as DomainEventMap['comment.created'];
    const comment = await findCommentFacts(tx, event.orgId, payload.commentId);
    if (!comment) return;
    const base = { orgId: event.orgId, actorId: comment.authorId, dedupeKey: eventKey(event), at: deps.clock.now() };
    const excerpt = excerptOf(comment.body);
    const target = { type: payload.targetType, id: payload.targetId };
    let data: Record<string, string>;
    let followers: (string | null)[] = [];
    if (payload.targetType === 'task') {
      const task = await findTaskFacts(tx, event.orgId, payload.targetId);
      if (!task) return;
      data = { ...taskData(task) };
      followers = [...task.watcherIds, task.assigneeId];
    } else {
      const project = await findProjectFacts(tx, event.orgId, payload.targetId);
      if (!project) return;
      data = { projectId: project.id, projectName: project.name };
    }
    data = { ...data, commentId: payload.commentId, excerpt };
    const mentioned = others(payload.mentionIds ?? [], comment.authorId);
    await notify(tx, { ...base, kind: 'mentioned', recipients: mentioned, target, data });
    if (event.type !== 'comment.created') return;
    const watchers = others(followers, comment.authorId).filter((id) => !mentioned.includes(id));
    await notify(tx, { ...base, kind: 'commented', recipients: watchers, target, data });
  };
}
