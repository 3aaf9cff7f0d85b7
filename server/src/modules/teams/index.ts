import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { teamRoutes } from './routes.ts';
import { createTeamsService } from './service.ts';

export { type TeamScopeContext, type TeamsService, teamScopeOf } from './service.ts';

/** Teams module: the organisation chart and team membership, under /api/v1/teams. */
export const teamsModule = fp(async (app: FastifyInstance) => {
  const service = createTeamsService({ clock: app.platform.clock });
  await app.register(teamRoutes, { prefix: '/api/v1', service });
});
