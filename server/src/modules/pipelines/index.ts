import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pipelineRoutes } from './routes.ts';
import { createPipelinesService } from './service.ts';

export { pipelineAbilities } from './policy.ts';
export { toPipelineDto, toStageDto } from './presenter.ts';
export { findDefaultPipeline, findPipeline, type PipelineRow, type StageRow } from './queries.ts';
export { ensureDefaultPipeline } from './service/shared.ts';

/** Pipelines module: sales pipelines and their stages, under /api/v1/pipelines. */
export const pipelinesModule = fp(async (app: FastifyInstance) => {
  const service = createPipelinesService({ clock: app.platform.clock });
  await app.register(pipelineRoutes, { prefix: '/api/v1', service });
});
