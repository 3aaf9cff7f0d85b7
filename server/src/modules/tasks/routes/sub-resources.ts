import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChecklistItemParamsSchema,
  ChecklistItemSchema,
  CreateChecklistItemBodySchema,
  IdParamsSchema,
  ProblemSchema,
  TaskDetailSchema,
  TaskWatcherParamsSchema,
  UpdateChecklistItemBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import type { TasksService } from '../service.ts';

const tags = ['tasks'];
const errors = { '4xx': ProblemSchema };

export const taskSubResourceRoutes: FastifyPluginAsyncTypebox<{ service: TasksService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.put(
    '/tasks/:id/watchers/:userId',
    {
      schema: {
        operationId: 'addTaskWatcher',
        tags,
        summary: 'Watch a task yourself, or (editors) make someone else watch it',
        params: TaskWatcherParamsSchema,
        response: { 200: TaskDetailSchema, ...errors },
      },
    },
    async (request) => service.setWatcher(memberContext(request, db), request.params.id, request.params.userId, true),
  );

  app.delete(
    '/tasks/:id/watchers/:userId',
    {
      schema: {
        operationId: 'removeTaskWatcher',
        tags,
        summary: 'Stop watching a task, or (editors) take someone else off it',
        params: TaskWatcherParamsSchema,
        response: { 200: TaskDetailSchema, ...errors },
      },
    },
    async (request) => service.setWatcher(memberContext(request, db), request.params.id, request.params.userId, false),
  );

  app.post(
    '/tasks/:id/checklist',
    {
      schema: {
        operationId: 'addChecklistItem',
        tags,
        summary: "Add an item at the bottom of a task's checklist",
        params: IdParamsSchema,
        body: CreateChecklistItemBodySchema,
        response: { 201: ChecklistItemSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.addChecklistItem(memberContext(request, db), request.params.id, request.body)),
  );

  app.patch(
    '/tasks/:id/checklist/:itemId',
    {
      schema: {
        operationId: 'updateChecklistItem',
        tags,
        summary: 'Rename, tick or reorder a checklist item (afterId: the item above it, null for the top)',
        params: ChecklistItemParamsSchema,
        body: UpdateChecklistItemBodySchema,
        response: { 200: ChecklistItemSchema, ...errors },
      },
    },
    async (request) =>
      service.updateChecklist(memberContext(request, db), request.params.id, request.params.itemId, request.body),
  );

  app.delete(
    '/tasks/:id/checklist/:itemId',
    {
      schema: {
        operationId: 'deleteChecklistItem',
        tags,
        summary: 'Remove a checklist item',
        params: ChecklistItemParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.removeChecklistItem(memberContext(request, db), request.params.id, request.params.itemId);
      return reply.code(204).send(null);
    },
  );
};
