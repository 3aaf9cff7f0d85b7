import type { CreateStageBody, Pipeline, StageKind, UpdateStageBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCanManagePipelines } from '../policy.ts';
import {
  deleteStage as deleteStageRow,
  hasDeals,
  insertStages,
  lockPipeline,
  type PipelineRow,
  type StageRow,
  stageInHistory,
  syncDealStageKind,
  updateStage as updateStageRow,
} from '../queries.ts';
import { assertStageSet, moveTo } from '../rules.ts';
import type { PipelinesDeps } from './deps.ts';
import { presentPipeline, requirePipeline } from './shared.ts';

export type StageRef = { pipelineId: string; stageId: string };

const STAGE_FIELDS = ['name', 'probability', 'kind', 'stallDays', 'position'] as const;

/** Writes the positions 0…n−1 of the given order where they changed. */
async function renumber(ctx: RequestContext, ordered: StageRow[]): Promise<void> {
  for (const [position, stage] of ordered.entries()) {
    if (stage.position !== position) await updateStageRow(ctx.db, ctx.orgId, stage.id, { position }, false);
  }
}

async function audit(
  deps: PipelinesDeps,
  ctx: RequestContext,
  pipeline: PipelineRow,
  action: string,
  stageId: string,
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  await recordAudit(
    ctx.db,
    ctx,
    {
      action,
      targetType: 'pipeline',
      targetId: pipeline.id,
      targetLabel: pipeline.name,
      changes: { stageId: { from: stageId, to: stageId }, ...changes },
    },
    deps.clock.now(),
  );
  await addOutboxEvent(ctx.db, ctx, { type: 'pipeline.changed', payload: { pipelineId: pipeline.id } });
}

/** Adds a stage; without a position it goes before the closing (won/lost) stages. */
export async function createStage(
  deps: PipelinesDeps,
  ctx: RequestContext,
  pipelineId: string,
  input: CreateStageBody,
): Promise<Pipeline> {
  return withTx(ctx, async (tx) => {
    await lockPipeline(tx.db, ctx.orgId, pipelineId);
    const pipeline = await requirePipeline(tx, pipelineId);
    assertCanManagePipelines(ctx.actor);
    const kind: StageKind = input.kind ?? 'open';
    assertStageSet([...pipeline.stages.map((s) => s.kind), kind], 'kind');
    const firstClosing = pipeline.stages.findIndex((s) => s.kind !== 'open');
    const at = input.position ?? (firstClosing < 0 ? pipeline.stages.length : firstClosing);
    const id = newId();
    const row = { name: input.name.trim(), probability: input.probability, kind, stallDays: input.stallDays ?? null };
    await insertStages(tx.db, [
      { orgId: ctx.orgId, id, pipelineId, position: pipeline.stages.length, ...row, createdAt: deps.clock.now() },
    ]);
    const created: StageRow = { id, pipelineId, position: pipeline.stages.length, version: 1, ...row };
    await renumber(tx, moveTo([...pipeline.stages, created], pipeline.stages.length, at));
    await audit(
      deps,
      tx,
      pipeline,
      'pipeline.stage_created',
      id,
      diffFields(null, row, ['name', 'probability', 'kind', 'stallDays']),
    );
    return presentPipeline(tx, pipelineId);
  });
}

/** Changes a stage; changing its kind keeps one won and at least one lost stage. */
export async function updateStage(
  deps: PipelinesDeps,
  ctx: RequestContext,
  ref: StageRef,
  input: UpdateStageBody,
  version: number | undefined,
): Promise<Pipeline> {
  return withTx(ctx, async (tx) => {
    await lockPipeline(tx.db, ctx.orgId, ref.pipelineId);
    const pipeline = await requirePipeline(tx, ref.pipelineId);
    const index = pipeline.stages.findIndex((s) => s.id === ref.stageId);
    const before = pipeline.stages[index];
    if (!before) throw notFound('No such stage in this pipeline');
    assertCanManagePipelines(ctx.actor);
    if (version !== undefined && version !== before.version)
      throw versionConflict(await presentPipeline(tx, ref.pipelineId));
    const next: StageRow = {
      ...before,
      name: input.name?.trim() ?? before.name,
      probability: input.probability ?? before.probability,
      kind: input.kind ?? before.kind,
      stallDays: input.stallDays === undefined ? before.stallDays : input.stallDays,
    };
    if (next.kind !== before.kind)
      assertStageSet(
        pipeline.stages.map((s) => (s.id === before.id ? next.kind : s.kind)),
        'kind',
      );
    const changes = diffFields(before, next, ['name', 'probability', 'kind', 'stallDays']);
    const moved = input.position !== undefined && input.position !== index;
    if (Object.keys(changes).length === 0 && !moved) return presentPipeline(tx, ref.pipelineId);
    const { name, probability, kind, stallDays } = next;
    await updateStageRow(tx.db, ctx.orgId, before.id, { name, probability, kind, stallDays }, true);
    if (changes.kind) await syncDealStageKind(tx.db, ctx.orgId, before.id, next.kind);
    if (moved) {
      await renumber(tx, moveTo(pipeline.stages, index, input.position!));
      changes.position = { from: index, to: input.position };
    }
    await audit(deps, tx, pipeline, 'pipeline.stage_updated', before.id, changes);
    return presentPipeline(tx, ref.pipelineId);
  });
}

/** Deletes a stage without deals; the rest keep one won and one lost stage. */
export async function deleteStage(deps: PipelinesDeps, ctx: RequestContext, ref: StageRef): Promise<Pipeline> {
  return withTx(ctx, async (tx) => {
    await lockPipeline(tx.db, ctx.orgId, ref.pipelineId);
    const pipeline = await requirePipeline(tx, ref.pipelineId);
    const before = pipeline.stages.find((s) => s.id === ref.stageId);
    if (!before) throw notFound('No such stage in this pipeline');
    assertCanManagePipelines(ctx.actor);
    const rest = pipeline.stages.filter((s) => s.id !== before.id);
    assertStageSet(
      rest.map((s) => s.kind),
      'stageId',
    );
    if (
      (await hasDeals(tx.db, ctx.orgId, { stageId: before.id })) ||
      (await stageInHistory(tx.db, ctx.orgId, before.id))
    ) {
      throw new AppError('conflict', { detail: 'Deals are or were in this stage; it cannot be deleted' });
    }
    await deleteStageRow(tx.db, ctx.orgId, before.id);
    await renumber(tx, rest);
    await audit(deps, tx, pipeline, 'pipeline.stage_deleted', before.id, diffFields(before, null, [...STAGE_FIELDS]));
    return presentPipeline(tx, ref.pipelineId);
  });
}
