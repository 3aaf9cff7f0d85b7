import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { auditRoutes } from './routes.ts';
import { createAuditService } from './service.ts';

/** Audit module: the organisation's audit log, read by admins. Rows are written by platform/audit. */
export const auditModule = fp(async (app: FastifyInstance) => {
  const service = createAuditService();
  await app.register(auditRoutes, { prefix: '/api/v1', service });
});
