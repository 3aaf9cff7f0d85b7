import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateDealBodySchema,
  DealListSchema,
  DealSchema,
  DealStageHistorySchema,
  IdParamsSchema,
  ListDealsQuerySchema,
  MoveDealStageBodySchema,
  PipelineBoardQuerySchema,
  PipelineBoardSchema,
  ProblemSchema,
  UpdateDealBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { DealsService } from './service.ts';

const tags = ['deals'];
const errors = { '4xx': ProblemSchema };

export const dealRoutes: FastifyPluginAsyncTypebox<{ service: DealsService }> = async (app, { service }) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/deals',
    {
      schema: {
        operationId: 'listDeals',
        tags,
        summary: 'The deals the actor may see, filtered and sorted, with the total that match',
        querystring: ListDealsQuerySchema,
        response: { 200: DealListSchema, ...errors },
      },
    },
    async (request) => service.listDeals(ctx(request), request.query),
  );

  app.post(
    '/deals',
    {
      schema: {
        operationId: 'createDeal',
        tags,
        summary: 'Create a deal for a customer; with line items the amount is their sum',
        body: CreateDealBodySchema,
        response: { 201: DealSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createDeal(ctx(request), request.body)),
  );

  app.get(
    '/deals/:id',
    {
      schema: {
        operationId: 'getDeal',
        tags,
        summary: 'One deal with its line items',
        params: IdParamsSchema,
        response: { 200: DealSchema, ...errors },
      },
    },
    async (request) => service.getDeal(ctx(request), request.params.id),
  );

  app.patch(
    '/deals/:id',
    {
      schema: {
        operationId: 'updateDeal',
        tags,
        summary: 'Change a deal; If-Match or body version guards against lost updates',
        params: IdParamsSchema,
        body: UpdateDealBodySchema,
        response: { 200: DealSchema, ...errors },
      },
    },
    async (request) =>
      service.updateDeal(ctx(request), request.params.id, request.body, expectedVersion(request, request.body.version)),
  );

  app.delete(
    '/deals/:id',
    {
      schema: {
        operationId: 'deleteDeal',
        tags,
        summary: 'Delete a deal (its owner, managers and admins)',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deleteDeal(ctx(request), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/deals/:id/stage',
    {
      schema: {
        operationId: 'moveDealStage',
        tags,
        summary: 'Move a deal to another stage of its pipeline; a lost stage needs lostReason',
        params: IdParamsSchema,
        body: MoveDealStageBodySchema,
        response: { 200: DealSchema, ...errors },
      },
    },
    async (request) =>
      service.moveDealStage(ctx(request), request.params.id, {
        ...request.body,
        version: expectedVersion(request, request.body.version),
      }),
  );

  app.get(
    '/deals/:id/history',
    {
      schema: {
        operationId: 'getDealHistory',
        tags,
        summary: 'The stages the deal went through, oldest first',
        params: IdParamsSchema,
        response: { 200: DealStageHistorySchema, ...errors },
      },
    },
    async (request) => service.getDealHistory(ctx(request), request.params.id),
  );

  app.get(
    '/pipelines/:id/board',
    {
      schema: {
        operationId: 'getPipelineBoard',
        tags,
        summary: 'The pipeline board: per stage the count, total and weighted total, and the first cards',
        params: IdParamsSchema,
        querystring: PipelineBoardQuerySchema,
        response: { 200: PipelineBoardSchema, ...errors },
      },
    },
    async (request) => service.getPipelineBoard(ctx(request), request.params.id, request.query),
  );
};
