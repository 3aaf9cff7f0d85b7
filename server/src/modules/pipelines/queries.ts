import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { dealStageHistory, deals, pipelineStages, pipelines } from '#db/schema/index.ts';

export type StageRow = {
  id: string;
  pipelineId: string;
  name: string;
  position: number;
  probability: number;
  kind: 'open' | 'won' | 'lost';
  stallDays: number | null;
  version: number;
};

export type PipelineRow = {
  id: string;
  name: string;
  isDefault: boolean;
  position: number;
  createdAt: Date;
  version: number;
  stages: StageRow[];
};

const pipelineColumns = {
  id: pipelines.id,
  name: pipelines.name,
  isDefault: pipelines.isDefault,
  position: pipelines.position,
  createdAt: pipelines.createdAt,
  version: pipelines.version,
  // Stages in the same query, in board order. Outer columns qualified by hand (see teams/queries.ts).
  stages: sql<StageRow[]>`coalesce((
    select json_agg(json_build_object('id', s.id, 'pipelineId', s.pipeline_id, 'name', s.name, 'position', s.position,
      'probability', s.probability, 'kind', s.kind, 'stallDays', s.stall_days, 'version', s.version)
      order by s.position, s.id)
    from ${pipelineStages} s where s.org_id = ${pipelines}.org_id and s.pipeline_id = ${pipelines}.id), '[]'::json)`,
};

/** The organisation's pipelines (not archived), default first, each with its ordered stages. */
export async function listPipelines(db: Executor, orgId: string): Promise<PipelineRow[]> {
  return (await db
    .select(pipelineColumns)
    .from(pipelines)
    .where(and(eq(pipelines.orgId, orgId), sql`${pipelines.archivedAt} is null`))
    .orderBy(
      sql`${pipelines.isDefault} desc`,
      asc(pipelines.position),
      asc(pipelines.name),
      asc(pipelines.id),
    )) as PipelineRow[];
}

export async function findPipeline(db: Executor, orgId: string, id: string): Promise<PipelineRow | null> {
  const rows = await db
    .select(pipelineColumns)
    .from(pipelines)
    .where(and(eq(pipelines.orgId, orgId), eq(pipelines.id, id), sql`${pipelines.archivedAt} is null`))
    .limit(1);
  return (rows[0] as PipelineRow | undefined) ?? null;
}

/** The default pipeline, or null when the organisation has none yet. */
export async function findDefaultPipeline(db: Executor, orgId: string): Promise<PipelineRow | null> {
  const rows = await db
    .select(pipelineColumns)
    .from(pipelines)
    .where(and(eq(pipelines.orgId, orgId), eq(pipelines.isDefault, true)))
    .limit(1);
  return (rows[0] as PipelineRow | undefined) ?? null;
}

export async function hasAnyPipeline(db: Executor, orgId: string): Promise<boolean> {
  const rows = await db.select({ id: pipelines.id }).from(pipelines).where(eq(pipelines.orgId, orgId)).limit(1);
  return rows.length > 0;
}

/** Serialises structural changes to one pipeline (stage sets) for the rest of the transaction. */
export async function lockPipeline(db: Executor, orgId: string, id: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`pipeline:${orgId}:${id}`}))`);
}

/** Inserts a pipeline; with `ifNoDefault`, nothing happens (and false comes back) when a default exists. */
export async function insertPipeline(
  db: Executor,
  row: typeof pipelines.$inferInsert,
  options: { ifNoDefault?: boolean } = {},
): Promise<boolean> {
  const query = db.insert(pipelines).values(row);
  const inserted = options.ifNoDefault
    ? await query.onConflictDoNothing().returning({ id: pipelines.id })
    : await query.returning({ id: pipelines.id });
  return inserted.length > 0;
}

export async function insertStages(db: Executor, rows: (typeof pipelineStages.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(pipelineStages).values(rows);
}

export async function isPipelineNameTaken(db: Executor, orgId: string, name: string, exceptId: string | null) {
  const conditions = [eq(pipelines.orgId, orgId), eq(pipelines.name, name)];
  if (exceptId) conditions.push(ne(pipelines.id, exceptId));
  const rows = await db
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

export async function clearDefaultPipeline(db: Executor, orgId: string): Promise<void> {
  await db
    .update(pipelines)
    .set({ isDefault: false, version: sql`${pipelines.version} + 1` })
    .where(and(eq(pipelines.orgId, orgId), eq(pipelines.isDefault, true)));
}

/** Updates when the version matches; false means someone else changed it first. */
export async function updatePipelineVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<{ name: string; isDefault: boolean; position: number }>,
): Promise<boolean> {
  const conditions = [eq(pipelines.orgId, orgId), eq(pipelines.id, id)];
  if (version !== undefined) conditions.push(eq(pipelines.version, version));
  const rows = await db
    .update(pipelines)
    .set({ ...patch, version: sql`${pipelines.version} + 1` })
    .where(and(...conditions))
    .returning({ id: pipelines.id });
  return rows.length > 0;
}

/** Deletes the pipeline; its stages go with it (ON DELETE CASCADE). */
export async function deletePipeline(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(pipelines).where(and(eq(pipelines.orgId, orgId), eq(pipelines.id, id)));
}

/** Whether any deal (deleted ones included: their history points at the stages) uses the pipeline or stage. */
export async function hasDeals(db: Executor, orgId: string, where: { pipelineId?: string; stageId?: string }) {
  const conditions = [eq(deals.orgId, orgId)];
  if (where.pipelineId) conditions.push(eq(deals.pipelineId, where.pipelineId));
  if (where.stageId) conditions.push(eq(deals.stageId, where.stageId));
  const rows = await db
    .select({ id: deals.id })
    .from(deals)
    .where(and(...conditions))
    .limit(1);
  return rows.length > 0;
}

/** Writes every stage's position (and other changed columns) of a pipeline after a reorder. */
/** Whether any deal ever entered the stage: its history would lose the stage. */
export async function stageInHistory(db: Executor, orgId: string, stageId: string): Promise<boolean> {
  const rows = await db
    .select({ id: dealStageHistory.id })
    .from(dealStageHistory)
    .where(and(eq(dealStageHistory.orgId, orgId), eq(dealStageHistory.toStageId, stageId)))
    .limit(1);
  return rows.length > 0;
}

export async function updateStage(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Pick<StageRow, 'name' | 'position' | 'probability' | 'kind' | 'stallDays'>>,
  bumpVersion: boolean,
): Promise<void> {
  await db
    .update(pipelineStages)
    .set(bumpVersion ? { ...patch, version: sql`${pipelineStages.version} + 1` } : patch)
    .where(and(eq(pipelineStages.orgId, orgId), eq(pipelineStages.id, id)));
}

export async function deleteStage(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(pipelineStages).where(and(eq(pipelineStages.orgId, orgId), eq(pipelineStages.id, id)));
}

/** Keeps deals' mirrored stage kind in step when a stage changes kind. */
export async function syncDealStageKind(db: Executor, orgId: string, stageId: string, kind: string): Promise<void> {
  await db
    .update(deals)
    .set({ stageKind: kind })
    .where(and(eq(deals.orgId, orgId), eq(deals.stageId, stageId)));
}
