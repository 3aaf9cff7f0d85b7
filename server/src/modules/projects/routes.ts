import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateProjectBodySchema,
  IdParamsSchema,
  ListProjectsQuerySchema,
  ProblemSchema,
  ProjectListSchema,
  ProjectSchema,
  UpdateProjectBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { ProjectsService } from './service.ts';

const tags = ['projects'];
const errors = { '4xx': ProblemSchema };
const KeyParamsSchema = Type.Object({ key: Type.String({ minLength: 1, maxLength: 60 }) });

export const projectRoutes: FastifyPluginAsyncTypebox<{ service: ProjectsService }> = async (app, { service }) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/projects',
    {
      schema: {
        operationId: 'listProjects',
        tags,
        summary: 'The projects the caller may see, with task counts; `deleted=true` lists the trash (admins)',
        querystring: ListProjectsQuerySchema,
        response: { 200: ProjectListSchema, ...errors },
      },
    },
    async (request) => service.listProjects(ctx(request), request.query),
  );

  app.post(
    '/projects',
    {
      schema: {
        operationId: 'createProject',
        tags,
        summary: 'Create a project, optionally from a template laid out from a start date (not guests)',
        body: CreateProjectBodySchema,
        response: { 201: ProjectSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createProject(ctx(request), request.body)),
  );

  app.get(
    '/projects/by-key/:key',
    {
      schema: {
        operationId: 'getProjectByKey',
        tags,
        summary: 'One project by its key (SALES)',
        params: KeyParamsSchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) => service.getProjectByKey(ctx(request), request.params.key),
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        operationId: 'getProject',
        tags,
        summary: 'One project with its statuses, task counts and the caller’s abilities',
        params: IdParamsSchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) => service.getProject(ctx(request), request.params.id),
  );

  app.patch(
    '/projects/:id',
    {
      schema: {
        operationId: 'updateProject',
        tags,
        summary: 'Change a project (its lead, admins); If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateProjectBodySchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) =>
      service.updateProject(
        ctx(request),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.post(
    '/projects/:id/archive',
    {
      schema: {
        operationId: 'archiveProject',
        tags,
        summary: 'Archive a project: read-only until restored',
        params: IdParamsSchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) => service.archiveProject(ctx(request), request.params.id),
  );

  app.post(
    '/projects/:id/restore',
    {
      schema: {
        operationId: 'restoreProject',
        tags,
        summary: 'Restore a project from the archive, or from the trash within 30 days (admins)',
        params: IdParamsSchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) => service.restoreProject(ctx(request), request.params.id),
  );

  app.delete(
    '/projects/:id',
    {
      schema: {
        operationId: 'deleteProject',
        tags,
        summary: 'Move a project to the trash; it is purged with its tasks after 30 days',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteProject(ctx(request), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );
};
