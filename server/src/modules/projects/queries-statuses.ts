import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { projectStatuses } from '#db/schema/index.ts';
import type { StatusRow } from './queries.ts';

const columns = {
  id: projectStatuses.id,
  name: projectStatuses.name,
  category: projectStatuses.category,
  position: projectStatuses.position,
  color: projectStatuses.color,
  wipLimit: projectStatuses.wipLimit,
  version: projectStatuses.version,
};

export async function listStatusRows(db: Executor, orgId: string, projectId: string): Promise<StatusRow[]> {
  return (await db
    .select(columns)
    .from(projectStatuses)
    .where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.projectId, projectId)))
    .orderBy(asc(projectStatuses.position), asc(projectStatuses.id))) as StatusRow[];
}

export type NewStatus = typeof projectStatuses.$inferInsert;

export async function insertStatuses(db: Executor, rows: NewStatus[]): Promise<void> {
  if (rows.length) await db.insert(projectStatuses).values(rows);
}

export async function updateStatusRow(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Pick<NewStatus, 'name' | 'category' | 'color' | 'wipLimit'>>,
): Promise<void> {
  await db
    .update(projectStatuses)
    .set({ ...patch, version: sql`${projectStatuses.version} + 1` })
    .where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.id, id)));
}

/** Writes positions 0…n-1 in the given order (only the rows whose position changes). */
export async function setStatusOrder(db: Executor, orgId: string, ordered: StatusRow[]): Promise<void> {
  for (const [position, status] of ordered.entries()) {
    if (status.position === position) continue;
    await db
      .update(projectStatuses)
      .set({ position })
      .where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.id, status.id)));
  }
}

export async function deleteStatusRow(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(projectStatuses).where(and(eq(projectStatuses.orgId, orgId), eq(projectStatuses.id, id)));
}
