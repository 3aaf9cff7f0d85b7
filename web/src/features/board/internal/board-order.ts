import type { Board, BoardColumn, MoveTaskBody, PersonRef, Task, TaskPriority } from '@meridian/contracts';
import { getInitials } from '@/shared/ui/initials';

export type BoardGroupBy = Board['groupBy'];

/** The neighbours a card will have at `index` of a column it is not (or no longer) part of. */
export type Neighbours = { afterId: string | null; beforeId: string | null };

/**
 * `afterId`/`beforeId` for the move API: the card just above and just below the drop position.
 * `column` is the target column's cards in display order; the moving card is ignored wherever it is.
 */
export function neighboursAt(column: readonly Pick<Task, 'id'>[], taskId: string, index: number): Neighbours {
  const others = column.filter((task) => task.id !== taskId);
  const at = Math.max(0, Math.min(index, others.length));
  return { afterId: others[at - 1]?.id ?? null, beforeId: others[at]?.id ?? null };
}

/** What the move body says about the target column, by the board's grouping (`none` = unassigned). */
export function columnPatch(
  groupBy: BoardGroupBy,
  columnKey: string,
): Pick<MoveTaskBody, 'statusId' | 'assigneeId' | 'priority'> {
  if (groupBy === 'status') return { statusId: columnKey };
  if (groupBy === 'assignee') return { assigneeId: columnKey === 'none' ? null : columnKey };
  return { priority: columnKey as TaskPriority };
}

/** A swimlane cell is one column of one lane; its id joins both so that dnd-kit sees one container. */
export const cellId = (laneKey: string, columnKey: string) => `${laneKey}::${columnKey}`;
export function parseCellId(id: string): { laneKey: string; columnKey: string } {
  const at = id.indexOf('::');
  return at < 0 ? { laneKey: '', columnKey: id } : { laneKey: id.slice(0, at), columnKey: id.slice(at + 2) };
}

/** Lane of a task when swimlanes are by assignee. */
export const laneKeyOf = (task: Pick<Task, 'assignee'>) => task.assignee?.id ?? 'none';

export type Lane = { key: string; assignee: PersonRef | null };

/** Assignees in the board, alphabetically (pinyin order), unassigned last. */
export function lanesOf(board: Board, locale: string): Lane[] {
  const people = new Map<string, PersonRef>();
  let hasUnassigned = false;
  for (const column of board.columns) {
    for (const task of column.tasks) {
      if (task.assignee) people.set(task.assignee.id, task.assignee);
      else hasUnassigned = true;
    }
  }
  const collator = new Intl.Collator(locale);
  const lanes: Lane[] = [...people.values()]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((person) => ({ key: person.id, assignee: person }));
  if (hasUnassigned || lanes.length === 0) lanes.push({ key: 'none', assignee: null });
  return lanes;
}

/** Container id → its cards in order: one per column, or one per lane × column with swimlanes. */
export type Containers = Record<string, Task[]>;

export function containersOf(board: Board, withLanes: boolean): Containers {
  const containers: Containers = {};
  for (const column of board.columns) {
    if (!withLanes) {
      containers[column.key] = [...column.tasks];
      continue;
    }
    for (const task of column.tasks) {
      const id = cellId(laneKeyOf(task), column.key);
      const cell = containers[id] ?? [];
      cell.push(task);
      containers[id] = cell;
    }
  }
  return containers;
}

export function containerOfTask(containers: Containers, taskId: string): string | undefined {
  return Object.keys(containers).find((key) => containers[key]?.some((task) => task.id === taskId));
}

/** The containers with one card moved to `index` of `to` (drag preview and final drop). */
export function moveInContainers(containers: Containers, taskId: string, to: string, index: number): Containers {
  const from = containerOfTask(containers, taskId);
  if (!from) return containers;
  const task = containers[from]?.find((item) => item.id === taskId);
  if (!task) return containers;
  const next: Containers = { ...containers, [from]: (containers[from] ?? []).filter((item) => item.id !== taskId) };
  const target = [...(next[to] ?? [])];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, task);
  next[to] = target;
  return next;
}

export type BoardMove = {
  taskId: string;
  toColumnKey: string;
  /** With swimlanes: the lane's assignee (`none` = unassigned), changed together with the column. */
  toLaneKey?: string | undefined;
  afterId: string | null;
  beforeId: string | null;
};

function personFor(board: Board, columnOrLaneKey: string, fallbackName: string): PersonRef | null {
  if (columnOrLaneKey === 'none') return null;
  for (const column of board.columns) {
    const found = column.tasks.find((task) => task.assignee?.id === columnOrLaneKey)?.assignee;
    if (found) return found;
  }
  return { id: columnOrLaneKey, name: fallbackName, initials: getInitials(fallbackName), avatarColor: '' };
}

/** The task as it will look in its new column (status, assignee or priority follow the column). */
function retarget(board: Board, task: Task, column: BoardColumn, laneKey: string | undefined): Task {
  let next = task;
  if (board.groupBy === 'status') {
    next = {
      ...next,
      status: {
        id: column.key,
        name: column.name,
        category: column.category ?? next.status.category,
        color: column.color ?? next.status.color,
      },
    };
  } else if (board.groupBy === 'assignee') {
    next = { ...next, assignee: personFor(board, column.key, column.name) };
  } else {
    next = { ...next, priority: column.key as TaskPriority };
  }
  if (laneKey !== undefined && board.groupBy !== 'assignee' && laneKeyOf(next) !== laneKey) {
    next = { ...next, assignee: personFor(board, laneKey, '') };
  }
  return next;
}

/**
 * The board as it will be after a move, for the optimistic cache update: the card leaves its
 * column, lands after `afterId` (or before `beforeId`, or at the end) and counts follow.
 */
export function applyBoardMove(board: Board, move: BoardMove): Board {
  const source = board.columns.find((column) => column.tasks.some((task) => task.id === move.taskId));
  const target = board.columns.find((column) => column.key === move.toColumnKey);
  const task = source?.tasks.find((item) => item.id === move.taskId);
  if (!source || !target || !task) return board;
  const moved = retarget(board, task, target, move.toLaneKey);
  const columns = board.columns.map((column) => {
    let tasks = column.tasks.filter((item) => item.id !== move.taskId);
    let count = column === source && column !== target ? column.count - 1 : column.count;
    if (column === target) {
      tasks = insertBetween(tasks, moved, move);
      if (column !== source) count += 1;
    }
    return tasks === column.tasks && count === column.count ? column : { ...column, tasks, count };
  });
  return { ...board, columns };
}

function insertBetween(tasks: Task[], task: Task, { afterId, beforeId }: Neighbours): Task[] {
  const afterIndex = afterId ? tasks.findIndex((item) => item.id === afterId) : -1;
  const beforeIndex = beforeId ? tasks.findIndex((item) => item.id === beforeId) : -1;
  let index = tasks.length;
  if (afterIndex >= 0) index = afterIndex + 1;
  else if (beforeIndex >= 0) index = beforeIndex;
  else if (afterId === null && beforeId !== null) index = 0;
  const next = [...tasks];
  next.splice(index, 0, task);
  return next;
}

/** Count above the column's WIP limit: the warning is shown as text too, never colour alone. */
export const isOverWip = (column: Pick<BoardColumn, 'count' | 'wipLimit'>) =>
  column.wipLimit !== null && column.count > column.wipLimit;
