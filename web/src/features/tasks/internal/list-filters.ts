import { type ListTasksQuery, TASK_PRIORITIES, TASK_SORTS, type TaskPriority } from '@meridian/contracts';

export const GROUP_BYS = ['none', 'status', 'assignee', 'priority', 'label'] as const;
export type TaskGroupBy = (typeof GROUP_BYS)[number];
export type TaskSort = (typeof TASK_SORTS)[number];

/** What the list shows, read from and written to the URL so that a view can be shared. */
export type TaskListFilters = {
  statusIds: string[];
  priorities: TaskPriority[];
  /** User ids, `me` or `none`. */
  assigneeIds: string[];
  labelIds: string[];
  dueFrom: string | null;
  dueTo: string | null;
  blocked: boolean | null;
  q: string;
  sort: TaskSort | null;
  groupBy: TaskGroupBy;
};

export const EMPTY_FILTERS: TaskListFilters = {
  statusIds: [],
  priorities: [],
  assigneeIds: [],
  labelIds: [],
  dueFrom: null,
  dueTo: null,
  blocked: null,
  q: '',
  sort: null,
  groupBy: 'none',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The URL parameters this list owns; others (`task` for the drawer) are left alone. */
const PARAMS = ['status', 'priority', 'assignee', 'label', 'dueFrom', 'dueTo', 'blocked', 'q', 'sort', 'group'];

const csv = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from URL parameters, dropping anything malformed (a hand-edited link). */
export function filtersFromParams(params: URLSearchParams): TaskListFilters {
  const dueFrom = params.get('dueFrom');
  const dueTo = params.get('dueTo');
  const blocked = params.get('blocked');
  return {
    statusIds: csv(params.get('status')).filter((id) => UUID.test(id)),
    priorities: csv(params.get('priority')).filter((p): p is TaskPriority =>
      (TASK_PRIORITIES as readonly string[]).includes(p),
    ),
    assigneeIds: csv(params.get('assignee')).filter((id) => id === 'me' || id === 'none' || UUID.test(id)),
    labelIds: csv(params.get('label')).filter((id) => UUID.test(id)),
    dueFrom: dueFrom && DATE.test(dueFrom) ? dueFrom : null,
    dueTo: dueTo && DATE.test(dueTo) ? dueTo : null,
    blocked: blocked === '1' ? true : blocked === '0' ? false : null,
    q: (params.get('q') ?? '').slice(0, 200),
    sort: oneOf(TASK_SORTS, params.get('sort')),
    groupBy: oneOf(GROUP_BYS, params.get('group')) ?? 'none',
  };
}

/** Writes the filters into a copy of `base`, leaving unrelated parameters in place; defaults are omitted. */
export function filtersToParams(filters: TaskListFilters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  const set = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  set('status', filters.statusIds.join(','));
  set('priority', filters.priorities.join(','));
  set('assignee', filters.assigneeIds.join(','));
  set('label', filters.labelIds.join(','));
  set('dueFrom', filters.dueFrom);
  set('dueTo', filters.dueTo);
  set('blocked', filters.blocked === null ? null : filters.blocked ? '1' : '0');
  set('q', filters.q.trim());
  set('sort', filters.sort);
  set('group', filters.groupBy === 'none' ? null : filters.groupBy);
  return params;
}

/** The API query for these filters; `projectId` scopes a project's list. */
export function filtersToQuery(
  filters: TaskListFilters,
  scope: { projectId?: string; limit?: number } = {},
): ListTasksQuery {
  const query: ListTasksQuery = { limit: scope.limit ?? 100 };
  if (scope.projectId) query.projectId = scope.projectId;
  if (filters.statusIds.length) query.statusId = filters.statusIds.join(',');
  if (filters.priorities.length) query.priority = filters.priorities.join(',');
  if (filters.assigneeIds.length) query.assigneeId = filters.assigneeIds.join(',');
  if (filters.labelIds.length) query.labelId = filters.labelIds.join(',');
  if (filters.dueFrom) query.dueFrom = filters.dueFrom;
  if (filters.dueTo) query.dueTo = filters.dueTo;
  if (filters.blocked !== null) query.isBlocked = filters.blocked;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.sort) query.sort = filters.sort;
  return query;
}

/** How many filters narrow the list (sort and grouping do not count). */
export function countActiveFilters(filters: TaskListFilters): number {
  return [
    filters.statusIds.length > 0,
    filters.priorities.length > 0,
    filters.assigneeIds.length > 0,
    filters.labelIds.length > 0,
    Boolean(filters.dueFrom || filters.dueTo),
    filters.blocked !== null,
    filters.q.trim() !== '',
  ].filter(Boolean).length;
}
