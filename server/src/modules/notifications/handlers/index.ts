import type { OutboxDispatcher } from '#platform/outbox/dispatcher.ts';
import { onCommentCreated } from './comment-created.ts';
import type { HandlerDeps } from './shared.ts';
import { onTaskAssigned } from './task-assigned.ts';
import { onTaskBlocked } from './task-blocked.ts';
import { onTaskCompleted } from './task-completed.ts';

/** The events that notify people, each handled in its own file. */
export function registerNotificationHandlers(dispatcher: OutboxDispatcher, deps: HandlerDeps): void {
  dispatcher.on('task.assigned', onTaskAssigned(deps));
  dispatcher.on('task.blocked', onTaskBlocked(deps));
  dispatcher.on('task.completed', onTaskCompleted(deps));
  dispatcher.on('comment.created', onCommentCreated(deps));
  dispatcher.on('comment.updated', onCommentCreated(deps));
}
