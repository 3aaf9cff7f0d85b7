import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { customFieldRoutes } from './routes.ts';
import { createCustomFieldsService } from './service.ts';

export { loadCustomFieldDefinitions } from './queries.ts';
export { type CustomFieldDefinition, validateCustomFieldValues } from './validator.ts';

/** Custom fields module: the organisation's field definitions under /api/v1/custom-fields. */
export const customFieldsModule = fp(async (app: FastifyInstance) => {
  const service = createCustomFieldsService({ clock: app.platform.clock });
  await app.register(customFieldRoutes, { prefix: '/api/v1', service });
});
