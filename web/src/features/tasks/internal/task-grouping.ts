import { TASK_PRIORITIES, type Task, type TaskStatus } from '@meridian/contracts';
import type { TaskGroupBy } from '@/features/tasks/internal/list-filters';

export const NO_GROUP = 'none';

/** One section of a grouped list; `name` null means "translate the key" (priority, unassigned). */
export type TaskGroup = { key: string; name: string | null; color: string | null; tasks: Task[] };

export type GroupingContext = {
  /** The project's statuses in board order (status groups follow it). */
  statuses?: Pick<TaskStatus, 'id' | 'name' | 'color' | 'position'>[];
  labels?: { id: string; name: string; color: string }[];
};

const collator = new Intl.Collator('zh-CN');

function pushTo(groups: Map<string, TaskGroup>, group: Omit<TaskGroup, 'tasks'>, task: Task) {
  const existing = groups.get(group.key);
  if (existing) existing.tasks.push(task);
  else groups.set(group.key, { ...group, tasks: [task] });
}

/**
 * Splits tasks into sections, keeping their order inside each: statuses in board order, people in
 * pinyin order, priorities from urgent to low, labels by name; "none" last. A task with two labels
 * shows under both.
 */
export function groupTasks(tasks: Task[], groupBy: TaskGroupBy, context: GroupingContext = {}): TaskGroup[] {
  if (groupBy === 'none') return [{ key: 'all', name: null, color: null, tasks }];
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    if (groupBy === 'status') {
      pushTo(groups, { key: task.status.id, name: task.status.name, color: task.status.color }, task);
    } else if (groupBy === 'priority') {
      pushTo(groups, { key: task.priority, name: null, color: null }, task);
    } else if (groupBy === 'assignee') {
      const person = task.assignee;
      pushTo(groups, person ? { key: person.id, name: person.name, color: person.avatarColor } : noGroup(), task);
    } else if (task.labelIds.length === 0) {
      pushTo(groups, noGroup(), task);
    } else {
      for (const labelId of task.labelIds) {
        const label = context.labels?.find((item) => item.id === labelId);
        pushTo(groups, { key: labelId, name: label?.name ?? labelId, color: label?.color ?? null }, task);
      }
    }
  }
  return [...groups.values()].sort(compareGroups(groupBy, context));
}

function noGroup(): Omit<TaskGroup, 'tasks'> {
  return { key: NO_GROUP, name: null, color: null };
}

function compareGroups(groupBy: TaskGroupBy, context: GroupingContext) {
  const statusOrder = new Map((context.statuses ?? []).map((status) => [status.id, status.position]));
  return (a: TaskGroup, b: TaskGroup): number => {
    if (a.key === NO_GROUP || b.key === NO_GROUP) return a.key === NO_GROUP ? (b.key === NO_GROUP ? 0 : 1) : -1;
    if (groupBy === 'priority') {
      return TASK_PRIORITIES.indexOf(a.key as Task['priority']) - TASK_PRIORITIES.indexOf(b.key as Task['priority']);
    }
    if (groupBy === 'status') {
      const left = statusOrder.get(a.key) ?? Number.MAX_SAFE_INTEGER;
      const right = statusOrder.get(b.key) ?? Number.MAX_SAFE_INTEGER;
      if (left !== right) return left - right;
      return 0;
    }
    return collator.compare(a.name ?? '', b.name ?? '');
  };
}
