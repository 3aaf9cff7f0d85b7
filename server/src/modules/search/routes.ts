import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ProblemSchema, SearchQuerySchema, SearchResultSchema } from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import type { SearchService } from './service.ts';

export const searchRoutes: FastifyPluginAsyncTypebox<{ service: SearchService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary: 'Projects and tasks I can see by key, title or description (Chinese included), best first',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, '4xx': ProblemSchema },
      },
    },
    async (request) => service.search(memberContext(request, db), request.query),
  );
};
