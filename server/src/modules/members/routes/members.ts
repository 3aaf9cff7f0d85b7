import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ListMembersQuerySchema,
  MemberParamsSchema,
  MemberSchema,
  PageOf,
  ProblemSchema,
  SessionListSchema,
  UpdateMemberBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { MembersService } from '../service.ts';

const tags = ['members'];
const errors = { '4xx': ProblemSchema };

export const memberRoutes: FastifyPluginAsyncTypebox<{ service: MembersService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/members',
    {
      schema: {
        operationId: 'listMembers',
        tags,
        summary: 'Members of the organisation',
        querystring: ListMembersQuerySchema,
        response: { 200: PageOf(MemberSchema), ...errors },
      },
    },
    async (request) => service.listMembers(memberContext(request, db), request.query),
  );

  app.get(
    '/members/:userId',
    {
      schema: {
        operationId: 'getMember',
        tags,
        summary: 'One member',
        params: MemberParamsSchema,
        response: { 200: MemberSchema, ...errors },
      },
    },
    async (request) => service.getMember(memberContext(request, db), request.params.userId),
  );

  app.patch(
    '/members/:userId',
    {
      schema: {
        operationId: 'updateMember',
        tags,
        summary: "Change a member's role or title (admins)",
        params: MemberParamsSchema,
        body: UpdateMemberBodySchema,
        response: { 200: MemberSchema, ...errors },
      },
    },
    async (request) =>
      service.updateMember(
        memberContext(request, db),
        request.params.userId,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.post(
    '/members/:userId/deactivate',
    {
      schema: {
        operationId: 'deactivateMember',
        tags,
        summary: 'Deactivate a member: their sessions and tokens stop at once',
        params: MemberParamsSchema,
        response: { 200: MemberSchema, ...errors },
      },
    },
    async (request) => service.deactivateMember(memberContext(request, db), request.params.userId),
  );

  app.post(
    '/members/:userId/reactivate',
    {
      schema: {
        operationId: 'reactivateMember',
        tags,
        summary: 'Reactivate a deactivated member',
        params: MemberParamsSchema,
        response: { 200: MemberSchema, ...errors },
      },
    },
    async (request) => service.reactivateMember(memberContext(request, db), request.params.userId),
  );

  app.get(
    '/members/:userId/sessions',
    {
      schema: {
        operationId: 'listMemberSessions',
        tags,
        summary: "A member's sessions in this organisation (admins)",
        params: MemberParamsSchema,
        response: { 200: SessionListSchema, ...errors },
      },
    },
    async (request) => service.listSessionsOfMember(memberContext(request, db), request.params.userId),
  );

  app.delete(
    '/members/:userId/sessions',
    {
      schema: {
        operationId: 'endMemberSessions',
        tags,
        summary: 'Sign a member out of this organisation everywhere (admins)',
        params: MemberParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.endSessionsOfMember(memberContext(request, db), request.params.userId);
      return reply.code(204).send(null);
    },
  );
};
