import type { CreatePipelineBody, Pipeline, UpdatePipelineBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCanManagePipelines } from '../policy.ts';
import {
  clearDefaultPipeline,
  deletePipeline as deletePipelineRow,
  hasDeals,
  insertPipeline,
  insertStages,
  isPipelineNameTaken,
  listPipelines,
  lockPipeline,
  updatePipelineVersioned,
} from '../queries.ts';
import { assertStageSet, defaultStages } from '../rules.ts';
import type { PipelinesDeps } from './deps.ts';
import { ensureDefaultPipeline, presentPipeline, requirePipeline, stageRows } from './shared.ts';

async function assertNameFree(ctx: RequestContext, name: string, exceptId: string | null) {
  if (!(await isPipelineNameTaken(ctx.db, ctx.orgId, name, exceptId))) return;
  throw new AppError('already_exists', {
    fields: [fieldError('name', 'taken', 'A pipeline with this name already exists')],
  });
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
  return trimmed;
}

/** Creates a pipeline with its stages (the default ones when none are given); admins only. */
export async function createPipeline(
  deps: PipelinesDeps,
  ctx: RequestContext,
  input: CreatePipelineBody,
): Promise<Pipeline> {
  assertCanManagePipelines(ctx.actor);
  const name = cleanName(input.name);
  const stages = input.stages
    ? input.stages.map((s) => ({
        name: s.name.trim(),
        probability: s.probability,
        kind: s.kind ?? 'open',
        stallDays: s.stallDays ?? null,
      }))
    : defaultStages(ctx.locale);
  assertStageSet(
    stages.map((s) => s.kind),
    'stages',
  );
  await ensureDefaultPipeline(deps.clock, ctx);
  return withTx(ctx, async (tx) => {
    await assertNameFree(tx, name, null);
    if (input.isDefault) await clearDefaultPipeline(tx.db, ctx.orgId);
    const id = newId();
    const now = deps.clock.now();
    const position = (await listPipelines(tx.db, ctx.orgId)).length;
    await insertPipeline(tx.db, {
      orgId: ctx.orgId,
      id,
      name,
      isDefault: input.isDefault ?? false,
      position,
      createdAt: now,
    });
    await insertStages(tx.db, stageRows(ctx.orgId, id, stages, now));
    const changes = { name: { from: null, to: name }, stages: { from: null, to: stages.map((s) => s.name) } };
    await recordAudit(
      tx.db,
      tx,
      { action: 'pipeline.created', targetType: 'pipeline', targetId: id, targetLabel: name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'pipeline.changed', payload: { pipelineId: id } });
    return presentPipeline(tx, id);
  });
}

/** Renames, reorders or makes a pipeline the default; a stale version answers 409. */
export async function updatePipeline(
  deps: PipelinesDeps,
  ctx: RequestContext,
  id: string,
  input: UpdatePipelineBody,
  version: number | undefined,
): Promise<Pipeline> {
  return withTx(ctx, async (tx) => {
    await lockPipeline(tx.db, ctx.orgId, id);
    const before = await requirePipeline(tx, id);
    assertCanManagePipelines(ctx.actor);
    if (version !== undefined && version !== before.version) throw versionConflict(await presentPipeline(tx, id));
    const next = {
      name: input.name === undefined ? before.name : cleanName(input.name),
      isDefault: input.isDefault ?? before.isDefault,
      position: input.position ?? before.position,
    };
    const changes = diffFields(before, { ...before, ...next }, ['name', 'isDefault', 'position']);
    if (Object.keys(changes).length === 0) return presentPipeline(tx, id);
    if (changes.name) await assertNameFree(tx, next.name, id);
    if (changes.isDefault) await clearDefaultPipeline(tx.db, ctx.orgId);
    if (!(await updatePipelineVersioned(tx.db, ctx.orgId, id, changes.isDefault ? undefined : version, next))) {
      throw versionConflict(await presentPipeline(tx, id));
    }
    const now = deps.clock.now();
    await recordAudit(
      tx.db,
      tx,
      { action: 'pipeline.updated', targetType: 'pipeline', targetId: id, targetLabel: next.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'pipeline.changed', payload: { pipelineId: id } });
    return presentPipeline(tx, id);
  });
}

/** Deletes a pipeline that never held a deal and is not the default; otherwise 409. */
export async function deletePipeline(
  deps: PipelinesDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    await lockPipeline(tx.db, ctx.orgId, id);
    const before = await requirePipeline(tx, id);
    assertCanManagePipelines(ctx.actor);
    if (version !== undefined && version !== before.version) throw versionConflict(await presentPipeline(tx, id));
    if (before.isDefault) throw new AppError('conflict', { detail: 'Make another pipeline the default first' });
    if (await hasDeals(tx.db, ctx.orgId, { pipelineId: id })) {
      throw new AppError('conflict', { detail: 'This pipeline holds deals; it cannot be deleted' });
    }
    await deletePipelineRow(tx.db, ctx.orgId, id);
    const changes = {
      name: { from: before.name, to: null },
      stages: { from: before.stages.map((s) => s.name), to: null },
    };
    await recordAudit(
      tx.db,
      tx,
      { action: 'pipeline.deleted', targetType: 'pipeline', targetId: id, targetLabel: before.name, changes },
      deps.clock.now(),
    );
    await addOutboxEvent(tx.db, tx, { type: 'pipeline.changed', payload: { pipelineId: id } });
  });
}
