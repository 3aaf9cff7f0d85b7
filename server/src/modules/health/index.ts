import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema } from '@meridian/contracts';
import fp from 'fastify-plugin';
import { API_VERSION } from '#platform/openapi/openapi-plugin.ts';

const started = Date.now();

/** `/api/v1/health`: 200 when the database answers, 503 when it does not. */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.platform;
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness and database check',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const t0 = performance.now();
      const ok = await Promise.race([
        database.ping().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]);
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: { ok, driver: database.driver, latencyMs: Math.round((performance.now() - t0) * 100) / 100 },
        version: API_VERSION,
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
};

export const healthModule = fp(async (app) => {
  await app.register(healthRoutes, { prefix: '/api/v1' });
});
