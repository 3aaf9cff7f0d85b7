import type { StatusCategory, TaskPriority } from '@meridian/contracts';

/** A text in both languages: [zh-CN, en]. */
export type Bilingual = readonly [string, string];

export type BuiltinTask = {
  ref: string;
  title: Bilingual;
  description?: Bilingual;
  /** The phase (a parent task) this task belongs to. */
  parent?: string;
  /** Working days from the project's start. */
  start: number;
  /** Working days it lasts (0 for a milestone). */
  days: number;
  hours?: number;
  priority?: TaskPriority;
  milestone?: boolean;
  deps?: string[];
};

export type BuiltinTemplate = {
  slug: string;
  name: Bilingual;
  description: Bilingual;
  statuses: { name: Bilingual; category: StatusCategory }[];
  tasks: BuiltinTask[];
};

export const DEFAULT_STATUSES: BuiltinTemplate['statuses'] = [
  { name: ['待办', 'To do'], category: 'todo' },
  { name: ['进行中', 'In progress'], category: 'in_progress' },
  { name: ['已完成', 'Done'], category: 'done' },
];
