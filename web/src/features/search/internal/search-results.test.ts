import type { SearchHit } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { groupHits, hrefOfHit, normalizeQuery, snippetOf } from '@/features/search/internal/search-results';

const hit = (kind: SearchHit['kind'], key: string, overrides: Partial<SearchHit> = {}): SearchHit => ({
  kind,
  id: key,
  key,
  title: `${key} title`,
  snippet: '',
  projectId: null,
  ...overrides,
});

describe('search result mapping', () => {
  it('links tasks to their page and projects to theirs', () => {
    expect(hrefOfHit(hit('task', 'SALES-42'))).toBe('/tasks/SALES-42');
    expect(hrefOfHit(hit('project', 'SALES'))).toBe('/projects/SALES');
  });
  it('puts projects before tasks and keeps the server order within each', () => {
    const groups = groupHits([hit('task', 'A-2'), hit('project', 'B'), hit('task', 'A-1')]);
    expect(groups.map((group) => [group.kind, group.hits.map((h) => h.key)])).toEqual([
      ['project', ['B']],
      ['task', ['A-2', 'A-1']],
    ]);
    expect(groupHits([hit('task', 'A-1')]).map((group) => group.kind)).toEqual(['task']);
    expect(groupHits([])).toEqual([]);
  });
  it('normalizes the query', () => {
    expect(normalizeQuery('  大客户   报价 ')).toBe('大客户 报价');
    expect(normalizeQuery('   ')).toBeNull();
    expect(normalizeQuery('x'.repeat(300))?.length).toBe(200);
  });
  it('drops a snippet that repeats the title', () => {
    expect(snippetOf({ title: '报价', snippet: '报价' })).toBeNull();
    expect(snippetOf({ title: '报价', snippet: '…发送报价单给客户…' })).toBe('…发送报价单给客户…');
  });
});
