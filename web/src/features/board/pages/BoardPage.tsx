import type { Label, Task } from '@meridian/contracts';
import { Flex, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type BoardParam, BoardToolbar } from '@/features/board/components/BoardToolbar';
import { KanbanBoard } from '@/features/board/components/KanbanBoard';
import { boardSettingsFromParams, withBoardParam } from '@/features/board/internal/board-params';
import { useToday } from '@/features/calendar/hooks/use-today';
import { useLabels } from '@/features/projects/api/label-queries';
import { useCurrentProject } from '@/features/projects/hooks/use-current-project';
import { taskKeys, useBoard } from '@/features/tasks/api/task-queries';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { SavedViewsMenu } from '@/features/views/components/SavedViewsMenu';
import { ErrorResult } from '@/shared/ui/ErrorResult';

/** `/projects/:projectKey/board`: the project's Kanban board (inside the project layout). */
export function BoardPage() {
  const { t } = useTranslation('board');
  const project = useCurrentProject();
  const [params, setParams] = useSearchParams();
  const settings = boardSettingsFromParams(params);
  const board = useBoard(project.id, settings.groupBy, settings.filters);
  const labelList = useLabels(project.id);
  const labels = useMemo(
    () => new Map<string, Label>((labelList.data ?? []).map((label) => [label.id, label])),
    [labelList.data],
  );
  const today = useToday();
  const { openTask } = useTaskDrawer();

  const handleChange = (name: BoardParam, value: string) =>
    setParams((current) => withBoardParam(current, name, value), { replace: true });
  const handleOpen = (task: Task) => openTask(task.key);

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <BoardToolbar projectId={project.id} settings={settings} onChange={handleChange} />
        <SavedViewsMenu projectId={project.id} kind="board" />
      </Flex>
      {board.isPending ? <Skeleton active aria-label={t('loading')} /> : null}
      {board.isError ? <ErrorResult error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data ? (
        <KanbanBoard
          board={board.data}
          queryKey={taskKeys.board(project.id, settings.groupBy, settings.filters)}
          project={project}
          withLanes={settings.withLanes}
          labels={labels}
          today={today}
          onOpen={handleOpen}
        />
      ) : null}
    </Flex>
  );
}
