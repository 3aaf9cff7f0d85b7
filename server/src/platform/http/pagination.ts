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

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the field error
  }
  throw new AppError('validation_failed', {
    fields: [fieldError('cursor', 'invalid', 'Not a cursor from this list', 'querystring')],
  });
}

export function pageRequest(query: { limit?: number; cursor?: string }, arity: number): PageRequest {
  return { limit: Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT), cursor: decodeCursor(query.cursor, arity) };
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
