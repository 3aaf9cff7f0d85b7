import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { tasks, timeEntries, users } from '#db/schema/index.ts';

export type TimeEntryRow = {
  id: string;
  taskId: string;
  userId: string;
  userName: string | null;
  userColor: string | null;
  day: string;
  minutes: number;
  note: string;
  createdAt: Date;
};

const columns = {
  id: timeEntries.id,
  taskId: timeEntries.taskId,
  userId: timeEntries.userId,
  userName: users.name,
  userColor: users.avatarColor,
  day: timeEntries.day,
  minutes: timeEntries.minutes,
  note: timeEntries.note,
  createdAt: timeEntries.createdAt,
};

/** One page of the task's entries, latest day first (then newest first), with their authors. */
export async function listTimeEntries(
  db: Executor,
  orgId: string,
  taskId: string,
  page: { limit: number; after: [string, string] | null },
): Promise<TimeEntryRow[]> {
  const conditions = [eq(timeEntries.orgId, orgId), eq(timeEntries.taskId, taskId)];
  if (page.after) {
    conditions.push(sql`(${timeEntries.day}, ${timeEntries.id}) < (${page.after[0]}::date, ${page.after[1]}::uuid)`);
  }
  return db
    .select(columns)
    .from(timeEntries)
    .leftJoin(users, eq(users.id, timeEntries.userId))
    .where(and(...conditions))
    .orderBy(desc(timeEntries.day), desc(timeEntries.id))
    .limit(page.limit + 1);
}

export async function findTimeEntry(
  db: Executor,
  orgId: string,
  taskId: string,
  id: string,
): Promise<TimeEntryRow | null> {
  const [row] = await db
    .select(columns)
    .from(timeEntries)
    .leftJoin(users, eq(users.id, timeEntries.userId))
    .where(and(eq(timeEntries.orgId, orgId), eq(timeEntries.taskId, taskId), eq(timeEntries.id, id)))
    .limit(1);
  return row ?? null;
}

/**
 * Locks the task row until the transaction ends, so that concurrent entries on one task
 * each see the others' minutes when the sum is taken.
 */
export async function lockTask(db: Executor, orgId: string, taskId: string): Promise<void> {
  await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId)))
    .for('no key update');
}

export async function insertTimeEntry(db: Executor, row: typeof timeEntries.$inferInsert): Promise<void> {
  await db.insert(timeEntries).values(row);
}

export async function deleteTimeEntry(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(timeEntries).where(and(eq(timeEntries.orgId, orgId), eq(timeEntries.id, id)));
}

/** Sets the task's logged minutes from the sum of its entries (never incremented); returns the old and new sums. */
export async function refreshLoggedMinutes(
  db: Executor,
  orgId: string,
  taskId: string,
): Promise<{ before: number; after: number }> {
  const [before] = await db
    .select({ minutes: tasks.loggedMinutes })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId)));
  const [after] = await db
    .update(tasks)
    .set({
      loggedMinutes: sql`(select coalesce(sum(te.minutes), 0)::int from ${timeEntries} te where te.org_id = ${orgId} and te.task_id = ${taskId})`,
    })
    .where(and(eq(tasks.orgId, orgId), eq(tasks.id, taskId)))
    .returning({ minutes: tasks.loggedMinutes });
  return { before: before?.minutes ?? 0, after: after?.minutes ?? 0 };
}
