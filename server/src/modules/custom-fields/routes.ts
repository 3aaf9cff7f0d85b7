import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateCustomFieldBodySchema,
  CustomFieldListSchema,
  CustomFieldSchema,
  IdParamsSchema,
  ListCustomFieldsQuerySchema,
  ProblemSchema,
  UpdateCustomFieldBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { CustomFieldsService } from './service.ts';

const tags = ['custom-fields'];
const errors = { '4xx': ProblemSchema };

export const customFieldRoutes: FastifyPluginAsyncTypebox<{ service: CustomFieldsService }> = async (
  app,
  { service },
) => {
  const { db } = app.platform.database;

  app.get(
    '/custom-fields',
    {
      schema: {
        operationId: 'listCustomFields',
        tags,
        summary: 'The organisation’s custom field definitions, by record kind and position',
        querystring: ListCustomFieldsQuerySchema,
        response: { 200: CustomFieldListSchema, ...errors },
      },
    },
    async (request) => service.list(memberContext(request, db), request.query),
  );

  app.post(
    '/custom-fields',
    {
      schema: {
        operationId: 'createCustomField',
        tags,
        summary: 'Add a custom field to projects, tasks, customers, contacts or deals (admins)',
        body: CreateCustomFieldBodySchema,
        response: { 201: CustomFieldSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(memberContext(request, db), request.body)),
  );

  app.patch(
    '/custom-fields/:id',
    {
      schema: {
        operationId: 'updateCustomField',
        tags,
        summary: 'Rename, reorder, change options of or archive a custom field (admins)',
        params: IdParamsSchema,
        body: UpdateCustomFieldBodySchema,
        response: { 200: CustomFieldSchema, ...errors },
      },
    },
    async (request) =>
      service.update(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/custom-fields/:id',
    {
      schema: {
        operationId: 'deleteCustomField',
        tags,
        summary: 'Delete a custom field definition; stored values are ignored from then on (admins)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.remove(memberContext(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
