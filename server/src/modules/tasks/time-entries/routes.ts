import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTimeEntryBodySchema,
  IdParamsSchema,
  PageQuerySchema,
  ProblemSchema,
  TimeEntryListSchema,
  TimeEntryParamsSchema,
  TimeEntrySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { createTimeEntriesService } from './service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };

/** `/tasks/{id}/time-entries`: time logged on a task. */
export const timeEntryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.platform.database;
  const service = createTimeEntriesService({ clock: app.platform.clock });

  app.get(
    '/tasks/:id/time-entries',
    {
      schema: {
        operationId: 'listTaskTimeEntries',
        tags,
        summary: 'The time logged on the task, latest day first',
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: TimeEntryListSchema, ...errors },
      },
    },
    async (request) => service.listTimeEntries(memberContext(request, db), request.params.id, request.query),
  );

  app.post(
    '/tasks/:id/time-entries',
    {
      schema: {
        operationId: 'createTaskTimeEntry',
        tags,
        summary: "Log the caller's own time on the task (hours in quarter steps); the task's total follows",
        params: IdParamsSchema,
        body: CreateTimeEntryBodySchema,
        response: { 201: TimeEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const entry = await service.createTimeEntry(memberContext(request, db), request.params.id, request.body);
      return reply.code(201).send(entry);
    },
  );

  app.delete(
    '/tasks/:id/time-entries/:entryId',
    {
      schema: {
        operationId: 'deleteTaskTimeEntry',
        tags,
        summary: 'Delete a time entry (its author, the project lead or an admin)',
        params: TimeEntryParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteTimeEntry(memberContext(request, db), request.params.id, request.params.entryId);
      return reply.code(204).send(null);
    },
  );
};
