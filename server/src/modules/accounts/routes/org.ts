import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OrganizationSchema, ProblemSchema, UpdateOrgBodySchema } from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { AccountsService } from '../service.ts';

const tags = ['organisation'];
const errors = { '4xx': ProblemSchema };

export const orgRoutes: FastifyPluginAsyncTypebox<{ service: AccountsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/org',
    {
      schema: {
        operationId: 'getOrg',
        tags,
        summary: 'The current organisation',
        response: { 200: OrganizationSchema, ...errors },
      },
    },
    async (request) => service.getOrg(memberContext(request, db)),
  );

  app.patch(
    '/org',
    {
      schema: {
        operationId: 'updateOrg',
        tags,
        summary: 'Change organisation settings (admins)',
        body: UpdateOrgBodySchema,
        response: { 200: OrganizationSchema, ...errors },
      },
    },
    async (request) =>
      service.updateOrg(memberContext(request, db), request.body, expectedVersion(request, request.body.version)),
  );
};
