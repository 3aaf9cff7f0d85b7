import { type SavedViewConfig, TASK_SORTS } from '@meridian/contracts';

export type ViewKind = 'list' | 'board' | 'calendar';

/**
 * URL parameters that are view settings (`sort`, `group`, `columns`, `lanes`, `mode`, the same
 * names on the list, board and calendar pages) or page state, not filters. Every other parameter of the
 * page is a filter and is saved as it is, so list, board and calendar keep their own filter names.
 */
const SETTINGS = ['sort', 'group', 'columns', 'lanes', 'mode'] as const;
const PAGE_STATE = ['view', 'task', 'edit', 'cursor', 'date'] as const;
const NOT_FILTERS: ReadonlySet<string> = new Set<string>([...SETTINGS, ...PAGE_STATE]);

const GROUPS: ReadonlySet<string> = new Set(['none', 'status', 'assignee', 'priority', 'label']);
const SORTS: ReadonlySet<string> = new Set(TASK_SORTS);
const MAX_FILTERS = 30;

/** The current page's URL parameters as a saved view's config (what "save current view" stores). */
export function configFromParams(params: URLSearchParams): SavedViewConfig {
  const filters: Record<string, string> = {};
  for (const [key, value] of params) {
    if (NOT_FILTERS.has(key) || !value || key.length > 40 || Object.keys(filters).length >= MAX_FILTERS) continue;
    filters[key] = value.slice(0, 2000);
  }
  const config: SavedViewConfig = { filters };
  const sort = params.get('sort');
  if (sort && SORTS.has(sort)) config.sort = sort as NonNullable<SavedViewConfig['sort']>;
  const groupBy = params.get('group');
  if (groupBy && GROUPS.has(groupBy)) config.groupBy = groupBy as NonNullable<SavedViewConfig['groupBy']>;
  const columns = params.get('columns');
  if (columns) config.columns = columns.split(',').filter(Boolean).slice(0, 40);
  const lanes = params.get('lanes');
  if (lanes === 'assignee' || lanes === 'none') config.swimlanes = lanes;
  const mode = params.get('mode');
  if (mode === 'month' || mode === 'week') config.calendarMode = mode;
  return config;
}

/**
 * The URL parameters that apply a saved view: its filters and settings, plus `view=<id>` so that the
 * menu shows which view is active. Page state that is not part of a view (an open task) is kept.
 */
export function paramsFromConfig(
  config: SavedViewConfig,
  viewId: string | null,
  current?: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(config.filters)) {
    if (!NOT_FILTERS.has(key) && value) next.set(key, value);
  }
  if (config.sort) next.set('sort', config.sort);
  if (config.groupBy && config.groupBy !== 'none') next.set('group', config.groupBy);
  if (config.columns?.length) next.set('columns', config.columns.join(','));
  if (config.swimlanes) next.set('lanes', config.swimlanes);
  if (config.calendarMode) next.set('mode', config.calendarMode);
  if (viewId) next.set('view', viewId);
  const task = current?.get('task');
  if (task) next.set('task', task);
  const date = current?.get('date');
  if (date) next.set('date', date);
  return next;
}

/** Whether the page still shows exactly what the view saved (otherwise the menu offers "save changes"). */
export function matchesConfig(config: SavedViewConfig, params: URLSearchParams): boolean {
  const a = paramsFromConfig(config, null);
  const b = paramsFromConfig(configFromParams(params), null);
  a.sort();
  b.sort();
  return a.toString() === b.toString();
}
