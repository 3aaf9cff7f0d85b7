import { and, eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { undoActions } from '#db/schema/index.ts';

export async function insertUndoAction(
  db: Executor,
  row: { orgId: string; id: string; userId: string; kind: string; payload: unknown; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(undoActions).values(row);
}

/** The undo action under a row lock, so it can be used only once. */
export async function findUndoActionForUpdate(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(undoActions)
    .where(and(eq(undoActions.orgId, orgId), eq(undoActions.id, id)))
    .for('update');
  return row ?? null;
}

export async function markUndoUsed(db: Executor, orgId: string, id: string, at: Date): Promise<void> {
  await db
    .update(undoActions)
    .set({ usedAt: at })
    .where(and(eq(undoActions.orgId, orgId), eq(undoActions.id, id)));
}
