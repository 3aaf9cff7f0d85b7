import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { crmSettingsRoutes } from './routes.ts';

export { type CrmSettingsRow, DEFAULT_CRM_SETTINGS, loadCrmSettings } from './queries.ts';

/** Per-organisation CRM rules (customer pool), under /api/v1/crm-settings. */
export const crmSettingsModule = fp(async (app: FastifyInstance) => {
  await app.register(crmSettingsRoutes, { prefix: '/api/v1', deps: { clock: app.platform.clock } });
});
