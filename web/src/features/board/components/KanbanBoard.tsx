import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Board, BoardColumn, Label, Project, Task } from '@meridian/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { Flex, Typography, theme } from 'antd';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardCardView } from '@/features/board/components/BoardCardView';
import { BoardColumnHeader } from '@/features/board/components/BoardColumnHeader';
import { BoardColumnList } from '@/features/board/components/BoardColumnList';
import { QuickAddTask } from '@/features/board/components/QuickAddTask';
import { useBoardDrag } from '@/features/board/hooks/use-board-drag';
import { cellId, columnPatch, lanesOf, parseCellId } from '@/features/board/internal/board-order';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type KanbanBoardProps = {
  board: Board;
  queryKey: QueryKey;
  project: Project;
  withLanes: boolean;
  labels: ReadonlyMap<string, Label>;
  today: string;
  onOpen: (task: Task) => void;
};

const COLUMN_WIDTH = 272;
const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

/** The board: columns side by side (scrolling sideways on phones), optionally one row per assignee. */
export function KanbanBoard({ board, queryKey, project, withLanes, labels, today, onOpen }: KanbanBoardProps) {
  const { t, i18n } = useTranslation('board');
  const { token } = theme.useToken();
  const baseId = useId();
  const lanes = withLanes ? lanesOf(board, i18n.language) : [];
  const columnName = (column: BoardColumn) => {
    if (board.groupBy === 'priority') return t(`priority.${column.key}`, { defaultValue: column.name });
    if (board.groupBy === 'assignee' && column.key === 'none') return t('column.unassigned');
    return column.name;
  };
  const laneName = (laneKey: string) =>
    lanes.find((lane) => lane.key === laneKey)?.assignee?.name ?? t('column.unassigned');
  const containerName = (containerId: string) => {
    const { laneKey, columnKey } = withLanes ? parseCellId(containerId) : { laneKey: '', columnKey: containerId };
    const column = board.columns.find((item) => item.key === columnKey);
    const name = column ? columnName(column) : '';
    return withLanes ? `${laneName(laneKey)} · ${name}` : name;
  };
  const drag = useBoardDrag({ board, queryKey, withLanes, containerName });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Space picks up and drops; Enter stays free to open a card from its title.
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const canCreate = project.abilities.createTask;
  const headingId = (columnKey: string) => `${baseId}-col-${columnKey}`;

  const columnShell = (column: BoardColumn, children: ReactNode, withHeader = true) => (
    <section
      key={column.key}
      aria-labelledby={headingId(column.key)}
      style={{
        width: COLUMN_WIDTH,
        flex: `0 0 ${COLUMN_WIDTH}px`,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: 8,
      }}
    >
      {withHeader ? (
        <BoardColumnHeader column={column} name={columnName(column)} headingId={headingId(column.key)} />
      ) : null}
      {children}
    </section>
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      accessibility={{
        announcements: drag.announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
      {...drag.handlers}
    >
      <section style={{ overflowX: 'auto', paddingBottom: 8 }} aria-label={t('regionLabel')}>
        {withLanes ? (
          <Flex vertical gap={16} style={{ width: 'max-content' }}>
            <Flex gap={12}>{board.columns.map((column) => columnShell(column, null))}</Flex>
            {lanes.map((lane) => (
              <section key={lane.key} aria-label={t('lane.label', { name: laneName(lane.key) })}>
                <Flex align="center" gap={8} style={{ padding: '4px 0 8px' }}>
                  {lane.assignee ? (
                    <UserAvatar
                      size="small"
                      name={lane.assignee.name}
                      initials={lane.assignee.initials}
                      color={lane.assignee.avatarColor}
                    />
                  ) : null}
                  <Typography.Text strong>{laneName(lane.key)}</Typography.Text>
                </Flex>
                <Flex gap={12}>
                  {board.columns.map((column) =>
                    columnShell(
                      column,
                      <BoardColumnList
                        containerId={cellId(lane.key, column.key)}
                        tasks={drag.containers[cellId(lane.key, column.key)] ?? []}
                        labels={labels}
                        today={today}
                        labelledBy={headingId(column.key)}
                        onOpen={onOpen}
                      />,
                      false,
                    ),
                  )}
                </Flex>
              </section>
            ))}
          </Flex>
        ) : (
          <Flex gap={12} align="flex-start" style={{ width: 'max-content' }}>
            {board.columns.map((column) =>
              columnShell(
                column,
                <BoardColumnList
                  containerId={column.key}
                  tasks={drag.containers[column.key] ?? []}
                  labels={labels}
                  today={today}
                  labelledBy={headingId(column.key)}
                  onOpen={onOpen}
                  footer={
                    canCreate ? (
                      <QuickAddTask
                        columnName={columnName(column)}
                        defaults={{ projectId: project.id, ...columnPatch(board.groupBy, column.key) }}
                      />
                    ) : null
                  }
                />,
              ),
            )}
          </Flex>
        )}
      </section>
      <DragOverlay>
        {drag.activeTask ? <BoardCardView task={drag.activeTask} labels={labels} today={today} isOverlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
