import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { touchCustomerActivity } from './queries/pool.ts';
import { customerActionRoutes } from './routes/actions.ts';
import { customerRoutes } from './routes/customers.ts';
import { POOL_RETURN_JOB, runPoolReturn } from './service/pool-job.ts';
import { createCustomersService } from './service.ts';

export { type CustomerScope, customerScopeOf, managesCustomer, visibleCustomersWhere } from './policy.ts';
export { POOL_RETURN_JOB, runPoolReturn } from './service/pool-job.ts';
export { type CustomersService, createCustomersService } from './service.ts';

/**
 * Customers module under /api/v1/customers: CRUD with duplicate checks, the pool with its daily
 * return sweep, and customer activity kept fresh from interactions and deals.
 */
export const customersModule = fp(async (app: FastifyInstance) => {
  const { clock, dispatcher, jobs } = app.platform;
  const service = createCustomersService({ clock });
  jobs.schedule(POOL_RETURN_JOB, '10 * * * *', async (_payload, { db }) => {
    await runPoolReturn(db, clock.now());
  });
  for (const type of ['interaction.logged', 'deal.created']) {
    dispatcher.on(type, async (event, tx) => {
      const customerId = event.payload.customerId;
      if (typeof customerId === 'string') await touchCustomerActivity(tx, event.orgId, customerId, clock.now());
    });
  }
  // The static route first: /customers/pool-status must not be read as /customers/{id}.
  await app.register(customerActionRoutes, { prefix: '/api/v1', service });
  await app.register(customerRoutes, { prefix: '/api/v1', service });
});
