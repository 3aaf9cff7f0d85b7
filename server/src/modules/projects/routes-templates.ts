import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParamsSchema,
  ProblemSchema,
  ProjectTemplateListSchema,
  ProjectTemplateSchema,
  SaveProjectAsTemplateBodySchema,
  TemplateParamsSchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import type { ProjectsService } from './service.ts';

const tags = ['projects'];
const errors = { '4xx': ProblemSchema };

export const projectTemplateRoutes: FastifyPluginAsyncTypebox<{ service: ProjectsService }> = async (
  app,
  { service },
) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/project-templates',
    {
      schema: {
        operationId: 'listProjectTemplates',
        tags,
        summary: 'Built-in templates in the caller’s language, then the organisation’s own',
        response: { 200: ProjectTemplateListSchema, ...errors },
      },
    },
    async (request) => service.listProjectTemplates(ctx(request)),
  );

  app.get(
    '/project-templates/:id',
    {
      schema: {
        operationId: 'getProjectTemplate',
        tags,
        summary: 'One template with its statuses, phases, tasks and dependencies',
        params: TemplateParamsSchema,
        response: { 200: ProjectTemplateSchema, ...errors },
      },
    },
    async (request) => service.getProjectTemplate(ctx(request), request.params.id),
  );

  app.post(
    '/projects/:id/save-as-template',
    {
      schema: {
        operationId: 'saveProjectAsTemplate',
        tags,
        summary: 'Save the project’s statuses, tasks and dependencies as an organisation template',
        params: IdParamsSchema,
        body: SaveProjectAsTemplateBodySchema,
        response: { 201: ProjectTemplateSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.saveProjectAsTemplate(ctx(request), request.params.id, request.body)),
  );

  app.delete(
    '/project-templates/:id',
    {
      schema: {
        operationId: 'deleteProjectTemplate',
        tags,
        summary: 'Delete an organisation template (admins or its author); built-ins stay',
        params: TemplateParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteProjectTemplate(ctx(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
