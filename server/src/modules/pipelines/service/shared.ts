import type { Pipeline } from '@meridian/contracts';
import type { Clock } from '#platform/clock/clock.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { pipelineAbilities } from '../policy.ts';
import { toPipelineDto } from '../presenter.ts';
import { findPipeline, hasAnyPipeline, insertPipeline, insertStages, type PipelineRow } from '../queries.ts';
import { defaultPipelineName, defaultStages, type StageShape } from '../rules.ts';

export async function presentPipeline(ctx: RequestContext, id: string): Promise<Pipeline> {
  const row = await findPipeline(ctx.db, ctx.orgId, id);
  if (!row) throw notFound('No such pipeline');
  return toPipelineDto(row, { abilities: pipelineAbilities(ctx.actor) });
}

/** A pipeline of the organisation with its stages, or 404. */
export async function requirePipeline(ctx: RequestContext, id: string): Promise<PipelineRow> {
  const row = await findPipeline(ctx.db, ctx.orgId, id);
  if (!row) throw notFound('No such pipeline');
  return row;
}

export function stageRows(orgId: string, pipelineId: string, stages: StageShape[], now: Date) {
  return stages.map((s, position) => ({ orgId, id: newId(), pipelineId, position, ...s, createdAt: now }));
}

/**
 * Gives an organisation without any pipeline the default one, in the actor's language. Safe
 * under concurrency: the partial unique index on the default lets only one insert win, and
 * the loser adds no stages.
 */
export async function ensureDefaultPipeline(clock: Clock, ctx: RequestContext): Promise<void> {
  if (await hasAnyPipeline(ctx.db, ctx.orgId)) return;
  await withTx(ctx, async (tx) => {
    const id = newId();
    const now = clock.now();
    const name = defaultPipelineName(ctx.locale);
    const inserted = await insertPipeline(
      tx.db,
      { orgId: ctx.orgId, id, name, isDefault: true, position: 0, createdAt: now },
      { ifNoDefault: true },
    );
    if (inserted) await insertStages(tx.db, stageRows(ctx.orgId, id, defaultStages(ctx.locale), now));
  });
}
