import type { Pipeline } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { pipelineAbilities } from '../policy.ts';
import { toPipelineDto } from '../presenter.ts';
import { listPipelines as listPipelineRows } from '../queries.ts';
import type { PipelinesDeps } from './deps.ts';
import { ensureDefaultPipeline, presentPipeline } from './shared.ts';

/** The organisation's pipelines with their ordered stages; the first read creates the default one. */
export async function listPipelines(deps: PipelinesDeps, ctx: RequestContext): Promise<{ items: Pipeline[] }> {
  await ensureDefaultPipeline(deps.clock, ctx);
  const abilities = pipelineAbilities(ctx.actor);
  const rows = await listPipelineRows(ctx.db, ctx.orgId);
  return { items: rows.map((row) => toPipelineDto(row, { abilities })) };
}

export async function getPipeline(_deps: PipelinesDeps, ctx: RequestContext, id: string): Promise<Pipeline> {
  return presentPipeline(ctx, id);
}
