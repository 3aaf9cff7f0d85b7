import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Label, Task } from '@meridian/contracts';
import { theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableBoardCard } from '@/features/board/components/SortableBoardCard';

export type BoardColumnListProps = {
  containerId: string;
  tasks: Task[];
  labels: ReadonlyMap<string, Label>;
  today: string;
  labelledBy: string;
  onOpen: (task: Task) => void;
  footer?: ReactNode;
};

/** The cards of one column (or one swimlane cell): a drop target even when empty. */
export function BoardColumnList({
  containerId,
  tasks,
  labels,
  today,
  labelledBy,
  onOpen,
  footer,
}: BoardColumnListProps) {
  const { t } = useTranslation('board');
  const { token } = theme.useToken();
  const { setNodeRef, isOver } = useDroppable({ id: containerId });
  return (
    <div
      ref={setNodeRef}
      style={{
        minHeight: 48,
        borderRadius: token.borderRadius,
        outline: isOver ? `2px dashed ${token.colorPrimaryBorder}` : undefined,
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
      }}
    >
      <SortableContext id={containerId} items={tasks.map((task) => task.id)} strategy={verticalListSortingStrategy}>
        <ul
          aria-labelledby={labelledBy}
          style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          {tasks.map((task) => (
            <SortableBoardCard
              key={task.id}
              task={task}
              labels={labels}
              today={today}
              canMove={task.abilities.update}
              onOpen={onOpen}
            />
          ))}
        </ul>
      </SortableContext>
      {tasks.length === 0 ? (
        <span style={{ color: token.colorTextSecondary, fontSize: 12, padding: '8px 4px' }}>{t('column.empty')}</span>
      ) : null}
      {footer}
    </div>
  );
}
