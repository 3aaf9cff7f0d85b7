import { bindDeps } from '#platform/service/bind-deps.ts';
import { getPipelineBoard } from './service/board.ts';
import { createDeal } from './service/create.ts';
import type { DealsDeps } from './service/deps.ts';
import { moveDealStage } from './service/move-stage.ts';
import { getDeal, getDealHistory, listDeals } from './service/read.ts';
import { deleteDeal, updateDeal } from './service/update.ts';

/** Deals: opportunities moving through a pipeline's stages, with their lines and history. */
export function createDealsService(deps: DealsDeps) {
  return {
    listDeals: bindDeps(deps, listDeals),
    getDeal: bindDeps(deps, getDeal),
    getDealHistory: bindDeps(deps, getDealHistory),
    createDeal: bindDeps(deps, createDeal),
    updateDeal: bindDeps(deps, updateDeal),
    deleteDeal: bindDeps(deps, deleteDeal),
    moveDealStage: bindDeps(deps, moveDealStage),
    getPipelineBoard: bindDeps(deps, getPipelineBoard),
  };
}

export type DealsService = ReturnType<typeof createDealsService>;
