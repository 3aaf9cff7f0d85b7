import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { viewRoutes } from './routes.ts';
import { createViewsService } from './service.ts';

/** Saved views: named filters and view settings, personal or shared with a project, under /api/v1/views. */
export const viewsModule = fp(async (app: FastifyInstance) => {
  const service = createViewsService({ clock: app.platform.clock });
  await app.register(viewRoutes, { prefix: '/api/v1', service });
});
