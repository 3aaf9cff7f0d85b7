import { AppError, fieldError } from '#platform/errors/app-error.ts';

export type PageRequest = { limit: number; cursor: unknown[] | null };
export type Page<T> = { items: T[]; nextCursor: string | null };

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** Opaque keyset cursor: the sort values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString(
    'base64url',
  );
}

/** What each position of a cursor holds; a forged cursor of the wrong shape is a 422, never a 500. */
export type CursorKind = 'string' | 'uuid' | 'instant' | 'number';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fits(value: unknown, kind: CursorKind): boolean {
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (typeof value !== 'string' || value.length > 300) return false;
  if (kind === 'uuid') return UUID.test(value);
  if (kind === 'instant') return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

export function decodeCursor(cursor: string | undefined, kinds: CursorKind[]): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => fits(v, kinds[i]!))) {
      return values;
    }
  } catch {
    // fall through to the field error
  }
  throw new AppError('validation_failed', {
    fields: [fieldError('cursor', 'invalid', 'Not a cursor from this list', 'querystring')],
  });
}

export function pageRequest(query: { limit?: number; cursor?: string }, kinds: CursorKind[]): PageRequest {
  return { limit: Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT), cursor: decodeCursor(query.cursor, kinds) };
}

/** Rows are fetched with limit + 1; the extra row only tells that another page exists. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => unknown[],
  present: (row: R) => T,
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(present), nextCursor: hasMore && last ? encodeCursor(cursorOf(last)) : null };
}
