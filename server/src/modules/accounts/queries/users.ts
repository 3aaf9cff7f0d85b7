import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { users } from '#db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertUser(db: Executor, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

/** Updates when the version matches; no row back means someone else changed it first. */
export async function updateUserVersioned(
  db: Executor,
  id: string,
  version: number | undefined,
  patch: Partial<Pick<UserRow, 'name' | 'avatarColor' | 'locale' | 'timeZone' | 'passwordHash'>>,
  at: Date,
): Promise<UserRow | null> {
  const where = version === undefined ? eq(users.id, id) : and(eq(users.id, id), eq(users.version, version));
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: at, version: sql`${users.version} + 1` })
    .where(where)
    .returning();
  return row ?? null;
}
