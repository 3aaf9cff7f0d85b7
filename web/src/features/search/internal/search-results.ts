import type { SearchHit } from '@meridian/contracts';

/** Where a hit opens: the task's own page, or the project. */
export function hrefOfHit(hit: Pick<SearchHit, 'kind' | 'key'>): string {
  const key = encodeURIComponent(hit.key);
  return hit.kind === 'project' ? `/projects/${key}` : `/tasks/${key}`;
}

export type SearchGroup = { kind: SearchHit['kind']; hits: SearchHit[] };

/** Projects first, then tasks, each in the server's relevance order; empty groups left out. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups: SearchGroup[] = [
    { kind: 'project', hits: hits.filter((hit) => hit.kind === 'project') },
    { kind: 'task', hits: hits.filter((hit) => hit.kind === 'task') },
  ];
  return groups.filter((group) => group.hits.length > 0);
}

/** The query as sent: trimmed, inner whitespace collapsed, within the API's 200 characters; null when empty. */
export function normalizeQuery(text: string): string | null {
  const query = text.trim().replace(/\s+/g, ' ').slice(0, 200);
  return query ? query : null;
}

/** The snippet, unless it only repeats the title (then the row stays one line). */
export function snippetOf(hit: Pick<SearchHit, 'title' | 'snippet'>): string | null {
  const snippet = hit.snippet.trim();
  return snippet && snippet !== hit.title.trim() ? snippet : null;
}
