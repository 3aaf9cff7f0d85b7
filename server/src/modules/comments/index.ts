import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { commentRoutes } from './routes.ts';
import { createCommentsService } from './service.ts';

export { extractMentionIds } from './mentions.ts';
export type { CommentsService } from './service.ts';

/** Comments, reactions and activity timelines, under /api/v1/comments and /api/v1/{tasks,projects}/{id}/activity. */
export const commentsModule = fp(async (app: FastifyInstance) => {
  const service = createCommentsService({ clock: app.platform.clock });
  await app.register(commentRoutes, { prefix: '/api/v1', service });
});
