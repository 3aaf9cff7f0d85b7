import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { labelRoutes } from './routes.ts';
import { createLabelsService } from './service.ts';

/** Labels module: organisation and project labels under /api/v1/labels. */
export const labelsModule = fp(async (app: FastifyInstance) => {
  const service = createLabelsService({ clock: app.platform.clock });
  await app.register(labelRoutes, { prefix: '/api/v1', service });
});
