import type { NotificationData } from '@meridian/contracts';
import type { Clock } from '#platform/clock/clock.ts';
import type { DispatchedEvent } from '#platform/outbox/dispatcher.ts';
import type { TaskFacts } from '../facts-queries.ts';

export type HandlerDeps = { clock: Clock };

/** One key per event: a redelivered event finds its notifications already there. */
export function eventKey(event: DispatchedEvent): string {
  return `${event.type}:${event.seq}`;
}

export function taskData(task: TaskFacts): NotificationData {
  return { taskKey: task.key, taskTitle: task.title, projectId: task.projectId, projectName: task.projectName };
}

/** Everyone but the person who caused the event. */
export function others(ids: (string | null | undefined)[], actorId: string | null): string[] {
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))];
}
