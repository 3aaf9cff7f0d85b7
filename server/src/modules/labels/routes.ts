import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateLabelBodySchema,
  IdParamsSchema,
  LabelListSchema,
  LabelSchema,
  ListLabelsQuerySchema,
  ProblemSchema,
  UpdateLabelBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { LabelsService } from './service.ts';

const tags = ['labels'];
const errors = { '4xx': ProblemSchema };

export const labelRoutes: FastifyPluginAsyncTypebox<{ service: LabelsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/labels',
    {
      schema: {
        operationId: 'listLabels',
        tags,
        summary: 'Organisation labels, plus the project’s own when projectId is given',
        querystring: ListLabelsQuerySchema,
        response: { 200: LabelListSchema, ...errors },
      },
    },
    async (request) => service.list(memberContext(request, db), request.query),
  );

  app.post(
    '/labels',
    {
      schema: {
        operationId: 'createLabel',
        tags,
        summary: 'Create an organisation label (admins) or a project label (who may update the project)',
        body: CreateLabelBodySchema,
        response: { 201: LabelSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(memberContext(request, db), request.body)),
  );

  app.patch(
    '/labels/:id',
    {
      schema: {
        operationId: 'updateLabel',
        tags,
        summary: 'Rename or recolour a label',
        params: IdParamsSchema,
        body: UpdateLabelBodySchema,
        response: { 200: LabelSchema, ...errors },
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
    '/labels/:id',
    {
      schema: {
        operationId: 'deleteLabel',
        tags,
        summary: 'Delete a label and take it off its tasks',
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
