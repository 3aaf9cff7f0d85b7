import type { PipelineBoard, PipelineBoardQuery } from '@meridian/contracts';
import { findPipeline, pipelineAbilities, toPipelineDto, toStageDto } from '#modules/pipelines/index.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { dealAbilities } from '../policy.ts';
import { toDealCardDto } from '../presenter.ts';
import { boardCards, boardTotals } from '../queries/board.ts';
import type { DealsDeps } from './deps.ts';
import { scopeOf } from './shared.ts';

export const BOARD_CARDS_PER_COLUMN = 50;

/**
 * The pipeline board: per stage the count, total and weighted total of every matching deal the
 * actor may see (one grouped query), and the first cards of each column (one windowed query).
 * With `stageId` and `offset`, only that column's next cards ("load more").
 */
export async function getPipelineBoard(
  deps: DealsDeps,
  ctx: RequestContext,
  pipelineId: string,
  query: PipelineBoardQuery,
): Promise<PipelineBoard> {
  const pipeline = await findPipeline(ctx.db, ctx.orgId, pipelineId);
  if (!pipeline) throw notFound('No such pipeline');
  const { limit = BOARD_CARDS_PER_COLUMN, offset = 0, stageId, ...rest } = query;
  if (stageId && !pipeline.stages.some((s) => s.id === stageId)) {
    throw new AppError('validation_failed', {
      fields: [fieldError('stageId', 'invalid', 'No such stage in this pipeline', 'querystring')],
    });
  }
  const scope = await scopeOf(ctx);
  const filter = { ...rest, pipelineId, ...(stageId ? { stageId } : {}) };
  const [totals, cards] = await Promise.all([
    boardTotals(ctx.db, ctx.orgId, scope, filter),
    boardCards(ctx.db, ctx.orgId, scope, filter, { limit, offset: stageId ? offset : 0 }),
  ]);
  const now = deps.clock.now();
  const stages = stageId ? pipeline.stages.filter((s) => s.id === stageId) : pipeline.stages;
  const columns = stages.map((stage) => {
    const sums = totals.find((t) => t.stageId === stage.id);
    const rows = cards.filter((c) => c.stageId === stage.id);
    return {
      stage: toStageDto(stage),
      count: sums?.count ?? 0,
      totalAmountMinor: sums?.totalAmountMinor ?? 0,
      weightedAmountMinor: sums?.weightedAmountMinor ?? 0,
      deals: rows
        .slice(0, limit)
        .map((row) => toDealCardDto(row, { now, moveStage: dealAbilities(ctx.actor, row).moveStage })),
      hasMore: rows.length > limit,
    };
  });
  return { pipeline: toPipelineDto(pipeline, { abilities: pipelineAbilities(ctx.actor) }), columns };
}
