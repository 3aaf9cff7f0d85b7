import type { Project, Task } from '@meridian/contracts';
import { Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCustomFields } from '@/features/projects/api/custom-field-queries';
import { useLabels } from '@/features/projects/api/label-queries';
import { useTasks } from '@/features/tasks/api/task-queries';
import { BulkActionBar } from '@/features/tasks/components/BulkActionBar';
import { ColumnChooser } from '@/features/tasks/components/ColumnChooser';
import { PriorityTag } from '@/features/tasks/components/PriorityTag';
import { TaskCardList } from '@/features/tasks/components/TaskCardList';
import { TaskFilterBar } from '@/features/tasks/components/TaskFilterBar';
import { TaskTable } from '@/features/tasks/components/TaskTable';
import { useListNavigation } from '@/features/tasks/hooks/use-list-navigation';
import { useStatusChange } from '@/features/tasks/hooks/use-status-change';
import { useTaskColumns } from '@/features/tasks/hooks/use-task-columns';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import {
  filtersFromParams,
  filtersToParams,
  filtersToQuery,
  type TaskListFilters,
} from '@/features/tasks/internal/list-filters';
import { readColumns, writeColumns } from '@/features/tasks/internal/task-columns';
import { groupTasks, type TaskGroup } from '@/features/tasks/internal/task-grouping';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { EmptyState } from '@/shared/ui/EmptyState';
import { LoadMore } from '@/shared/ui/LoadMore';

export type TaskListViewProps = { project: Project | null };

/** The task list of a project (or across projects): filters in the URL, grouping, inline edit, bulk edit. */
export function TaskListView({ project }: TaskListViewProps) {
  const { t } = useTranslation('tasks');
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = (next: TaskListFilters) =>
    setParams((current) => filtersToParams(next, current), { replace: true });
  const tasksQuery = useTasks(filtersToQuery(filters, project ? { projectId: project.id } : {}));
  const tasks = useMemo(() => tasksQuery.data?.pages.flatMap((page) => page.items) ?? [], [tasksQuery.data]);
  const total = tasksQuery.data?.pages[0]?.total ?? 0;
  // The server stops counting at 10,000 (ADR 0004): say "10,000+" rather than a wrong number.
  const isTotalCapped = tasksQuery.data?.pages[0]?.totalCapped === true;
  const customFields = useCustomFields('task').data ?? [];
  const labels = useLabels(project?.id).data ?? [];
  const columnScope = project?.id ?? 'all';
  const [visibleColumns, setVisibleColumns] = useState(() => readColumns(columnScope));
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const { openKey, openTask } = useTaskDrawer();
  const { changeStatus, completionModal } = useStatusChange();

  const groups = useMemo(
    () => groupTasks(tasks, filters.groupBy, { statuses: project?.statuses ?? [], labels }),
    [tasks, filters.groupBy, project?.statuses, labels],
  );
  const ordered = useMemo(
    () => [...new Map(groups.flatMap((g) => g.tasks).map((task) => [task.id, task])).values()],
    [groups],
  );
  const handleOpen = (task: Task, options: { edit?: boolean } = {}) => {
    setActiveId(task.id);
    openTask(task.key, options);
  };
  const { activeId, setActiveId } = useListNavigation({
    tasks: ordered,
    openKey,
    onOpen: handleOpen,
    onToggleSelect: (task) =>
      setSelectedIds((ids) => (ids.includes(task.id) ? ids.filter((id) => id !== task.id) : [...ids, task.id])),
  });
  const columns = useTaskColumns({
    visible: visibleColumns,
    sort: filters.sort,
    project,
    customFields,
    onOpen: handleOpen,
    onStatusChange: changeStatus,
  });

  const hasFilters = params.toString() !== '' && tasks.length === 0;
  const empty = <EmptyState description={t(hasFilters ? 'list.emptyFiltered' : 'list.empty')} />;
  const groupTitle = (group: TaskGroup) => {
    if (filters.groupBy === 'priority') return <PriorityTag priority={group.key as Task['priority']} />;
    const noneName = filters.groupBy === 'label' ? t('list.noLabel') : t('fields.unassigned');
    const name = group.name ?? noneName;
    return `${name} · ${group.tasks.length}`;
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8} wrap align="flex-start">
        <TaskFilterBar
          projectId={project?.id}
          statuses={project?.statuses ?? []}
          filters={filters}
          onChange={setFilters}
        />
        {isMobile ? null : (
          <ColumnChooser
            value={visibleColumns}
            customFields={customFields}
            onChange={(next) => {
              setVisibleColumns(next);
              writeColumns(columnScope, next);
            }}
          />
        )}
      </Flex>
      <BulkActionBar
        projectId={project?.id}
        statuses={project?.statuses ?? []}
        selected={ordered.filter((task) => selectedIds.includes(task.id))}
        onDone={() => setSelectedIds([])}
      />
      <Typography.Text type="secondary" aria-live="polite">
        {isTotalCapped ? t('list.totalCapped', { count: total }) : t('list.total', { count: total })}
      </Typography.Text>
      {groups.map((group) => (
        <section key={group.key} aria-label={filters.groupBy === 'none' ? undefined : String(group.name ?? group.key)}>
          {filters.groupBy === 'none' ? null : (
            <Typography.Title level={5} style={{ margin: '8px 0' }}>
              {groupTitle(group)}
            </Typography.Title>
          )}
          {isMobile ? (
            <TaskCardList tasks={group.tasks} activeId={activeId} onOpen={handleOpen} empty={empty} />
          ) : (
            <TaskTable
              tasks={group.tasks}
              columns={columns}
              isLoading={tasksQuery.isLoading}
              selectedIds={selectedIds}
              onSelect={setSelectedIds}
              activeId={activeId}
              onSortChange={(sort) => setFilters({ ...filters, sort })}
              empty={empty}
              isVirtual={filters.groupBy === 'none'}
            />
          )}
        </section>
      ))}
      <LoadMore
        hasMore={Boolean(tasksQuery.hasNextPage)}
        isLoading={tasksQuery.isFetchingNextPage}
        onLoadMore={() => void tasksQuery.fetchNextPage()}
        shown={tasks.length}
      />
      {completionModal}
    </Flex>
  );
}
