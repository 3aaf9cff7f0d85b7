import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChangePasswordBodySchema,
  IdParamsSchema,
  MeSchema,
  ProblemSchema,
  SessionListSchema,
  SwitchOrgBodySchema,
  UpdateMeBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { userContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { AccountsService } from '../service.ts';

const tags = ['me'];
const errors = { '4xx': ProblemSchema };

export const meRoutes: FastifyPluginAsyncTypebox<{ service: AccountsService }> = async (app, { service }) => {
  const { db } = app.platform.database;
  const access = 'user' as const;

  app.get(
    '/me',
    {
      config: { access },
      schema: {
        operationId: 'getMe',
        tags,
        summary: 'The signed-in user, their organisations and abilities',
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => service.getMe(userContext(request, db), request.auth?.csrfToken ?? null),
  );

  app.patch(
    '/me',
    {
      config: { access },
      schema: {
        operationId: 'updateMe',
        tags,
        summary: 'Update your profile',
        body: UpdateMeBodySchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = userContext(request, db);
      await service.updateMe(ctx, request.body, expectedVersion(request, request.body.version));
      return service.getMe(userContext(request, db), request.auth?.csrfToken ?? null);
    },
  );

  app.post(
    '/me/password',
    {
      // Never store a replay of this request: its body holds passwords.
      config: { access, idempotent: false },
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Change your password; other sessions end',
        body: ChangePasswordBodySchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.changePassword(userContext(request, db), request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/switch-org',
    {
      config: { access },
      schema: {
        operationId: 'switchOrg',
        tags,
        summary: 'Work in another of your organisations',
        body: SwitchOrgBodySchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const { role } = await service.switchOrg(userContext(request, db), request.body.orgId);
      request.auth = { ...request.auth!, orgId: request.body.orgId, role };
      return service.getMe(userContext(request, db), request.auth.csrfToken);
    },
  );

  app.get(
    '/sessions',
    {
      config: { access },
      schema: {
        operationId: 'listSessions',
        tags: ['sessions'],
        summary: 'Your signed-in sessions',
        response: { 200: SessionListSchema, ...errors },
      },
    },
    async (request) => service.listMySessions(userContext(request, db)),
  );

  app.delete(
    '/sessions/:id',
    {
      config: { access },
      schema: {
        operationId: 'deleteSession',
        tags: ['sessions'],
        summary: 'End one of your sessions',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.endMySession(userContext(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
