import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatePipelineBodySchema,
  CreateStageBodySchema,
  IdParamsSchema,
  PipelineListSchema,
  PipelineSchema,
  ProblemSchema,
  StageParamsSchema,
  UpdatePipelineBodySchema,
  UpdateStageBodySchema,
} from '@meridian/contracts';
import { Type } from 'typebox';
import { memberContext } from '#platform/context/from-request.ts';
import { expectedVersion } from '#platform/http/versioning.ts';
import type { PipelinesService } from './service.ts';

const tags = ['pipelines'];
const errors = { '4xx': ProblemSchema };

export const pipelineRoutes: FastifyPluginAsyncTypebox<{ service: PipelinesService }> = async (app, { service }) => {
  const { db } = app.platform.database;
  const ctx = (request: Parameters<typeof memberContext>[0]) => memberContext(request, db);

  app.get(
    '/pipelines',
    {
      schema: {
        operationId: 'listPipelines',
        tags,
        summary: 'The organisation’s pipelines, default first, each with its ordered stages',
        response: { 200: PipelineListSchema, ...errors },
      },
    },
    async (request) => service.listPipelines(ctx(request)),
  );

  app.post(
    '/pipelines',
    {
      schema: {
        operationId: 'createPipeline',
        tags,
        summary: 'Create a pipeline with its stages (admins); exactly one won and at least one lost stage',
        body: CreatePipelineBodySchema,
        response: { 201: PipelineSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createPipeline(ctx(request), request.body)),
  );

  app.get(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'getPipeline',
        tags,
        summary: 'One pipeline with its stages',
        params: IdParamsSchema,
        response: { 200: PipelineSchema, ...errors },
      },
    },
    async (request) => service.getPipeline(ctx(request), request.params.id),
  );

  app.patch(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'updatePipeline',
        tags,
        summary: 'Rename, reorder or make default a pipeline (admins)',
        params: IdParamsSchema,
        body: UpdatePipelineBodySchema,
        response: { 200: PipelineSchema, ...errors },
      },
    },
    async (request) =>
      service.updatePipeline(
        ctx(request),
        request.params.id,
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'deletePipeline',
        tags,
        summary: 'Delete a pipeline that never held a deal and is not the default (admins); otherwise 409',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await service.deletePipeline(ctx(request), request.params.id, expectedVersion(request, undefined));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/pipelines/:id/stages',
    {
      schema: {
        operationId: 'createPipelineStage',
        tags,
        summary: 'Add a stage to a pipeline (admins); answers the pipeline',
        params: IdParamsSchema,
        body: CreateStageBodySchema,
        response: { 201: PipelineSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createStage(ctx(request), request.params.id, request.body)),
  );

  app.patch(
    '/pipelines/:id/stages/:stageId',
    {
      schema: {
        operationId: 'updatePipelineStage',
        tags,
        summary: 'Change or move a stage (admins); answers the pipeline',
        params: StageParamsSchema,
        body: UpdateStageBodySchema,
        response: { 200: PipelineSchema, ...errors },
      },
    },
    async (request) =>
      service.updateStage(
        ctx(request),
        { pipelineId: request.params.id, stageId: request.params.stageId },
        request.body,
        expectedVersion(request, request.body.version),
      ),
  );

  app.delete(
    '/pipelines/:id/stages/:stageId',
    {
      schema: {
        operationId: 'deletePipelineStage',
        tags,
        summary: 'Delete a stage no deal is or was in (admins); answers the pipeline',
        params: StageParamsSchema,
        response: { 200: PipelineSchema, ...errors },
      },
    },
    async (request) =>
      service.deleteStage(ctx(request), { pipelineId: request.params.id, stageId: request.params.stageId }),
  );
};
