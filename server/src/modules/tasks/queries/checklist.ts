import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { checklistItems } from '#db/schema/index.ts';

const columns = {
  id: checklistItems.id,
  title: checklistItems.title,
  isDone: checklistItems.isDone,
  rank: checklistItems.rank,
};
const rankC = sql`${checklistItems.rank} collate "C"`;

export async function findChecklistItem(db: Executor, orgId: string, taskId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(checklistItems)
    .where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.taskId, taskId), eq(checklistItems.id, id)));
  return row ?? null;
}

/** The rank next to `rank` in a task's checklist (`next` above, `previous` below), or null at the end. */
export async function checklistNeighbourRank(
  db: Executor,
  orgId: string,
  taskId: string,
  rank: string | null,
  direction: 'next' | 'previous',
  exceptId: string | null,
): Promise<string | null> {
  const [row] = await db
    .select({ rank: checklistItems.rank })
    .from(checklistItems)
    .where(
      and(
        eq(checklistItems.orgId, orgId),
        eq(checklistItems.taskId, taskId),
        exceptId ? sql`${checklistItems.id} <> ${exceptId}::uuid` : undefined,
        rank === null ? undefined : direction === 'next' ? sql`${rankC} > ${rank}` : sql`${rankC} < ${rank}`,
      ),
    )
    .orderBy(direction === 'next' ? asc(rankC) : desc(rankC))
    .limit(1);
  return row?.rank ?? null;
}

export async function countChecklistItems(db: Executor, orgId: string, taskId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(checklistItems)
    .where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.taskId, taskId)));
  return Number(row?.count ?? 0);
}

export async function insertChecklistItem(db: Executor, row: typeof checklistItems.$inferInsert) {
  await db.insert(checklistItems).values(row);
}

export async function updateChecklistItem(
  db: Executor,
  orgId: string,
  id: string,
  patch: { title?: string; isDone?: boolean; rank?: string },
) {
  const [row] = await db
    .update(checklistItems)
    .set(patch)
    .where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.id, id)))
    .returning(columns);
  return row ?? null;
}

export async function deleteChecklistItem(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(checklistItems).where(and(eq(checklistItems.orgId, orgId), eq(checklistItems.id, id)));
}
