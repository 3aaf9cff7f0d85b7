/** Built-in columns of the task list, in their order; custom fields come as `cf:<id>`. */
export const BASE_COLUMNS = [
  'key',
  'title',
  'status',
  'priority',
  'assignee',
  'dueDate',
  'startDate',
  'estimate',
  'labels',
  'updatedAt',
] as const;
export type BaseColumn = (typeof BASE_COLUMNS)[number];

export const DEFAULT_COLUMNS: string[] = ['key', 'title', 'status', 'priority', 'assignee', 'dueDate', 'labels'];
/** Always shown: a row without them cannot be recognised. */
export const REQUIRED_COLUMNS = new Set(['key', 'title']);

const storageKey = (scope: string) => `meridian.tasks.columns.${scope}`;

/** The chosen columns for a list (per project), from localStorage; defaults when none or broken. */
export function readColumns(scope: string): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(scope));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) {
      return normaliseColumns(parsed);
    }
  } catch {
    // Fall back to the defaults.
  }
  return DEFAULT_COLUMNS;
}

export function writeColumns(scope: string, columns: string[]): void {
  try {
    globalThis.localStorage?.setItem(storageKey(scope), JSON.stringify(normaliseColumns(columns)));
  } catch {
    // The choice then lasts for this page only.
  }
}

/** Required columns first, no duplicates, unknown built-ins dropped (custom field ids kept). */
export function normaliseColumns(columns: string[]): string[] {
  const known = new Set<string>(BASE_COLUMNS);
  const kept = columns.filter((column) => known.has(column) || column.startsWith('cf:'));
  return [...new Set([...REQUIRED_COLUMNS, ...kept])];
}
