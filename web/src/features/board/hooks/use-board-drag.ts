import type { Announcements, DragEndEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { Board, MoveTaskBody, Task } from '@meridian/contracts';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyBoardMove,
  type Containers,
  columnPatch,
  containerOfTask,
  containersOf,
  laneKeyOf,
  moveInContainers,
  neighboursAt,
  parseCellId,
} from '@/features/board/internal/board-order';
import { useMoveTask } from '@/features/tasks/api/task-mutations';

export type UseBoardDragOptions = {
  board: Board;
  queryKey: QueryKey;
  withLanes: boolean;
  /** A container's name for announcements ("进行中", or "张伟 · 进行中" with swimlanes). */
  containerName: (containerId: string) => string;
};

const same = (a: { afterId: string | null; beforeId: string | null }, b: typeof a) =>
  a.afterId === b.afterId && a.beforeId === b.beforeId;

/**
 * Drag state of the board: a preview of the containers while dragging, then one move request with
 * the neighbours at the drop position, shown at once in the board's cache and rolled back on error.
 */
export function useBoardDrag({ board, queryKey, withLanes, containerName }: UseBoardDragOptions) {
  const { t } = useTranslation('board');
  const queryClient = useQueryClient();
  const move = useMoveTask();
  const base = useMemo(() => containersOf(board, withLanes), [board, withLanes]);
  const [preview, setPreview] = useState<Containers | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const containers = preview ?? base;
  const containersRef = useRef(containers);
  containersRef.current = containers;

  const containerOf = (current: Containers, id: UniqueIdentifier) => {
    const key = String(id);
    return key in current ? key : containerOfTask(current, key);
  };
  const taskById = (id: UniqueIdentifier): Task | undefined =>
    board.columns.flatMap((column) => column.tasks).find((task) => task.id === String(id));

  const commit = (task: Task, to: string, list: Task[]) => {
    const index = list.findIndex((item) => item.id === task.id);
    const target = neighboursAt(list, task.id, index < 0 ? list.length : index);
    const origin = containerOfTask(base, task.id);
    const originList = origin ? (base[origin] ?? []) : [];
    if (origin === to && same(target, neighboursAt(originList, task.id, originList.indexOf(task)))) return;
    const { laneKey, columnKey } = withLanes ? parseCellId(to) : { laneKey: undefined, columnKey: to };
    const body: MoveTaskBody = { ...columnPatch(board.groupBy, columnKey), ...target, version: task.version };
    if (laneKey !== undefined && board.groupBy !== 'assignee' && laneKey !== laneKeyOf(task)) {
      body.assigneeId = laneKey === 'none' ? null : laneKey;
    }
    const snapshot = queryClient.getQueryData<Board>(queryKey);
    void queryClient.cancelQueries({ queryKey });
    queryClient.setQueryData<Board>(queryKey, (current) =>
      applyBoardMove(current ?? board, { taskId: task.id, toColumnKey: columnKey, toLaneKey: laneKey, ...target }),
    );
    move.mutate({ id: task.id, body }, { onError: () => queryClient.setQueryData(queryKey, snapshot) });
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setPreview(base);
  };

  const handleDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const current = containersRef.current;
    const from = containerOf(current, active.id);
    const to = containerOf(current, over.id);
    if (!from || !to || from === to) return;
    const overIndex = (current[to] ?? []).findIndex((task) => task.id === String(over.id));
    setPreview(
      moveInContainers(current, String(active.id), to, overIndex >= 0 ? overIndex : (current[to]?.length ?? 0)),
    );
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    const current = containersRef.current;
    setActiveId(null);
    setPreview(null);
    const task = taskById(active.id);
    const to = over ? containerOf(current, over.id) : undefined;
    if (!task || !over || !to) return;
    let list = current[to] ?? [];
    const activeIndex = list.findIndex((item) => item.id === task.id);
    const overIndex = list.findIndex((item) => item.id === String(over.id));
    if (activeIndex >= 0 && overIndex >= 0 && activeIndex !== overIndex) list = arrayMove(list, activeIndex, overIndex);
    if (activeIndex < 0) list = [...list, task];
    commit(task, to, list);
  };

  const handleDragCancel = () => {
    setActiveId(null);
    setPreview(null);
  };

  /** Where a card is, in words: "进行中, 第 2 张，共 5 张" / "In progress, position 2 of 5". */
  const whereIs = (taskId: UniqueIdentifier, overId: UniqueIdentifier) => {
    const current = containersRef.current;
    const container = containerOf(current, overId) ?? '';
    const list = current[container] ?? [];
    const index = list.findIndex((item) => item.id === String(taskId));
    return {
      column: containerName(container),
      position: index < 0 ? list.length + 1 : index + 1,
      total: Math.max(list.length, 1),
    };
  };
  const titleOf = (id: UniqueIdentifier) => taskById(id)?.title ?? '';

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('dnd.over', { title: titleOf(active.id), ...whereIs(active.id, over.id) })
        : t('dnd.outside', { title: titleOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.dropped', { title: titleOf(active.id), ...whereIs(active.id, over.id) })
        : t('dnd.cancelled', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('dnd.cancelled', { title: titleOf(active.id) }),
  };

  return {
    containers,
    activeTask: activeId ? taskById(activeId) : undefined,
    announcements,
    handlers: {
      onDragStart: handleDragStart,
      onDragOver: handleDragOver,
      onDragEnd: handleDragEnd,
      onDragCancel: handleDragCancel,
    },
  };
}
