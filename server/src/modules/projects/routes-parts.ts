import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTaskStatusBodySchema,
  DeleteTaskStatusQuerySchema,
  IdParamsSchema,
  ProblemSchema,
  ProjectMemberListSchema,
  ProjectMemberParamsSchema,
  ProjectSchema,
  PutProjectMemberBodySchema,
  TaskStatusParamsSchema,
  UpdateTaskStatusBodySchema,
} from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { ProjectsService } from './service.ts';

const tags = ['projects'];
const errors = { '4xx': ProblemSchema };

/** A project's members and task statuses. */
export const projectPartRoutes: FastifyPluginAsyncTypebox<{ service: ProjectsService }> = async (app, { service }) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/projects/:id/members',
    {
      schema: {
        operationId: 'listProjectMembers',
        tags,
        summary: 'The project’s members with their project roles, leads first',
        params: IdParamsSchema,
        response: { 200: ProjectMemberListSchema, ...errors },
      },
    },
    async (request) => service.listProjectMembers(ctx(request), request.params.id),
  );

  app.put(
    '/projects/:id/members/:userId',
    {
      schema: {
        operationId: 'putProjectMember',
        tags,
        summary: 'Add an active member of the organisation to the project or change their project role',
        params: ProjectMemberParamsSchema,
        body: PutProjectMemberBodySchema,
        response: { 200: ProjectMemberListSchema, ...errors },
      },
    },
    async (request) =>
      service.putProjectMember(
        ctx(request),
        { projectId: request.params.id, userId: request.params.userId },
        request.body,
      ),
  );

  app.delete(
    '/projects/:id/members/:userId',
    {
      schema: {
        operationId: 'removeProjectMember',
        tags,
        summary: 'Take someone out of the project (the last lead stays)',
        params: ProjectMemberParamsSchema,
        response: { 200: ProjectMemberListSchema, ...errors },
      },
    },
    async (request) =>
      service.removeProjectMember(ctx(request), { projectId: request.params.id, userId: request.params.userId }),
  );

  app.post(
    '/projects/:id/statuses',
    {
      schema: {
        operationId: 'createTaskStatus',
        tags,
        summary: 'Add a task status (a board column) to the project',
        params: IdParamsSchema,
        body: CreateTaskStatusBodySchema,
        response: { 201: ProjectSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createTaskStatus(ctx(request), request.params.id, request.body)),
  );

  app.patch(
    '/projects/:id/statuses/:statusId',
    {
      schema: {
        operationId: 'updateTaskStatus',
        tags,
        summary: 'Rename, recolour, recategorise, limit or move a task status',
        params: TaskStatusParamsSchema,
        body: UpdateTaskStatusBodySchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) =>
      service.updateTaskStatus(
        ctx(request),
        { projectId: request.params.id, statusId: request.params.statusId },
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/projects/:id/statuses/:statusId',
    {
      schema: {
        operationId: 'deleteTaskStatus',
        tags,
        summary: 'Delete a task status after moving its tasks to `moveTo`',
        params: TaskStatusParamsSchema,
        querystring: DeleteTaskStatusQuerySchema,
        response: { 200: ProjectSchema, ...errors },
      },
    },
    async (request) =>
      service.deleteTaskStatus(
        ctx(request),
        { projectId: request.params.id, statusId: request.params.statusId },
        request.query.moveTo,
      ),
  );
};
