import type { MyWork, Project, Task, TaskStatus } from '@meridian/contracts';

export type MyWorkSectionKey = keyof MyWork;

/** The page's sections in reading order, with what each says when empty. */
export const MY_WORK_SECTIONS: readonly MyWorkSectionKey[] = [
  'overdue',
  'today',
  'thisWeek',
  'later',
  'noDueDate',
  'waitingOnOthers',
];

export type MyWorkSection = {
  key: MyWorkSectionKey;
  /** `myWork:sections.<key>`: 已逾期, 今天, 本周, 以后, 无截止日期, 等待他人. */
  titleKey: `sections.${MyWorkSectionKey}`;
  tasks: Task[];
  /** Overdue work draws the eye first; the rest is neutral. */
  tone: 'danger' | 'default';
};

/** The sections to show: every one with tasks, and "today" always (it carries the day's empty state). */
export function sectionsOf(myWork: MyWork): MyWorkSection[] {
  return MY_WORK_SECTIONS.filter((key) => key === 'today' || myWork[key].length > 0).map((key) => ({
    key,
    titleKey: `sections.${key}` as const,
    tasks: myWork[key],
    tone: key === 'overdue' ? 'danger' : 'default',
  }));
}

/** How many of my own tasks are open (waiting on others are someone else's). */
export function countMine(myWork: MyWork): number {
  return MY_WORK_SECTIONS.filter((key) => key !== 'waitingOnOthers').reduce((sum, key) => sum + myWork[key].length, 0);
}

/** Where "mark done" puts a task: the project's first status in the done category, by position. */
export function firstDoneStatus(project: Pick<Project, 'statuses'> | undefined): TaskStatus | undefined {
  return [...(project?.statuses ?? [])]
    .filter((status) => status.category === 'done')
    .sort((a, b) => a.position - b.position)[0];
}

/** `SALES-42` → `SALES`. */
export const projectKeyOfTask = (taskKey: string) => taskKey.replace(/-\d+$/, '');
