import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { invitationRoutes } from './routes/invitations.ts';
import { memberRoutes } from './routes/members.ts';
import { createMembersService } from './service.ts';

/** Members module: the people of an organisation, their roles, and invitations. */
export const membersModule = fp(async (app: FastifyInstance) => {
  const { clock, config } = app.platform;
  const service = createMembersService({ clock, config, accounts: app.accounts });
  await app.register(memberRoutes, { prefix: '/api/v1', service });
  await app.register(invitationRoutes, { prefix: '/api/v1', service, accounts: app.accounts });
});
