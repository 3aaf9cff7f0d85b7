import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTeamBodySchema,
  IdParamsSchema,
  PageQuerySchema,
  ProblemSchema,
  PutTeamMemberBodySchema,
  TeamListSchema,
  TeamMemberParamsSchema,
  TeamSchema,
  UpdateTeamBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { TeamsService } from './service.ts';

const tags = ['teams'];
const errors = { '4xx': ProblemSchema };

export const teamRoutes: FastifyPluginAsyncTypebox<{ service: TeamsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/teams',
    {
      schema: {
        operationId: 'listTeams',
        tags,
        summary: 'The teams of the organisation by name, with their members',
        querystring: PageQuerySchema,
        response: { 200: TeamListSchema, ...errors },
      },
    },
    async (request) => service.listTeams(memberContext(request, db), request.query),
  );

  app.post(
    '/teams',
    {
      schema: {
        operationId: 'createTeam',
        tags,
        summary: 'Create a team, optionally under a parent team (admins)',
        body: CreateTeamBodySchema,
        response: { 201: TeamSchema, ...errors },
      },
    },
    async (request, reply) => {
      const team = await service.createTeam(memberContext(request, db), request.body);
      return reply.code(201).send(team);
    },
  );

  app.get(
    '/teams/:id',
    {
      schema: {
        operationId: 'getTeam',
        tags,
        summary: 'One team with its members',
        params: IdParamsSchema,
        response: { 200: TeamSchema, ...errors },
      },
    },
    async (request) => service.getTeam(memberContext(request, db), request.params.id),
  );

  app.patch(
    '/teams/:id',
    {
      schema: {
        operationId: 'updateTeam',
        tags,
        summary: 'Rename, describe or move a team (admins); If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateTeamBodySchema,
        response: { 200: TeamSchema, ...errors },
      },
    },
    async (request) =>
      service.updateTeam(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/teams/:id',
    {
      schema: {
        operationId: 'deleteTeam',
        tags,
        summary: 'Delete a team without sub-teams, and its memberships (admins)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteTeam(memberContext(request, db), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/teams/:id/members/:userId',
    {
      schema: {
        operationId: 'putTeamMember',
        tags,
        summary: 'Add a member of the organisation to the team, or set whether they lead it (admins)',
        params: TeamMemberParamsSchema,
        body: PutTeamMemberBodySchema,
        response: { 200: TeamSchema, ...errors },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      return service.putTeamMember(memberContext(request, db), { teamId: id, userId }, request.body);
    },
  );

  app.delete(
    '/teams/:id/members/:userId',
    {
      schema: {
        operationId: 'removeTeamMember',
        tags,
        summary: 'Take someone out of the team (admins)',
        params: TeamMemberParamsSchema,
        response: { 200: TeamSchema, ...errors },
      },
    },
    async (request) => {
      const { id, userId } = request.params;
      return service.removeTeamMember(memberContext(request, db), { teamId: id, userId });
    },
  );
};
