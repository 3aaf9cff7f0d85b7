import { TASK_PRIORITIES } from '@meridian/contracts';
import type { BoardGroupBy } from '@/features/board/internal/board-order';
import type { BoardFilters } from '@/features/tasks/api/task-queries';

/** Board state in the URL, with the list page's parameter names so that saved views mean the same. */
export type BoardSettings = { groupBy: BoardGroupBy; withLanes: boolean; filters: BoardFilters };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GROUPS: readonly BoardGroupBy[] = ['status', 'assignee', 'priority'];

const csv = (value: string | null, keep: (item: string) => boolean) =>
  (value ?? '')
    .split(',')
    .filter((item) => item && keep(item))
    .join(',');

/** Reads `group`, `lanes`, `assignee`, `priority`, `label` and `q`, dropping malformed values. */
export function boardSettingsFromParams(params: URLSearchParams): BoardSettings {
  const group = params.get('group');
  const groupBy = (GROUPS as readonly string[]).includes(group ?? '') ? (group as BoardGroupBy) : 'status';
  const filters: BoardFilters = {};
  const assignee = csv(params.get('assignee'), (id) => id === 'me' || id === 'none' || UUID.test(id));
  if (assignee) filters.assigneeId = assignee;
  const priority = csv(params.get('priority'), (p) => (TASK_PRIORITIES as readonly string[]).includes(p));
  if (priority) filters.priority = priority;
  const label = csv(params.get('label'), (id) => UUID.test(id));
  if (label) filters.labelId = label;
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  if (q) filters.q = q;
  // Swimlanes by assignee only make sense when the columns are not already people.
  return { groupBy, withLanes: params.get('lanes') === 'assignee' && groupBy !== 'assignee', filters };
}

/** A copy of `base` with one board setting changed; empty values are removed, defaults omitted. */
export function withBoardParam(
  base: URLSearchParams,
  name: 'group' | 'lanes' | 'assignee' | 'priority' | 'label' | 'q',
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(base);
  const isDefault = (name === 'group' && value === 'status') || (name === 'lanes' && value === 'none');
  if (!value || isDefault) next.delete(name);
  else next.set(name, value);
  // A changed board no longer is the saved view it came from, but the menu shows that as "modified".
  return next;
}
