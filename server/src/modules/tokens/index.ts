import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { tokenRoutes } from './routes.ts';
import { createTokenService } from './service.ts';

/** Tokens module: personal access tokens for integrations (`Authorization: Bearer mrd_pat_…`). */
export const tokensModule = fp(async (app: FastifyInstance) => {
  const service = createTokenService({ clock: app.platform.clock });
  await app.register(tokenRoutes, { prefix: '/api/v1', service });
});
