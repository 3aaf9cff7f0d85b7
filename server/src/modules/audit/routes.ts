import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditEntryPageSchema, ListAuditQuerySchema, ProblemSchema } from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import type { AuditService } from './service.ts';

const tags = ['audit'];
const errors = { '4xx': ProblemSchema };

/** Read only: audit rows are immutable, so there is deliberately no route that changes one. */
export const auditRoutes: FastifyPluginAsyncTypebox<{ service: AuditService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/audit-log',
    {
      schema: {
        operationId: 'listAuditLog',
        tags,
        summary: 'Who did what, newest first (admins)',
        description:
          'Filters combine; `from` is inclusive and `to` exclusive. Page with `limit` and the `nextCursor` of the previous page.',
        querystring: ListAuditQuerySchema,
        response: { 200: AuditEntryPageSchema, ...errors },
      },
    },
    async (request) => service.listAuditLog(memberContext(request, db), request.query),
  );
};
