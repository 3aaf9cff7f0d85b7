const WINDOW = 120;

/** The words of a query, as ILIKE checks them: split on blanks, at most eight. */
export function queryWords(query: string): string[] {
  return query.normalize('NFKC').trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

/** A task key as people type it (`sales-42`, `ＳＡＬＥＳ-42`), or null. */
export function parseTaskKey(query: string): { projectKey: string; number: number } | null {
  const match = /^([A-Z][A-Z0-9]{1,9})-(\d{1,9})$/i.exec(query.normalize('NFKC').trim());
  if (!match) return null;
  return { projectKey: match[1]!.toUpperCase(), number: Number(match[2]) };
}

/**
 * A short excerpt of `text` around the first word found in it, with ellipses where it was
 * cut; the beginning of the text when no word is in it. `cutBefore` says the text given is
 * already a window that starts inside a longer text.
 */
export function snippetAround(text: string, words: string[], cutBefore = false): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  const lower = flat.toLowerCase();
  const positions = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  const at = positions.length ? Math.min(...positions) : 0;
  const chars = [...flat];
  // Character offsets, not UTF-16 ones, so that a window never splits a surrogate pair.
  const charAt = [...flat.slice(0, at)].length;
  const start = Math.max(0, charAt - 30);
  const end = Math.min(chars.length, start + WINDOW);
  const body = chars.slice(start, end).join('');
  return `${start > 0 || cutBefore ? '…' : ''}${body}${end < chars.length ? '…' : ''}`;
}
