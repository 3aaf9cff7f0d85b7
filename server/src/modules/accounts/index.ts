import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { authRoutes } from './routes/auth.ts';
import { meRoutes } from './routes/me.ts';
import { orgRoutes } from './routes/org.ts';
import { createAccountsService } from './service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    accounts: ReturnType<typeof createAccountsService>;
  }
}

/** Accounts module: sign-up and sign-in, profile, sessions, organisation settings. */
export const accountsModule = fp(async (app: FastifyInstance) => {
  const { clock, config, limits } = app.platform;
  const service = createAccountsService({ clock, config, limits });
  // The members module builds invitations on these account operations.
  app.decorate('accounts', service);
  const demo = app.platform.demo ?? null;
  await app.register(authRoutes, { prefix: '/api/v1', service, demo });
  await app.register(meRoutes, { prefix: '/api/v1', service });
  await app.register(orgRoutes, { prefix: '/api/v1', service });
});
