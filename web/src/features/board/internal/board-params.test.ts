import { describe, expect, it } from 'vitest';
import { boardSettingsFromParams, withBoardParam } from '@/features/board/internal/board-params';

const uuid = '0196b3c1-0000-7000-8000-000000000001';

describe('board settings in the URL', () => {
  it('defaults to columns by status without lanes or filters', () => {
    expect(boardSettingsFromParams(new URLSearchParams())).toEqual({
      groupBy: 'status',
      withLanes: false,
      filters: {},
    });
  });
  it('reads valid filters and drops malformed ones', () => {
    const params = new URLSearchParams(
      `group=priority&lanes=assignee&assignee=me,bogus,${uuid}&priority=high,nope&label=x&q= 报价 `,
    );
    expect(boardSettingsFromParams(params)).toEqual({
      groupBy: 'priority',
      withLanes: true,
      filters: { assigneeId: `me,${uuid}`, priority: 'high', q: '报价' },
    });
  });
  it('has no swimlanes by assignee when the columns are assignees', () => {
    expect(boardSettingsFromParams(new URLSearchParams('group=assignee&lanes=assignee')).withLanes).toBe(false);
  });
  it('omits defaults and empty values when writing', () => {
    const base = new URLSearchParams('group=priority&task=SALES-1');
    expect(withBoardParam(base, 'group', 'status').toString()).toBe('task=SALES-1');
    expect(withBoardParam(base, 'q', '').get('q')).toBeNull();
    expect(withBoardParam(base, 'lanes', 'assignee').get('lanes')).toBe('assignee');
  });
});
