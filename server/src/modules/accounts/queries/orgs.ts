import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { memberships, organizations } from '#db/schema/index.ts';

export type OrgRow = typeof organizations.$inferSelect;

export async function insertOrg(db: Executor, row: typeof organizations.$inferInsert): Promise<OrgRow> {
  const [created] = await db.insert(organizations).values(row).returning();
  return created!;
}

export async function findOrgById(db: Executor, id: string): Promise<OrgRow | null> {
  const rows = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function updateOrgVersioned(
  db: Executor,
  id: string,
  version: number | undefined,
  patch: Partial<Pick<OrgRow, 'name' | 'currency' | 'timeZone' | 'weekStart' | 'sessionIdleMinutes'>>,
  at: Date,
): Promise<OrgRow | null> {
  const where =
    version === undefined
      ? eq(organizations.id, id)
      : and(eq(organizations.id, id), eq(organizations.version, version));
  const [row] = await db
    .update(organizations)
    .set({ ...patch, updatedAt: at, version: sql`${organizations.version} + 1` })
    .where(where)
    .returning();
  return row ?? null;
}

/** The organisations where a user is an active member, with their role, by name. */
export async function listActiveOrgsOfUser(db: Executor, userId: string) {
  return db
    .select({ id: organizations.id, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .orderBy(asc(organizations.name));
}

export async function insertMembership(db: Executor, row: typeof memberships.$inferInsert): Promise<void> {
  await db.insert(memberships).values(row);
}

export async function findMembership(db: Executor, orgId: string, userId: string) {
  const rows = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}
