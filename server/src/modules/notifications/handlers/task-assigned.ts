import type { DomainEventMap } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import type { DispatchedEvent } from '#platform/outbox/dispatcher.ts';
import { notify } from '../deliver.ts';
import { findTaskFacts } from '../facts-queries.ts';
import { eventKey, type HandlerDeps, taskData } from './shared.ts';

/** task.assigned → the new assignee, unless they assigned themselves. */
export function onTaskAssigned(deps: HandlerDeps) {
  return async (event: DispatchedEvent, tx: Tx): Promise<void> => {
    const payload = event.payload as DomainEventMap['task.assigned'];
    if (!payload.assigneeId || payload.assigneeId === event.actorId) return;
    const task = await findTaskFacts(tx, event.orgId, payload.taskId);
    if (!task) return;
    await notify(tx, {
      orgId: event.orgId,
      kind: 'assigned',
      recipients: [payload.assigneeId],
      actorId: event.actorId,
      target: { type: 'task', id: task.id },
      data: { ...taskData(task), ...(task.dueDate ? { dueDate: task.dueDate } : {}) },
      dedupeKey: eventKey(event),
      at: deps.clock.now(),
    });
  };
}
