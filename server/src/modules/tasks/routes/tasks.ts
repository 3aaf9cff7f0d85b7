import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTaskBodySchema,
  IdParamsSchema,
  MoveTaskBodySchema,
  MoveTaskResultSchema,
  ProblemSchema,
  SetTaskBlockedBodySchema,
  TaskDetailSchema,
  TaskSchema,
  UndoReceiptSchema,
  UpdateTaskBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { TasksService } from '../service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };
/** Any text: a key that is not of the `SALES-42` form simply finds no task (404). */
const TaskKeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 60, description: 'e.g. SALES-42' }) });

export const taskRoutes: FastifyPluginAsyncTypebox<{ service: TasksService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.post(
    '/tasks',
    {
      schema: {
        operationId: 'createTask',
        tags,
        summary: 'Create a task in a project where you edit tasks',
        body: CreateTaskBodySchema,
        response: { 201: TaskSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createTask(memberContext(request, db), request.body)),
  );

  app.get(
    '/tasks/by-key/:key',
    {
      schema: {
        operationId: 'getTaskByKey',
        tags,
        summary: 'One task by its key, e.g. SALES-42',
        params: TaskKeyParams,
        response: { 200: TaskDetailSchema, ...errors },
      },
    },
    async (request) => service.getTaskByKey(memberContext(request, db), request.params.key),
  );

  app.get(
    '/tasks/:id',
    {
      schema: {
        operationId: 'getTask',
        tags,
        summary: 'One task with its watchers, checklist, parent and reporter',
        params: IdParamsSchema,
        response: { 200: TaskDetailSchema, ...errors },
      },
    },
    async (request) => service.getTask(memberContext(request, db), request.params.id),
  );

  app.patch(
    '/tasks/:id',
    {
      schema: {
        operationId: 'updateTask',
        tags,
        summary: 'Change a task; entering a "done" status completes it (optional completion note)',
        params: IdParamsSchema,
        body: UpdateTaskBodySchema,
        response: { 200: TaskSchema, ...errors },
      },
    },
    async (request) =>
      service.updateTask(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/tasks/:id',
    {
      schema: {
        operationId: 'deleteTask',
        tags,
        summary: 'Move a task and its subtasks to the trash; undo within ten seconds',
        params: IdParamsSchema,
        response: { 200: UndoReceiptSchema, ...errors },
      },
    },
    async (request) => service.deleteTask(memberContext(request, db), request.params.id),
  );

  app.post(
    '/tasks/:id/restore',
    {
      schema: {
        operationId: 'restoreTask',
        tags,
        summary: 'Bring a task (and the subtasks deleted with it) back from the trash',
        params: IdParamsSchema,
        response: { 200: TaskSchema, ...errors },
      },
    },
    async (request) => service.restoreTask(memberContext(request, db), request.params.id),
  );

  app.post(
    '/tasks/:id/blocked',
    {
      schema: {
        operationId: 'setTaskBlocked',
        tags,
        summary: 'Flag a task as blocked with a reason (the project lead is told at once), or clear the flag',
        params: IdParamsSchema,
        body: SetTaskBlockedBodySchema,
        response: { 200: TaskSchema, ...errors },
      },
    },
    async (request) =>
      service.setTaskBlocked(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.post(
    '/tasks/:id/move',
    {
      schema: {
        operationId: 'moveTask',
        tags,
        summary: 'Move a card on the board: to another column and/or between two neighbours; undo within ten seconds',
        params: IdParamsSchema,
        body: MoveTaskBodySchema,
        response: { 200: MoveTaskResultSchema, ...errors },
      },
    },
    async (request) =>
      service.moveTask(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );
};
