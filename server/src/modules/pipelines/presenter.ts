import type { Pipeline, PipelineStage } from '@meridian/contracts';
import type { PipelineRow, StageRow } from './queries.ts';

export function toStageDto(row: StageRow): PipelineStage {
  return {
    id: row.id,
    pipelineId: row.pipelineId,
    name: row.name,
    position: row.position,
    probability: row.probability,
    kind: row.kind,
    stallDays: row.stallDays,
    version: row.version,
  };
}

export function toPipelineDto(row: PipelineRow, options: { abilities: Pipeline['abilities'] }): Pipeline {
  return {
    id: row.id,
    name: row.name,
    isDefault: row.isDefault,
    position: row.position,
    stages: row.stages.map(toStageDto),
    createdAt: new Date(row.createdAt).toISOString(),
    version: row.version,
    abilities: options.abilities,
  };
}
