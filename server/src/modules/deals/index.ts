import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { dealRoutes } from './routes.ts';
import { createDealsService } from './service.ts';

export { touchDealActivity } from './queries/activity.ts';
export { findVisibleDeal } from './queries/deal-rows.ts';
export { type CustomerRef, customerScopeFromRecord, findVisibleCustomer } from './queries/references.ts';

/** Deals module: deals, their stage moves and history, and the pipeline board, under /api/v1. */
export const dealsModule = fp(async (app: FastifyInstance) => {
  const service = createDealsService({ clock: app.platform.clock });
  await app.register(dealRoutes, { prefix: '/api/v1', service });
});
