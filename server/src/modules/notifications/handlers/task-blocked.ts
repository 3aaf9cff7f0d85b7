import type { DomainEventMap } from '@meridian/contracts';
import type { Tx } from '#db/client.ts';
import type { DispatchedEvent } from '#platform/outbox/dispatcher.ts';
import { notify } from '../deliver.ts';
import { findTaskFacts } from '../facts-queries.ts';
import { eventKey, type HandlerDeps, others, taskData } from './shared.ts';

/** task.blocked → the project's lead(s) at once: the escalation path. */
export function onTaskBlocked(deps: HandlerDeps) {
  return async (event: DispatchedEvent, tx: Tx): Promise<void> => {
    const payload = event.payload as DomainEventMap['task.blocked'];
    const task = await findTaskFacts(tx, event.orgId, payload.taskId);
    if (!task) return;
    await notify(tx, {
      orgId: event.orgId,
      kind: 'blocked',
      recipients: others(task.leadIds, event.actorId),
      actorId: event.actorId,
      target: { type: 'task', id: task.id },
      data: { ...taskData(task), reason: (payload.reason ?? '').slice(0, 500) },
      dedupeKey: eventKey(event),
      at: deps.clock.now(),
    });
  };
}
