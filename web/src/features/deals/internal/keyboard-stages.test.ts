import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { columnDropId } from './board-move';
import { stageColumnCoordinates } from './keyboard-stages';

type Args = Parameters<KeyboardCoordinateGetter>[1];

const rects = new Map(
  ['a', 'b', 'c'].map((id, i) => [columnDropId(id), { left: 100 + i * 284, top: 200, width: 272, height: 300 }]),
);
const args = (over: string | null, stageId = 'a') =>
  ({
    active: 'deal',
    currentCoordinates: { x: 0, y: 0 },
    context: {
      active: { id: 'deal', data: { current: { stageId } } },
      over: over ? { id: over } : null,
      droppableRects: rects,
    },
  }) as unknown as Args;
const key = (code: string) => ({ code, preventDefault: () => {} }) as unknown as KeyboardEvent;

describe('stageColumnCoordinates', () => {
  const getter = stageColumnCoordinates(['a', 'b', 'c']);

  it('jumps to the next or previous column, from the one the card is over', () => {
    expect(getter(key(KeyboardCode.Right), args(null))).toEqual({ x: 392, y: 256 });
    expect(getter(key(KeyboardCode.Right), args(columnDropId('b')))).toEqual({ x: 676, y: 256 });
    expect(getter(key(KeyboardCode.Left), args(columnDropId('b')))).toEqual({ x: 108, y: 256 });
  });

  it('stays at either end and ignores other keys', () => {
    expect(getter(key(KeyboardCode.Left), args(columnDropId('a')))).toBeUndefined();
    expect(getter(key(KeyboardCode.Right), args(columnDropId('c')))).toBeUndefined();
    expect(getter(key(KeyboardCode.Down), args(columnDropId('a')))).toBeUndefined();
  });
});
