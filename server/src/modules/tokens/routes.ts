import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApiTokenListSchema,
  CreateApiTokenBodySchema,
  CreatedApiTokenSchema,
  IdParamsSchema,
  ProblemSchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import type { TokenService } from './service.ts';

const tags = ['tokens'];
const errors = { '4xx': ProblemSchema };

export const tokenRoutes: FastifyPluginAsyncTypebox<{ service: TokenService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/tokens',
    {
      schema: {
        operationId: 'listTokens',
        tags,
        summary: 'Your personal access tokens in this organisation',
        response: { 200: ApiTokenListSchema, ...errors },
      },
    },
    async (request) => service.listMyTokens(memberContext(request, db)),
  );

  app.post(
    '/tokens',
    {
      // The answer holds the secret: it is never stored for an Idempotency-Key replay.
      config: { idempotent: false },
      schema: {
        operationId: 'createToken',
        tags,
        summary: 'Create a personal access token (from a signed-in session only)',
        description:
          'The answer holds the secret, once. `Idempotency-Key` is ignored here so that the secret is never stored.',
        body: CreateApiTokenBodySchema,
        response: { 201: CreatedApiTokenSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createToken(memberContext(request, db), request.body)),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        operationId: 'revokeToken',
        tags,
        summary: 'Revoke one of your tokens; it stops working at once',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.revokeToken(memberContext(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
