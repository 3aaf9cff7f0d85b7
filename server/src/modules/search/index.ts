import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { searchRoutes } from './routes.ts';
import { createSearchService } from './service.ts';

/** Global search over projects and tasks, under /api/v1/search. */
export const searchModule = fp(async (app: FastifyInstance) => {
  await app.register(searchRoutes, { prefix: '/api/v1', service: createSearchService({}) });
});
