import type { DomainEventMap } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import type { DispatchedEvent } from '#platform/outbox/dispatcher.ts';
import { notify } from '../deliver.ts';
import { findTaskFacts } from '../facts-queries.ts';
import { eventKey, type HandlerDeps, others, taskData } from './shared.ts';

/** task.completed → its watchers (and assignee), with the completion note: "report when done". */
export function onTaskCompleted(deps: HandlerDeps) {
  return async (event: DispatchedEvent, tx: Tx): Promise<void> => {
    const payload = event.payload as DomainEventMap['task.completed'];
    const task = await findTaskFacts(tx, event.orgId, payload.taskId);
    if (!task) return;
    await notify(tx, {
      orgId: event.orgId,
      kind: 'completed',
      recipients: others([...task.watcherIds, task.assigneeId], event.actorId),
      actorId: event.actorId,
      target: { type: 'task', id: task.id },
      data: { ...taskData(task), note: (payload.note ?? '').slice(0, 1000) },
      dedupeKey: eventKey(event),
      at: deps.clock.now(),
    });
  };
}
