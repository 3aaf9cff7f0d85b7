import type { Task } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  type TaskListFilters,
} from '@/features/tasks/internal/list-filters';
import { groupTasks } from '@/features/tasks/internal/task-grouping';
import { isSortableColumn, sortFromTable, tableOrderFor } from '@/features/tasks/internal/task-sort';

const A = '0190f4a0-0000-7000-8000-000000000001';
const B = '0190f4a0-0000-7000-8000-000000000002';
const C = '0190f4a0-0000-7000-8000-000000000003';

describe('filters ↔ URL parameters', () => {
  const full: TaskListFilters = {
    statusIds: [A, B],
    priorities: ['urgent', 'high'],
    assigneeIds: ['me', 'none', C],
    labelIds: [A],
    dueFrom: '2026-05-01',
    dueTo: '2026-05-31',
    blocked: true,
    q: '报价',
    sort: '-dueDate',
    groupBy: 'assignee',
  };

  it('round-trips every filter', () => {
    expect(filtersFromParams(filtersToParams(full))).toEqual(full);
  });
  it('writes nothing for the defaults and keeps unrelated parameters', () => {
    const params = filtersToParams(EMPTY_FILTERS, new URLSearchParams('task=SALES-1&q=old'));
    expect(params.toString()).toBe('task=SALES-1');
  });
  it('drops malformed values from a hand-edited link', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        `status=abc,${A}&priority=huge,low&assignee=me,x&dueFrom=tomorrow&sort=size&group=x&blocked=2`,
      ),
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, statusIds: [A], priorities: ['low'], assigneeIds: ['me'] });
  });
  it('writes blocked=false as 0', () => {
    expect(filtersToParams({ ...EMPTY_FILTERS, blocked: false }).get('blocked')).toBe('0');
  });
  it('builds the API query with comma lists and the project scope', () => {
    expect(filtersToQuery(full, { projectId: B, limit: 50 })).toEqual({
      limit: 50,
      projectId: B,
      statusId: `${A},${B}`,
      priority: 'urgent,high',
      assigneeId: `me,none,${C}`,
      labelId: A,
      dueFrom: '2026-05-01',
      dueTo: '2026-05-31',
      isBlocked: true,
      q: '报价',
      sort: '-dueDate',
    });
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({ limit: 100 });
  });
  it('counts active filters, not sort or grouping', () => {
    expect(countActiveFilters(full)).toBe(7);
    expect(countActiveFilters({ ...EMPTY_FILTERS, sort: 'title', groupBy: 'status' })).toBe(0);
  });
});

describe('sort mapping', () => {
  it('maps header clicks to the sort parameter', () => {
    expect(sortFromTable('dueDate', 'ascend')).toBe('dueDate');
    expect(sortFromTable('dueDate', 'descend')).toBe('-dueDate');
    expect(sortFromTable('dueDate', null)).toBeNull();
    expect(sortFromTable('estimate', 'ascend')).toBeNull();
  });
  it('shows the arrow only on the sorted column', () => {
    expect(tableOrderFor('updatedAt', '-updatedAt')).toBe('descend');
    expect(tableOrderFor('title', 'title')).toBe('ascend');
    expect(tableOrderFor('title', '-key')).toBeNull();
    expect(tableOrderFor('title', null)).toBeNull();
  });
  it('knows which columns sort', () => {
    expect(isSortableColumn('priority')).toBe(true);
    expect(isSortableColumn('labels')).toBe(false);
  });
});

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    key: `S-${id}`,
    title: id,
    status: { id: A, name: '待办', category: 'todo', color: '#999999' },
    priority: 'medium',
    assignee: null,
    labelIds: [],
    ...overrides,
  } as Task;
}

describe('groupTasks', () => {
  const done = { id: B, name: '已完成', category: 'done' as const, color: '#00aa00' };
  const zhang = { id: C, name: '张伟', initials: '张', avatarColor: '#123456' };
  const li = { id: B, name: '李娜', initials: '李', avatarColor: '#654321' };

  it('returns one group when not grouping', () => {
    expect(groupTasks([task('1')], 'none')).toHaveLength(1);
  });
  it('orders status groups as the board does', () => {
    const groups = groupTasks([task('1', { status: done }), task('2')], 'status', {
      statuses: [
        { id: A, name: '待办', color: '#999999', position: 0 },
        { id: B, name: '已完成', color: '#00aa00', position: 2 },
      ],
    });
    expect(groups.map((g) => g.key)).toEqual([A, B]);
  });
  it('orders priorities from urgent to low', () => {
    const groups = groupTasks([task('1', { priority: 'low' }), task('2', { priority: 'urgent' })], 'priority');
    expect(groups.map((g) => g.key)).toEqual(['urgent', 'low']);
  });
  it('orders people by pinyin and puts unassigned last', () => {
    const groups = groupTasks([task('1'), task('2', { assignee: zhang }), task('3', { assignee: li })], 'assignee');
    expect(groups.map((g) => g.name)).toEqual(['李娜', '张伟', null]);
    expect(groups[2]?.key).toBe('none');
  });
  it('shows a task under each of its labels, unlabelled last', () => {
    const groups = groupTasks([task('1', { labelIds: [A, B] }), task('2')], 'label', {
      labels: [
        { id: A, name: '重点', color: '#ff0000' },
        { id: B, name: '渠道', color: '#0000ff' },
      ],
    });
    expect(groups.map((g) => [g.name, g.tasks.length])).toEqual([
      ['渠道', 1],
      ['重点', 1],
      [null, 1],
    ]);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', async () => {
    const { formatBytes } = await import('@/features/tasks/internal/format-bytes');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
  });
});
