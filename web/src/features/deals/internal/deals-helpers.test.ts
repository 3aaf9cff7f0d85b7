import type { PipelineBoard } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { applyDealMove, columnDropId, stageOfDrop } from './board-move';
import { formatMoney, formatMoneyCompact, lineTotalMinor, toMinor } from './money';

const stage = (id: string, kind: 'open' | 'won' | 'lost', probability: number) => ({
  id,
  pipelineId: 'p',
  name: id,
  position: 0,
  probability,
  kind,
  stallDays: null,
  version: 1,
});
const card = (id: string, stageId: string, amountMinor: number, probability: number) => ({
  id,
  name: id,
  customer: { id: 'c', name: '客户' },
  stageId,
  amountMinor,
  currency: 'CNY',
  probability,
  expectedCloseDate: null,
  owner: null,
  isStalled: true,
  stalledDays: 30,
  version: 1,
  abilities: { moveStage: true },
});
const board = {
  pipeline: {} as PipelineBoard['pipeline'],
  columns: [
    {
      stage: stage('a', 'open', 10),
      count: 2,
      totalAmountMinor: 300,
      weightedAmountMinor: 30,
      deals: [card('d1', 'a', 100, 10), card('d2', 'a', 200, 10)],
      hasMore: false,
    },
    { stage: stage('w', 'won', 100), count: 0, totalAmountMinor: 0, weightedAmountMinor: 0, deals: [], hasMore: false },
    { stage: stage('l', 'lost', 0), count: 0, totalAmountMinor: 0, weightedAmountMinor: 0, deals: [], hasMore: false },
  ],
} as PipelineBoard;

describe('money formatting', () => {
  it('shows fen as yuan with separators and compact 万/亿', () => {
    expect(formatMoney(1234500)).toBe('¥12,345.00');
    expect(formatMoneyCompact(12_000_000_000)).toBe('¥1.2亿');
    expect(formatMoneyCompact(1_500_000)).toBe('¥1.5万');
    expect(toMinor('12.345')).toBe(1235);
    expect(toMinor(-1)).toBeNull();
    expect(lineTotalMinor(3, 199900, 1000)).toBe(539730);
    expect(lineTotalMinor(1.5, 3, 0)).toBe(5);
  });
});

describe('dropping a deal', () => {
  it('finds the stage of a column or of the card dropped on, never the own stage', () => {
    expect(stageOfDrop(board, 'd1', columnDropId('w'))?.id).toBe('w');
    expect(stageOfDrop(board, 'd1', 'd2')).toBeNull();
    expect(stageOfDrop(board, 'd1', columnDropId('a'))).toBeNull();
    expect(stageOfDrop(board, 'd1', null)).toBeNull();
  });

  it('moves the card with its count and totals', () => {
    const after = applyDealMove(board, 'd2', 'w');
    expect(after.columns[0]).toMatchObject({ count: 1, totalAmountMinor: 100, weightedAmountMinor: 10 });
    expect(after.columns[1]).toMatchObject({ count: 1, totalAmountMinor: 200, weightedAmountMinor: 200 });
    expect(after.columns[1]!.deals[0]).toMatchObject({ id: 'd2', probability: 100, isStalled: false });
  });
});
