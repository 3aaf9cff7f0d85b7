import type { DealCard, PipelineBoard, PipelineStage } from '@meridian/contracts';

/** Droppable ids of the board's columns: `stage:<id>`; card ids are the deals' ids. */
export const columnDropId = (stageId: string) => `stage:${stageId}`;

/**
 * The stage a drop lands in: a column itself, or the column of the card it was dropped on.
 * Null when it lands nowhere or back in the card's own stage.
 */
export function stageOfDrop(board: PipelineBoard, dealId: string, overId: string | null): PipelineStage | null {
  if (!overId) return null;
  const from = board.columns.find((c) => c.deals.some((d) => d.id === dealId));
  const target = overId.startsWith('stage:')
    ? board.columns.find((c) => c.stage.id === overId.slice(6))
    : board.columns.find((c) => c.deals.some((d) => d.id === overId));
  if (!target || target.stage.id === from?.stage.id) return null;
  return target.stage;
}

const weighted = (card: DealCard, probability: number) => Math.round((card.amountMinor * probability) / 100);

/** The board after moving one card (optimistic): counts and totals move with it. */
export function applyDealMove(board: PipelineBoard, dealId: string, toStageId: string): PipelineBoard {
  const from = board.columns.find((c) => c.deals.some((d) => d.id === dealId));
  const card = from?.deals.find((d) => d.id === dealId);
  const to = board.columns.find((c) => c.stage.id === toStageId);
  if (!from || !card || !to || from === to) return board;
  const moved: DealCard = {
    ...card,
    stageId: toStageId,
    probability: to.stage.probability,
    isStalled: false,
    stalledDays: 0,
  };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column === from) {
        return {
          ...column,
          count: column.count - 1,
          totalAmountMinor: column.totalAmountMinor - card.amountMinor,
          weightedAmountMinor: column.weightedAmountMinor - weighted(card, card.probability),
          deals: column.deals.filter((d) => d.id !== dealId),
        };
      }
      if (column === to) {
        return {
          ...column,
          count: column.count + 1,
          totalAmountMinor: column.totalAmountMinor + card.amountMinor,
          weightedAmountMinor: column.weightedAmountMinor + weighted(moved, moved.probability),
          deals: [moved, ...column.deals],
        };
      }
      return column;
    }),
  };
}
