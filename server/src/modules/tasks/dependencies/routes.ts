import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateDependencyBodySchema,
  DependencyListSchema,
  DependencyParamsSchema,
  DependencySchema,
  IdParamsSchema,
  ProblemSchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { createDependenciesService } from './service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };

/** `/tasks/{id}/dependencies`: what a task waits for and what waits for it. */
export const dependencyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.platform.database;
  const service = createDependenciesService({ clock: app.platform.clock });

  app.get(
    '/tasks/:id/dependencies',
    {
      schema: {
        operationId: 'listTaskDependencies',
        tags,
        summary: "The task's predecessors (what it waits for) and successors (what waits for it)",
        params: IdParamsSchema,
        response: { 200: DependencyListSchema, ...errors },
      },
    },
    async (request) => service.listDependencies(memberContext(request, db), request.params.id),
  );

  app.post(
    '/tasks/:id/dependencies',
    {
      schema: {
        operationId: 'createTaskDependency',
        tags,
        summary: 'Make the task wait for another task of the same project; a cycle answers 422 dependency_cycle',
        params: IdParamsSchema,
        body: CreateDependencyBodySchema,
        response: { 201: DependencySchema, ...errors },
      },
    },
    async (request, reply) => {
      const dependency = await service.addDependency(memberContext(request, db), request.params.id, request.body);
      return reply.code(201).send(dependency);
    },
  );

  app.delete(
    '/tasks/:id/dependencies/:dependencyId',
    {
      schema: {
        operationId: 'deleteTaskDependency',
        tags,
        summary: 'Remove a dependency of the task (either direction)',
        params: DependencyParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.removeDependency(memberContext(request, db), request.params.id, request.params.dependencyId);
      return reply.code(204).send(null);
    },
  );
};
