import { useDraggable } from '@dnd-kit/core';
import type { Task } from '@meridian/contracts';
import { theme } from 'antd';
import type { KeyboardEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { PriorityIcon } from '@/features/board/components/PriorityIcon';

export type CalendarChipProps = {
  task: Task;
  onOpen: (task: Task) => void;
  isOverlay?: boolean;
};

/** A task on its due date: status colour on the left edge, priority icon, key and title. */
export function CalendarChip({ task, onOpen, isOverlay }: CalendarChipProps) {
  const { t } = useTranslation('calendar');
  const { token } = theme.useToken();
  const canMove = task.abilities.update && !isOverlay;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: isOverlay ? `overlay-${task.id}` : task.id,
    data: { dueDate: task.dueDate },
    disabled: !canMove,
  });
  const isDone = task.status.category === 'done';
  const { onKeyDown, ...pointer } = listeners ?? {};
  return (
    <div
      ref={setNodeRef}
      {...(canMove ? pointer : {})}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        minHeight: 24,
        padding: '1px 4px',
        borderRadius: token.borderRadiusSM,
        borderLeft: `3px solid ${task.status.color}`,
        background: token.colorFillSecondary,
        opacity: isDragging ? 0.4 : 1,
        boxShadow: isOverlay ? token.boxShadowSecondary : undefined,
        fontSize: 12,
        touchAction: canMove ? 'none' : undefined,
        cursor: canMove ? 'grab' : 'pointer',
      }}
    >
      <PriorityIcon priority={task.priority} />
      <button
        type="button"
        {...(canMove ? attributes : {})}
        aria-roledescription={canMove ? t('chip.roleDescription') : undefined}
        aria-label={t('chip.label', { key: task.key, title: task.title, status: task.status.name })}
        onKeyDown={canMove ? (onKeyDown as KeyboardEventHandler | undefined) : undefined}
        onClick={() => onOpen(task)}
        style={{
          background: 'none',
          border: 0,
          padding: 0,
          font: 'inherit',
          color: token.colorText,
          textAlign: 'left',
          cursor: 'inherit',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          minWidth: 0,
          flex: 1,
          textDecoration: isDone ? 'line-through' : undefined,
        }}
      >
        <span style={{ color: token.colorTextSecondary }}>{task.key}</span> {task.title}
      </button>
    </div>
  );
}
