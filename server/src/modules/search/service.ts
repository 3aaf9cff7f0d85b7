import type { SearchHit, SearchResult } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { queryTerms } from '#platform/search/search-terms.ts';
import { bindDeps } from '#platform/service/bind-deps.ts';
import { findTaskByKey, type ProjectHitRow, searchProjects, searchTasks, type TaskHitRow } from './queries.ts';
import { parseTaskKey, queryWords, snippetAround } from './snippet.ts';

export type SearchDeps = Record<string, never>;

const taskHit = (row: TaskHitRow, words: string[]): SearchHit => ({
  kind: 'task',
  id: row.id,
  key: row.key,
  title: row.title,
  snippet: snippetAround(row.excerpt, words, row.excerptStart > 1),
  projectId: row.projectId,
});

const projectHit = (row: ProjectHitRow, words: string[]): SearchHit => ({
  kind: 'project',
  id: row.id,
  key: row.key,
  title: row.name,
  snippet: snippetAround(row.excerpt, words),
  projectId: row.id,
});

/**
 * Projects and tasks the actor may see that match the query, best first: an exact key, then
 * matches in the title (or project name), then in the description. Three queries whatever the
 * size of the organisation; the task query is answered from the GIN index on search terms.
 */
export async function search(
  _deps: SearchDeps,
  ctx: RequestContext,
  query: { q: string; limit?: number },
): Promise<SearchResult> {
  const limit = query.limit ?? 20;
  const words = queryWords(query.q);
  const terms = queryTerms(query.q);
  if (words.length === 0) return { items: [] };
  const key = parseTaskKey(query.q);
  const [byKey, projectRows, taskRows] = await Promise.all([
    key ? findTaskByKey(ctx.db, ctx.orgId, ctx.actor, key) : Promise.resolve(null),
    searchProjects(ctx.db, ctx.orgId, ctx.actor, { q: query.q, words, limit }),
    terms.length > 0 ? searchTasks(ctx.db, ctx.orgId, ctx.actor, { terms, words, limit }) : Promise.resolve([]),
  ]);
  const ranked: { rank: number; hit: SearchHit }[] = [];
  if (byKey) ranked.push({ rank: 0, hit: taskHit(byKey, words) });
  for (const row of projectRows) {
    ranked.push({ rank: row.keyExact ? 0 : row.inName ? 1 : 2, hit: projectHit(row, words) });
  }
  for (const row of taskRows) {
    if (row.id === byKey?.id) continue;
    ranked.push({ rank: row.inTitle ? 1 : 2, hit: taskHit(row, words) });
  }
  // Stable sort: within a rank, projects before tasks, each in its query's order.
  ranked.sort((a, b) => a.rank - b.rank || (a.hit.kind === b.hit.kind ? 0 : a.hit.kind === 'project' ? -1 : 1));
  return { items: ranked.slice(0, limit).map((r) => r.hit) };
}

export function createSearchService(deps: SearchDeps) {
  return { search: bindDeps(deps, search) };
}

export type SearchService = ReturnType<typeof createSearchService>;
