import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Label, Task } from '@meridian/contracts';
import type { KeyboardEventHandler } from 'react';
import { BoardCardView } from '@/features/board/components/BoardCardView';

export type SortableBoardCardProps = {
  task: Task;
  labels: ReadonlyMap<string, Label>;
  today: string;
  canMove: boolean;
  onOpen: (task: Task) => void;
};

/**
 * A card that can be dragged: with the mouse or a finger from anywhere on the card (after a few
 * pixels, so that a click still opens it), with the keyboard from its handle (Space, arrows, Space).
 */
export function SortableBoardCard({ task, labels, today, canMove, onOpen }: SortableBoardCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    disabled: !canMove,
  });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      {...(canMove ? pointerListeners : {})}
      style={{ listStyle: 'none', transform: CSS.Translate.toString(transform), transition }}
    >
      <BoardCardView
        task={task}
        labels={labels}
        today={today}
        onOpen={onOpen}
        isDragging={isDragging}
        handleRef={canMove ? setActivatorNodeRef : undefined}
        handleProps={canMove ? { ...attributes, onKeyDown: onKeyDown as KeyboardEventHandler | undefined } : undefined}
      />
    </li>
  );
}
