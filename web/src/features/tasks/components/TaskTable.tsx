import type { Task } from '@meridian/contracts';
import { Table, type TableColumnType, theme } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import type { TaskSort } from '@/features/tasks/internal/list-filters';
import { sortFromTable, type TableSortOrder } from '@/features/tasks/internal/task-sort';

export type TaskTableProps = {
  tasks: Task[];
  columns: TableColumnType<Task>[];
  isLoading: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
  activeId: string | null;
  onSortChange: (sort: TaskSort | null) => void;
  empty: ReactNode;
  /** Virtual scrolling for long lists; grouped sections render in full. */
  isVirtual: boolean;
  caption?: string;
};

const ROW_HEIGHT = 48;

/** The task table: fixed header, sortable columns, row selection, the keyboard's active row marked. */
export function TaskTable(props: TaskTableProps) {
  const { token } = theme.useToken();
  const width = props.columns.reduce((sum, column) => sum + (Number(column.width) || 140), 48);
  const height = Math.min(640, Math.max(ROW_HEIGHT * 3, props.tasks.length * ROW_HEIGHT + ROW_HEIGHT));
  return (
    <Table<Task>
      size="middle"
      rowKey="id"
      virtual={props.isVirtual}
      scroll={props.isVirtual ? { x: width, y: height } : { x: width }}
      pagination={false}
      loading={props.isLoading}
      columns={props.columns}
      dataSource={props.tasks}
      locale={{ emptyText: props.empty }}
      title={props.caption ? () => <strong>{props.caption}</strong> : undefined}
      rowSelection={{
        selectedRowKeys: props.selectedIds,
        onChange: (keys) => props.onSelect(keys.map(String)),
        columnWidth: 48,
        fixed: true,
      }}
      onRow={(task) =>
        task.id === props.activeId
          ? {
              'aria-current': 'true',
              style: { outline: `2px solid ${token.colorPrimary}`, outlineOffset: -2 },
            }
          : {}
      }
      onChange={(_pagination, _filters, sorter) => {
        const single = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Task> | undefined;
        props.onSortChange(sortFromTable(single?.columnKey?.toString(), single?.order as TableSortOrder));
      }}
    />
  );
}
