import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParamsSchema,
  InteractionListSchema,
  InteractionSchema,
  ListInteractionsQuerySchema,
  LogInteractionBodySchema,
  ProblemSchema,
  UpdateInteractionBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { InteractionsService } from './service.ts';

const tags = ['interactions'];
const errors = { '4xx': ProblemSchema };

export const interactionRoutes: FastifyPluginAsyncTypebox<{ service: InteractionsService }> = async (
  app,
  { service },
) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/interactions',
    {
      schema: {
        operationId: 'listInteractions',
        tags,
        summary: 'Interactions of the customers the actor may see, newest first; filter by customer or deal',
        querystring: ListInteractionsQuerySchema,
        response: { 200: InteractionListSchema, ...errors },
      },
    },
    async (request) => service.listInteractions(ctx(request), request.query),
  );

  app.post(
    '/interactions',
    {
      schema: {
        operationId: 'logInteraction',
        tags,
        summary: 'Log a call, visit, meeting, e-mail, WeChat message or demo; optionally create the follow-up task',
        body: LogInteractionBodySchema,
        response: { 201: InteractionSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.logInteraction(ctx(request), request.body)),
  );

  app.get(
    '/interactions/:id',
    {
      schema: {
        operationId: 'getInteraction',
        tags,
        summary: 'One interaction',
        params: IdParamsSchema,
        response: { 200: InteractionSchema, ...errors },
      },
    },
    async (request) => service.getInteraction(ctx(request), request.params.id),
  );

  app.patch(
    '/interactions/:id',
    {
      schema: {
        operationId: 'updateInteraction',
        tags,
        summary: 'Correct an interaction (its author or an admin)',
        params: IdParamsSchema,
        body: UpdateInteractionBodySchema,
        response: { 200: InteractionSchema, ...errors },
      },
    },
    async (request) =>
      service.updateInteraction(
        ctx(request),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/interactions/:id',
    {
      schema: {
        operationId: 'deleteInteraction',
        tags,
        summary: 'Delete an interaction (its author or an admin)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteInteraction(ctx(request), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );
};
