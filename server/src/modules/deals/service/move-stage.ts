import type { Deal, MoveDealStageBody } from '@meridian/contracts';
import { findPipeline } from '#modules/pipelines/index.ts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCanDeal } from '../policy.ts';
import { insertStageHistory, updateDealVersioned } from '../queries/deal-writes.ts';
import type { DealsDeps } from './deps.ts';
import { presentDeal, requireDeal, scopeOf } from './shared.ts';

/**
 * Moves a deal to another stage of its pipeline and records it in the stage history. Won and
 * lost close the deal (a lost stage needs the reason); an open stage reopens it. The stage's
 * probability applies again unless the body keeps one of its own.
 */
export async function moveDealStage(
  deps: DealsDeps,
  ctx: RequestContext,
  id: string,
  input: MoveDealStageBody,
): Promise<Deal> {
  const scope = await scopeOf(ctx);
  return withTx(ctx, async (tx) => {
    const before = await requireDeal(tx, id, scope);
    assertCanDeal(ctx.actor, before, 'moveStage');
    if (input.version !== undefined && input.version !== before.version)
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    const pipeline = await findPipeline(tx.db, ctx.orgId, before.pipelineId);
    const stage = pipeline?.stages.find((s) => s.id === input.stageId);
    if (!stage) {
      throw new AppError('validation_failed', {
        fields: [fieldError('stageId', 'invalid', 'Choose a stage of the deal’s pipeline')],
      });
    }
    const lostReason = input.lostReason?.trim() ?? '';
    if (stage.kind === 'lost' && !lostReason) {
      throw new AppError('validation_failed', {
        fields: [fieldError('lostReason', 'required', 'Say why the deal was lost')],
      });
    }
    if (stage.id === before.stageId && (stage.kind !== 'lost' || lostReason === before.lostReason)) {
      return presentDeal(deps, tx, id, scope);
    }
    const now = deps.clock.now();
    const patch = {
      stageId: stage.id,
      stageKind: stage.kind,
      stageEnteredAt: now,
      closedAt: stage.kind === 'open' ? null : now,
      lostReason: stage.kind === 'lost' ? lostReason : '',
      probabilityOverride: input.probabilityOverride ?? null,
      updatedAt: now,
    };
    if (!(await updateDealVersioned(tx.db, ctx.orgId, id, input.version, patch))) {
      throw versionConflict(await presentDeal(deps, tx, id, scope));
    }
    await insertStageHistory(tx.db, {
      orgId: ctx.orgId,
      id: newId(),
      dealId: id,
      fromStageId: before.stageId,
      toStageId: stage.id,
      at: now,
      byId: ctx.actor.userId,
      amountMinor: Number(before.amountMinor),
      currency: before.currency,
      lostReason: patch.lostReason,
    });
    const changes: Record<string, { from: unknown; to: unknown }> = {
      stage: { from: before.stageName, to: stage.name },
      stageId: { from: before.stageId, to: stage.id },
    };
    if (patch.lostReason !== before.lostReason) changes.lostReason = { from: before.lostReason, to: patch.lostReason };
    await recordAudit(
      tx.db,
      tx,
      { action: 'deal.stage_changed', targetType: 'deal', targetId: id, targetLabel: before.name, changes },
      now,
    );
    const base = { dealId: id, pipelineId: before.pipelineId };
    await addOutboxEvent(tx.db, tx, {
      type: 'deal.stage_changed',
      payload: { ...base, fromStageId: before.stageId, toStageId: stage.id },
    });
    if (stage.kind === 'won' && before.stageKind !== 'won') {
      await addOutboxEvent(tx.db, tx, { type: 'deal.won', payload: { ...base, ownerId: before.ownerId } });
    }
    if (stage.kind === 'lost' && before.stageKind !== 'lost') {
      await addOutboxEvent(tx.db, tx, { type: 'deal.lost', payload: { ...base, ownerId: before.ownerId } });
    }
    return presentDeal(deps, tx, id, scope);
  });
}
