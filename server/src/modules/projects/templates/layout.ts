import type { TemplateContent } from '@meridian/contracts';
import { layOutDates } from './working-days.ts';

export type LaidOutTask = {
  ref: string;
  id: string;
  parentId: string | null;
  title: string;
  description: string;
  startDate: string;
  dueDate: string;
  estimateMinutes: number | null;
  priority: 'urgent' | 'high' | 'medium' | 'low';
  isMilestone: boolean;
};

export type LaidOutPlan = {
  tasks: LaidOutTask[];
  dependencies: { predecessorId: string; successorId: string }[];
  endDate: string | null;
};

/**
 * A template's tasks with real dates from `base` (working days, weekends skipped), ids of their
 * own, parents and dependencies resolved. Unknown refs are dropped rather than failing.
 */
export function layOutTemplate(content: TemplateContent, base: string, makeId: () => string): LaidOutPlan {
  const ids = new Map<string, string>();
  for (const task of content.tasks) if (!ids.has(task.ref)) ids.set(task.ref, makeId());
  const seen = new Set<string>();
  const tasks: LaidOutTask[] = [];
  for (const task of content.tasks) {
    if (seen.has(task.ref)) continue;
    seen.add(task.ref);
    const { startDate, dueDate } = layOutDates(base, task.startOffsetDays, task.durationDays);
    tasks.push({
      ref: task.ref,
      id: ids.get(task.ref)!,
      parentId: task.parentRef && task.parentRef !== task.ref ? (ids.get(task.parentRef) ?? null) : null,
      title: task.title,
      description: task.description ?? '',
      startDate,
      dueDate,
      estimateMinutes: task.estimateHours === undefined ? null : Math.round(task.estimateHours * 60),
      priority: task.priority ?? 'medium',
      isMilestone: task.isMilestone ?? false,
    });
  }
  const pairs = new Set<string>();
  const dependencies: LaidOutPlan['dependencies'] = [];
  for (const task of content.tasks) {
    for (const ref of task.dependsOn ?? []) {
      const predecessorId = ids.get(ref);
      const successorId = ids.get(task.ref)!;
      const pair = `${predecessorId}>${successorId}`;
      if (!predecessorId || predecessorId === successorId || pairs.has(pair)) continue;
      pairs.add(pair);
      dependencies.push({ predecessorId, successorId });
    }
  }
  const endDate = tasks.reduce<string | null>((max, t) => (max === null || t.dueDate > max ? t.dueDate : max), null);
  return { tasks, dependencies, endDate };
}
