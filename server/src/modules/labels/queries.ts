import { and, asc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { labels } from '#db/schema/index.ts';

export type LabelRow = { id: string; projectId: string | null; name: string; color: string; version: number };

const columns = {
  id: labels.id,
  projectId: labels.projectId,
  name: labels.name,
  color: labels.color,
  version: labels.version,
};

/** The organisation's labels, and a project's own ones when a project is given. */
export async function listLabelRows(db: Executor, orgId: string, projectId: string | null): Promise<LabelRow[]> {
  const scope: SQL = projectId
    ? or(isNull(labels.projectId), eq(labels.projectId, projectId))!
    : isNull(labels.projectId);
  return db
    .select(columns)
    .from(labels)
    .where(and(eq(labels.orgId, orgId), scope))
    .orderBy(sql`${labels.projectId} is not null`, asc(labels.name), asc(labels.id))
    .limit(500);
}

export async function findLabelRow(db: Executor, orgId: string, id: string): Promise<LabelRow | null> {
  const rows = await db
    .select(columns)
    .from(labels)
    .where(and(eq(labels.orgId, orgId), eq(labels.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function isLabelNameTaken(
  db: Executor,
  orgId: string,
  projectId: string | null,
  name: string,
  exceptId: string | null,
) {
  const rows = await db
    .select({ id: labels.id })
    .from(labels)
    .where(
      and(
        eq(labels.orgId, orgId),
        projectId ? eq(labels.projectId, projectId) : isNull(labels.projectId),
        sql`lower(${labels.name}) = lower(${name})`,
        exceptId ? sql`${labels.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function insertLabel(db: Executor, row: typeof labels.$inferInsert): Promise<void> {
  await db.insert(labels).values(row);
}

export async function updateLabelVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: { name: string; color: string },
): Promise<boolean> {
  const conditions = [eq(labels.orgId, orgId), eq(labels.id, id)];
  if (version !== undefined) conditions.push(eq(labels.version, version));
  const rows = await db
    .update(labels)
    .set({ ...patch, version: sql`${labels.version} + 1` })
    .where(and(...conditions))
    .returning({ id: labels.id });
  return rows.length > 0;
}

/** Deletes a label and takes it off every task that carries it (GIN index on label_ids). */
export async function deleteLabelRow(db: Executor, orgId: string, id: string): Promise<void> {
  await db.execute(sql`update tasks set label_ids = array_remove(label_ids, ${id}::uuid)
    where org_id = ${orgId} and label_ids @> array[${id}::uuid]`);
  await db.delete(labels).where(and(eq(labels.orgId, orgId), eq(labels.id, id)));
}
