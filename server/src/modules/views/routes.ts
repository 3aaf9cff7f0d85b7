import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateSavedViewBodySchema,
  IdParamsSchema,
  ListSavedViewsQuerySchema,
  ProblemSchema,
  SavedViewListSchema,
  SavedViewSchema,
  UpdateSavedViewBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { ViewsService } from './service.ts';

const tags = ['views'];
const errors = { '4xx': ProblemSchema };

export const viewRoutes: FastifyPluginAsyncTypebox<{ service: ViewsService }> = async (app, { service }) => {
  const { db } = app.platform.database;

  app.get(
    '/views',
    {
      schema: {
        operationId: 'listSavedViews',
        tags,
        summary: 'My saved views and those shared in projects I can see, by name',
        querystring: ListSavedViewsQuerySchema,
        response: { 200: SavedViewListSchema, ...errors },
      },
    },
    async (request) => service.listViews(memberContext(request, db), request.query),
  );

  app.post(
    '/views',
    {
      schema: {
        operationId: 'createSavedView',
        tags,
        summary: 'Save filters and view settings, for myself or shared with a project',
        body: CreateSavedViewBodySchema,
        response: { 201: SavedViewSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createView(memberContext(request, db), request.body)),
  );

  app.patch(
    '/views/:id',
    {
      schema: {
        operationId: 'updateSavedView',
        tags,
        summary: 'Rename, share or reconfigure my view; If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateSavedViewBodySchema,
        response: { 200: SavedViewSchema, ...errors },
      },
    },
    async (request) =>
      service.updateView(
        memberContext(request, db),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/views/:id',
    {
      schema: {
        operationId: 'deleteSavedView',
        tags,
        summary: 'Delete a view (its owner; a shared view also the project lead or an admin)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteView(memberContext(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
