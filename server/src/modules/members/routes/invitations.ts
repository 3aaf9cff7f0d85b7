import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptInvitationBodySchema,
  CreatedInvitationSchema,
  CreateInvitationBodySchema,
  IdParamsSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InvitationTokenQuerySchema,
  MeSchema,
  PageOf,
  PageQuerySchema,
  ProblemSchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { meAfterSignIn } from '#modules/accounts/routes/auth.ts';
import { setSessionCookie } from '#modules/accounts/routes/cookies.ts';
import type { AccountsService } from '#modules/accounts/service.ts';
import { memberContext, publicContext, userContext } from '#platform/context/from-request.ts';
import type { MembersService } from '../service.ts';

const tags = ['invitations'];
const errors = { '4xx': ProblemSchema };

export const invitationRoutes: FastifyPluginAsyncTypebox<{
  service: MembersService;
  accounts: AccountsService;
}> = async (app, { service, accounts }) => {
  const { database, config, limits } = app.platform;
  const { db } = database;
  const secure = config.publicUrl.startsWith('https:');

  app.get(
    '/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags,
        summary: 'Open invitations (admins)',
        querystring: PageQuerySchema,
        response: { 200: PageOf(InvitationSchema), ...errors },
      },
    },
    async (request) => service.listInvitations(memberContext(request, db), request.query),
  );

  app.post(
    '/invitations',
    {
      // The answer holds the invitation link's secret: it is never stored for a replay.
      config: { idempotent: false },
      schema: {
        operationId: 'createInvitation',
        tags,
        summary: 'Invite a colleague by e-mail with a role',
        body: CreateInvitationBodySchema,
        response: { 201: CreatedInvitationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createInvitation(memberContext(request, db), request.body)),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        operationId: 'revokeInvitation',
        tags,
        summary: 'Withdraw an invitation',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.revokeInvitation(memberContext(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invitations/preview',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'previewInvitation',
        tags,
        summary: 'What an invitation link offers',
        querystring: InvitationTokenQuerySchema,
        response: { 200: InvitationPreviewSchema, ...errors },
      },
    },
    async (request) => service.previewInvitation(publicContext(request, db), request.query.token),
  );

  app.post(
    '/invitations/accept',
    {
      config: { access: 'public', idempotent: false },
      schema: {
        operationId: 'acceptInvitation',
        tags,
        summary: 'Accept an invitation (creating the account if needed)',
        body: AcceptInvitationBodySchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = request.auth ? userContext(request, db) : publicContext(request, db);
      const result = await service.acceptInvitation(ctx, request.body, limits);
      if (result.session) {
        setSessionCookie(reply, result.session, secure);
        return meAfterSignIn(accounts, request, result.session.token);
      }
      request.auth = { ...request.auth!, orgId: result.orgId, role: null };
      const me = await accounts.getMe(userContext(request, db), request.auth.csrfToken);
      return { ...me, role: me.orgs.find((o) => o.id === result.orgId)?.role ?? null };
    },
  );
};
