import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { columnDropId } from '@/features/deals/internal/board-move';

const STEP: Partial<Record<string, number>> = { [KeyboardCode.Left]: -1, [KeyboardCode.Right]: 1 };

/**
 * Left and right arrows move a picked-up deal to the previous or next stage's column, jumping from
 * column to column rather than by a fixed number of pixels (six stages are about 1,700 px wide).
 */
export function stageColumnCoordinates(stageIds: string[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = STEP[event.code];
    if (step === undefined) return undefined;
    event.preventDefault();
    const fromStage = context.active?.data.current?.stageId;
    const from = context.over?.id ?? (typeof fromStage === 'string' ? columnDropId(fromStage) : undefined);
    const index = stageIds.findIndex((id) => columnDropId(id) === from);
    const next = stageIds[index + step];
    if (index < 0 || next === undefined) return undefined;
    const rect = context.droppableRects.get(columnDropId(next));
    if (!rect) return undefined;
    // The sensor moves the card's top-left corner: put it just inside the column, below its header.
    return { x: rect.left + 8, y: rect.top + 56 };
  };
}
