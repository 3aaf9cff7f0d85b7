import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { addDays } from '@/features/calendar/internal/calendar-grid';

const STEP: Partial<Record<string, number>> = {
  [KeyboardCode.Left]: -1,
  [KeyboardCode.Right]: 1,
  [KeyboardCode.Up]: -7,
  [KeyboardCode.Down]: 7,
};

/**
 * Arrow keys move a picked-up chip one day (left/right) or one week (up/down), jumping from the
 * centre of one day cell to the next rather than by a fixed number of pixels.
 */
export const dayCellCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = STEP[event.code];
  if (step === undefined) return undefined;
  event.preventDefault();
  const from = context.over?.id ?? context.active?.data.current?.dueDate;
  if (typeof from !== 'string') return undefined;
  const rect = context.droppableRects.get(addDays(from, step));
  if (!rect) return undefined;
  // The sensor moves the chip's top-left corner: put it just inside the target cell, below its date.
  return { x: rect.left + 4, y: rect.top + 28 };
};
