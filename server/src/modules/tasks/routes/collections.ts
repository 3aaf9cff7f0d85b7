import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardQuerySchema,
  BoardSchema,
  BulkTasksBodySchema,
  BulkTasksResultSchema,
  IdParamsSchema,
  ListTasksQuerySchema,
  MyWorkSchema,
  ProblemSchema,
  TaskListSchema,
  UndoResultSchema,
} from '@meridian/contracts';
import { memberContext } from '#platform/context/from-request.ts';
import type { TasksService } from '../service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };

export const taskCollectionRoutes: FastifyPluginAsyncTypebox<{ service: TasksService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/tasks',
    {
      schema: {
        operationId: 'listTasks',
        tags,
        summary: 'Tasks of the projects you see, filtered (AND; commas mean OR) and sorted, with the total',
        querystring: ListTasksQuerySchema,
        response: { 200: TaskListSchema, ...errors },
      },
    },
    async (request) => service.listTasks(memberContext(request, db), request.query),
  );

  app.get(
    '/projects/:id/board',
    {
      schema: {
        operationId: 'getProjectBoard',
        tags,
        summary: "A project's board: columns by status (with WIP limits), assignee or priority, cards in order",
        params: IdParamsSchema,
        querystring: BoardQuerySchema,
        response: { 200: BoardSchema, ...errors },
      },
    },
    async (request) => service.getBoard(memberContext(request, db), request.params.id, request.query),
  );

  app.get(
    '/my-work',
    {
      schema: {
        operationId: 'getMyWork',
        tags,
        summary: 'Your open tasks by due date in your time zone, and what you wait on (at most 100 per bucket)',
        response: { 200: MyWorkSchema, ...errors },
      },
    },
    async (request) => service.getMyWork(memberContext(request, db)),
  );

  app.post(
    '/tasks/bulk',
    {
      schema: {
        operationId: 'bulkTasks',
        tags,
        summary: 'Update or delete up to 500 tasks at once, with a result per task and a ten-second undo',
        body: BulkTasksBodySchema,
        response: { 200: BulkTasksResultSchema, ...errors },
      },
    },
    async (request) => service.bulkTasks(memberContext(request, db), request.body),
  );

  app.post(
    '/undo-actions/:id',
    {
      schema: {
        operationId: 'applyUndo',
        tags,
        summary: 'Take back a bulk edit, delete or move: by its author, once, within ten seconds',
        params: IdParamsSchema,
        response: { 200: UndoResultSchema, ...errors },
      },
    },
    async (request) => service.applyUndo(memberContext(request, db), request.params.id),
  );
};
