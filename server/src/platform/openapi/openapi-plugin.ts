import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createDocumentTransforms } from './doc-transforms.ts';
import { OPENAPI_JSON_URL, renderReferencePage } from './reference-page.ts';

export const API_VERSION = '0.1.0';

/** OpenAPI 3.1 generated from the route schemas, plus a reference page served from here (no CDN). */
export const openApiPlugin = fp(async (app: FastifyInstance) => {
  const { transform, transformObject } = createDocumentTransforms();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meridian API',
        version: API_VERSION,
        description:
          'The REST API of Meridian, the sales-operations project management system. Every request acts in one organisation. ' +
          'Authenticate with a personal access token (`Authorization: Bearer mrd_pat_…`) or, from the browser, the session cookie plus the `X-CSRF-Token` header on writes. ' +
          'Errors are RFC 9457 problem details with a stable `code`.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearerToken: { type: 'http', scheme: 'bearer', description: 'Personal access token' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'meridian_session' },
        },
      },
      security: [{ bearerToken: [] }, { sessionCookie: [] }],
    },
    hideUntagged: true,
    transform,
    transformObject,
  });

  app.get(OPENAPI_JSON_URL, { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  let page: string | null = null;
  app.get('/api/docs', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    page ??= renderReferencePage(app.swagger() as Record<string, unknown>);
    return reply.type('text/html; charset=utf-8').send(page);
  });
});
