import { describe, expect, it } from 'vitest';
import { configFromParams, matchesConfig, paramsFromConfig } from '@/features/views/internal/view-config';

describe('saved view config', () => {
  it('keeps filters and settings, drops page state', () => {
    const params = new URLSearchParams(
      'assigneeId=me&priority=high,urgent&q=报价&group=assignee&lanes=assignee&sort=-dueDate&task=SALES-1&view=v1',
    );
    expect(configFromParams(params)).toEqual({
      filters: { assigneeId: 'me', priority: 'high,urgent', q: '报价' },
      groupBy: 'assignee',
      swimlanes: 'assignee',
      sort: '-dueDate',
    });
  });
  it('ignores unknown sorts and groupings', () => {
    expect(configFromParams(new URLSearchParams('sort=bogus&group=planet&mode=year'))).toEqual({ filters: {} });
  });
  it('reads columns and calendar mode', () => {
    expect(configFromParams(new URLSearchParams('columns=key,title,dueDate&mode=week'))).toEqual({
      filters: {},
      columns: ['key', 'title', 'dueDate'],
      calendarMode: 'week',
    });
  });
  it('round-trips through the URL and marks the active view', () => {
    const config = { filters: { labelId: 'l1' }, groupBy: 'priority' as const, columns: ['key', 'title'] };
    const params = paramsFromConfig(config, 'v9', new URLSearchParams('task=SALES-3&assigneeId=me'));
    expect(params.get('view')).toBe('v9');
    expect(params.get('task')).toBe('SALES-3');
    expect(params.get('assigneeId')).toBeNull();
    expect(configFromParams(params)).toEqual(config);
    expect(matchesConfig(config, params)).toBe(true);
    params.set('q', 'x');
    expect(matchesConfig(config, params)).toBe(false);
  });
});
