import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { interactionRoutes } from './routes.ts';
import { createInteractionsService } from './service.ts';

/** Interactions module: the follow-up log of customers and deals, under /api/v1/interactions. */
export const interactionsModule = fp(async (app: FastifyInstance) => {
  const service = createInteractionsService({ clock: app.platform.clock });
  await app.register(interactionRoutes, { prefix: '/api/v1', service });
});
