import { bindDeps } from '#platform/service/bind-deps.ts';
import type { PipelinesDeps } from './service/deps.ts';
import { getPipeline, listPipelines } from './service/read.ts';
import { createStage, deleteStage, updateStage } from './service/stages.ts';
import { createPipeline, deletePipeline, updatePipeline } from './service/write.ts';

/** Pipelines: the organisation's sales pipelines and their ordered stages. */
export function createPipelinesService(deps: PipelinesDeps) {
  return {
    listPipelines: bindDeps(deps, listPipelines),
    getPipeline: bindDeps(deps, getPipeline),
    createPipeline: bindDeps(deps, createPipeline),
    updatePipeline: bindDeps(deps, updatePipeline),
    deletePipeline: bindDeps(deps, deletePipeline),
    createStage: bindDeps(deps, createStage),
    updateStage: bindDeps(deps, updateStage),
    deleteStage: bindDeps(deps, deleteStage),
  };
}

export type PipelinesService = ReturnType<typeof createPipelinesService>;
