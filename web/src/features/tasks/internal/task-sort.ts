import type { TaskSort } from '@/features/tasks/internal/list-filters';

/** Table columns the API can sort by, and the field it sorts on. */
const SORT_FIELD_BY_COLUMN: Record<string, string> = {
  key: 'key',
  title: 'title',
  status: 'status',
  priority: 'priority',
  assignee: 'assignee',
  dueDate: 'dueDate',
  startDate: 'startDate',
  updatedAt: 'updatedAt',
  createdAt: 'createdAt',
};

export type TableSortOrder = 'ascend' | 'descend' | null;

export function isSortableColumn(column: string): boolean {
  return column in SORT_FIELD_BY_COLUMN;
}

/** A click on a column header → the `sort` query value (`-dueDate`), or null to clear. */
export function sortFromTable(column: string | undefined, order: TableSortOrder | undefined): TaskSort | null {
  if (!column || !order) return null;
  const field = SORT_FIELD_BY_COLUMN[column];
  if (!field) return null;
  return (order === 'descend' ? `-${field}` : field) as TaskSort;
}

/** The header arrow to show for a column under the current sort. */
export function tableOrderFor(column: string, sort: TaskSort | null): TableSortOrder {
  if (!sort) return null;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  if (SORT_FIELD_BY_COLUMN[column] !== field) return null;
  return descending ? 'descend' : 'ascend';
}
