import type { CreateDealBody, Deal } from '@meridian/contracts';
import {
  ensureDefaultPipeline,
  findDefaultPipeline,
  findPipeline,
  type PipelineRow,
} from '#modules/pipelines/index.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { assertCanCreateDeal } from '../policy.ts';
import { insertDeal, insertStageHistory, replaceLineItems } from '../queries/deal-writes.ts';
import { findVisibleCustomer } from '../queries/references.ts';
import type { DealsDeps } from './deps.ts';
import { assertOwnerAndTeam, DEAL_FIELDS, presentDeal, priceLines, scopeOf } from './shared.ts';

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', { fields: [fieldError(field, 'invalid', message)] });

/** The pipeline a new deal goes into: the one named, else the default (created on first use). */
async function pipelineFor(deps: DealsDeps, ctx: RequestContext, pipelineId: string | undefined): Promise<PipelineRow> {
  if (pipelineId) {
    const pipeline = await findPipeline(ctx.db, ctx.orgId, pipelineId);
    if (!pipeline) throw invalid('pipelineId', 'No such pipeline');
    return pipeline;
  }
  await ensureDefaultPipeline(deps.clock, ctx);
  const pipeline = await findDefaultPipeline(ctx.db, ctx.orgId);
  if (!pipeline) throw invalid('pipelineId', 'Choose a pipeline');
  return pipeline;
}

/**
 * Creates a deal for a customer the actor can see, in the given stage or the pipeline's first
 * open one; with line items the amount is their sum. The first history row records its start.
 */
export async function createDeal(deps: DealsDeps, ctx: RequestContext, input: CreateDealBody): Promise<Deal> {
  assertCanCreateDeal(ctx.actor);
  const scope = await scopeOf(ctx);
  const pipeline = await pipelineFor(deps, ctx, input.pipelineId);
  return withTx(ctx, async (tx) => {
    const customer = await findVisibleCustomer(tx.db, ctx.orgId, input.customerId, scope, ctx.actor.role);
    if (!customer) throw invalid('customerId', 'No such customer');
    const stage = input.stageId
      ? pipeline.stages.find((s) => s.id === input.stageId)
      : pipeline.stages.find((s) => s.kind === 'open');
    if (!stage) throw invalid('stageId', 'No such stage in this pipeline');
    const lostReason = input.lostReason?.trim() ?? '';
    if (stage.kind === 'lost' && !lostReason) {
      throw new AppError('validation_failed', {
        fields: [fieldError('lostReason', 'required', 'Say why the deal was lost')],
      });
    }
    const ownerId = input.ownerId === undefined ? ctx.actor.userId : input.ownerId;
    const teamId = input.teamId ?? null;
    await assertOwnerAndTeam(tx, ownerId, teamId);
    const lines = input.lineItems?.length ? priceLines(input.lineItems) : null;
    const id = newId();
    const now = deps.clock.now();
    const row = {
      name: input.name.trim(),
      amountMinor: lines ? lines.amountMinor : (input.amountMinor ?? 0),
      currency: input.currency ?? 'CNY',
      probabilityOverride: input.probabilityOverride ?? null,
      expectedCloseDate: input.expectedCloseDate ?? null,
      ownerId,
      teamId,
      source: input.source?.trim() ?? '',
      competitors: input.competitors ?? [],
      contactIds: [...new Set(input.contactIds ?? [])],
      nextStep: input.nextStep?.trim() ?? '',
      notes: input.notes ?? '',
    };
    if (!row.name)
      throw new AppError('validation_failed', { fields: [fieldError('name', 'too_short', 'Enter a name')] });
    await insertDeal(tx.db, {
      orgId: ctx.orgId,
      id,
      ...row,
      customerId: customer.id,
      pipelineId: pipeline.id,
      stageId: stage.id,
      stageKind: stage.kind,
      lostReason: stage.kind === 'lost' ? lostReason : '',
      searchTerms: documentTerms(row.name, customer.name),
      stageEnteredAt: now,
      closedAt: stage.kind === 'open' ? null : now,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (lines) await replaceLineItems(tx.db, ctx.orgId, id, lines.rows);
    await insertStageHistory(tx.db, {
      orgId: ctx.orgId,
      id: newId(),
      dealId: id,
      fromStageId: null,
      toStageId: stage.id,
      at: now,
      byId: ctx.actor.userId,
      amountMinor: row.amountMinor,
      currency: row.currency,
      lostReason: stage.kind === 'lost' ? lostReason : '',
    });
    const changes = {
      ...diffFields(null, row, [...DEAL_FIELDS]),
      customerId: { from: null, to: customer.id },
      stageId: { from: null, to: stage.id },
    };
    await recordAudit(
      tx.db,
      tx,
      { action: 'deal.created', targetType: 'deal', targetId: id, targetLabel: row.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, {
      type: 'deal.created',
      payload: { dealId: id, customerId: customer.id, pipelineId: pipeline.id, stageId: stage.id, ownerId },
    });
    // The creator sees what they made, even when they gave it to someone outside their view.
    return presentDeal(deps, tx, id, { kind: 'all', userId: ctx.actor.userId });
  });
}
