import { describe, expect, it } from 'vitest';
import { parseTaskKey, queryWords, snippetAround } from './snippet.ts';

describe('search helpers', () => {
  it('reads task keys as people type them', () => {
    expect(parseTaskKey('SALES-42')).toEqual({ projectKey: 'SALES', number: 42 });
    expect(parseTaskKey(' sales-42 ')).toEqual({ projectKey: 'SALES', number: 42 });
    expect(parseTaskKey('ＳＡＬＥＳ－４２')).toEqual({ projectKey: 'SALES', number: 42 });
    expect(parseTaskKey('sales 42')).toBeNull();
    expect(parseTaskKey('拜访-1')).toBeNull();
  });

  it('splits the query into words', () => {
    expect(queryWords('  拜访  华东 ')).toEqual(['拜访', '华东']);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'前言'.repeat(40)}本周拜访华东客户，确认报价。${'结尾'.repeat(80)}`;
    const snippet = snippetAround(text, ['拜访']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('拜访华东客户');
    expect(snippetAround('Short note', ['missing'])).toBe('Short note');
    expect(snippetAround('', ['x'])).toBe('');
    expect(snippetAround('a😀b', ['b'])).toBe('a😀b');
  });
});
