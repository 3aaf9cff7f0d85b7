import type { Board, BoardColumn, Task } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import {
  applyBoardMove,
  cellId,
  columnPatch,
  containersOf,
  isOverWip,
  lanesOf,
  moveInContainers,
  neighboursAt,
  parseCellId,
} from '@/features/board/internal/board-order';

const zhang = { id: 'u-zhang', name: '张伟', initials: '张伟', avatarColor: '#0958d9' };
const li = { id: 'u-li', name: '李娜', initials: '李娜', avatarColor: '#531dab' };

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    key: `SALES-${id}`,
    number: 1,
    projectId: 'p',
    title: id,
    status: { id: 'todo', name: '待办', category: 'todo', color: '#888888' },
    priority: 'medium',
    assignee: null,
    startDate: null,
    dueDate: null,
    estimateHours: null,
    loggedHours: 0,
    parentId: null,
    subtaskCounts: { total: 0, done: 0 },
    checklistCounts: { total: 0, done: 0 },
    commentCount: 0,
    isMilestone: false,
    isBlocked: false,
    blockedReason: '',
    labelIds: [],
    rank: 'a0',
    customerId: null,
    dealId: null,
    customFields: {},
    recurrence: null,
    completedAt: null,
    createdAt: '2026-05-01T00:00:00Z',
    updatedAt: '2026-05-01T00:00:00Z',
    version: 1,
    abilities: { update: true, delete: true, comment: true, logTime: true },
    ...overrides,
  };
}

function column(key: string, tasks: Task[], overrides: Partial<BoardColumn> = {}): BoardColumn {
  return {
    key,
    name: key,
    category: 'todo',
    color: '#123456',
    wipLimit: null,
    count: tasks.length,
    tasks,
    ...overrides,
  };
}

const board = (): Board => ({
  projectId: 'p',
  groupBy: 'status',
  columns: [
    column('todo', [task('a'), task('b', { assignee: zhang }), task('c')]),
    column('doing', [task('d', { assignee: li })], { name: '进行中', category: 'in_progress', color: '#1677ff' }),
  ],
});

describe('neighboursAt', () => {
  const cards = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives null above the first card and below the last', () => {
    expect(neighboursAt(cards, 'x', 0)).toEqual({ afterId: null, beforeId: 'a' });
    expect(neighboursAt(cards, 'x', 3)).toEqual({ afterId: 'c', beforeId: null });
    expect(neighboursAt(cards, 'x', 99)).toEqual({ afterId: 'c', beforeId: null });
  });
  it('ignores the moving card itself (reorder within a column)', () => {
    // a, b, c: moving a to index 1 of [b, c] puts it between b and c.
    expect(neighboursAt(cards, 'a', 1)).toEqual({ afterId: 'b', beforeId: 'c' });
    expect(neighboursAt(cards, 'c', 0)).toEqual({ afterId: null, beforeId: 'a' });
  });
  it('answers both null for an empty column', () => {
    expect(neighboursAt([], 'x', 0)).toEqual({ afterId: null, beforeId: null });
  });
});

describe('columnPatch', () => {
  it('maps the column key to the field of the grouping', () => {
    expect(columnPatch('status', 's1')).toEqual({ statusId: 's1' });
    expect(columnPatch('assignee', 'u1')).toEqual({ assigneeId: 'u1' });
    expect(columnPatch('assignee', 'none')).toEqual({ assigneeId: null });
    expect(columnPatch('priority', 'high')).toEqual({ priority: 'high' });
  });
});

describe('applyBoardMove', () => {
  it('moves a card to another column between its neighbours and updates counts and status', () => {
    const next = applyBoardMove(board(), { taskId: 'b', toColumnKey: 'doing', afterId: null, beforeId: 'd' });
    expect(next.columns[0]?.tasks.map((t) => t.id)).toEqual(['a', 'c']);
    expect(next.columns[0]?.count).toBe(2);
    expect(next.columns[1]?.tasks.map((t) => t.id)).toEqual(['b', 'd']);
    expect(next.columns[1]?.count).toBe(2);
    expect(next.columns[1]?.tasks[0]?.status).toEqual({
      id: 'doing',
      name: '进行中',
      category: 'in_progress',
      color: '#1677ff',
    });
  });
  it('reorders within a column without changing counts', () => {
    const next = applyBoardMove(board(), { taskId: 'a', toColumnKey: 'todo', afterId: 'c', beforeId: null });
    expect(next.columns[0]?.tasks.map((t) => t.id)).toEqual(['b', 'c', 'a']);
    expect(next.columns[0]?.count).toBe(3);
  });
  it('changes the assignee when a card changes swimlane', () => {
    const next = applyBoardMove(board(), {
      taskId: 'a',
      toColumnKey: 'doing',
      toLaneKey: 'u-li',
      afterId: 'd',
      beforeId: null,
    });
    expect(next.columns[1]?.tasks[1]?.assignee).toEqual(li);
  });
  it('sets the column person on a board grouped by assignee', () => {
    const byAssignee: Board = {
      projectId: 'p',
      groupBy: 'assignee',
      columns: [column('u-zhang', [task('b', { assignee: zhang })], { name: '张伟' }), column('none', [task('a')])],
    };
    const next = applyBoardMove(byAssignee, { taskId: 'b', toColumnKey: 'none', afterId: null, beforeId: 'a' });
    expect(next.columns[1]?.tasks.map((t) => [t.id, t.assignee])).toEqual([
      ['b', null],
      ['a', null],
    ]);
  });
  it('leaves the board untouched for an unknown card', () => {
    const before = board();
    expect(applyBoardMove(before, { taskId: 'zz', toColumnKey: 'doing', afterId: null, beforeId: null })).toBe(before);
  });
});

describe('containers and lanes', () => {
  it('builds one container per column, or per lane and column', () => {
    expect(Object.keys(containersOf(board(), false))).toEqual(['todo', 'doing']);
    const cells = containersOf(board(), true);
    expect(cells[cellId('none', 'todo')]?.map((t) => t.id)).toEqual(['a', 'c']);
    expect(cells[cellId('u-zhang', 'todo')]?.map((t) => t.id)).toEqual(['b']);
    expect(parseCellId(cellId('u-li', 'doing'))).toEqual({ laneKey: 'u-li', columnKey: 'doing' });
  });
  it('moves a card between containers at an index', () => {
    const next = moveInContainers(containersOf(board(), false), 'd', 'todo', 1);
    expect(next.todo?.map((t) => t.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(next.doing).toEqual([]);
  });
  it('sorts lanes by name in pinyin order, unassigned last', () => {
    expect(lanesOf(board(), 'zh-CN').map((lane) => lane.key)).toEqual(['u-li', 'u-zhang', 'none']);
  });
});

describe('isOverWip', () => {
  it('warns only above the limit', () => {
    expect(isOverWip({ count: 3, wipLimit: 3 })).toBe(false);
    expect(isOverWip({ count: 4, wipLimit: 3 })).toBe(true);
    expect(isOverWip({ count: 40, wipLimit: null })).toBe(false);
  });
});
