import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customers, memberships, teamMembers, teams, users } from '#db/schema/index.ts';

export type CustomerRow = {
  id: string;
  name: string;
  nameNormalized: string;
  namePinyin: string;
  type: string;
  industry: string;
  country: string;
  province: string;
  city: string;
  size: string;
  source: string;
  status: string;
  creditCode: string | null;
  phone: string;
  phoneNormalized: string | null;
  email: string;
  emailNormalized: string | null;
  ownerId: string | null;
  ownerName: string | null;
  ownerAvatarColor: string | null;
  teamId: string | null;
  teamName: string | null;
  tags: string[];
  address: string;
  website: string;
  notes: string;
  customFields: Record<string, string | number | null>;
  lastActivityAt: Date | null;
  claimedAt: Date | null;
  returnedToPoolAt: Date | null;
  previousOwnerId: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export const customerColumns = {
  id: customers.id,
  name: customers.name,
  nameNormalized: customers.nameNormalized,
  namePinyin: customers.namePinyin,
  type: customers.type,
  industry: customers.industry,
  country: customers.country,
  province: customers.province,
  city: customers.city,
  size: customers.size,
  source: customers.source,
  status: customers.status,
  creditCode: customers.creditCode,
  phone: customers.phone,
  phoneNormalized: customers.phoneNormalized,
  email: customers.email,
  emailNormalized: customers.emailNormalized,
  ownerId: customers.ownerId,
  ownerName: users.name,
  ownerAvatarColor: users.avatarColor,
  teamId: customers.teamId,
  teamName: teams.name,
  tags: customers.tags,
  address: customers.address,
  website: customers.website,
  notes: customers.notes,
  customFields: customers.customFields,
  lastActivityAt: customers.lastActivityAt,
  claimedAt: customers.claimedAt,
  returnedToPoolAt: customers.returnedToPoolAt,
  previousOwnerId: customers.previousOwnerId,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
  version: customers.version,
};

/** Live customers: neither deleted nor merged into another. */
export const liveCustomer = (orgId: string): SQL =>
  and(eq(customers.orgId, orgId), isNull(customers.deletedAt), isNull(customers.mergedIntoId))!;

/** The customers query with owner and team joined; callers add conditions, order and limit. */
export function selectCustomers(db: Executor) {
  return db
    .select(customerColumns)
    .from(customers)
    .leftJoin(users, eq(users.id, customers.ownerId))
    .leftJoin(teams, and(eq(teams.orgId, customers.orgId), eq(teams.id, customers.teamId)));
}

/** One live customer under the visibility condition, or null (another org's, hidden, deleted, merged). */
export async function findCustomer(
  db: Executor,
  orgId: string,
  id: string,
  visible: SQL,
  options: { lock?: boolean } = {},
): Promise<CustomerRow | null> {
  const query = selectCustomers(db)
    .where(and(liveCustomer(orgId), eq(customers.id, id), visible))
    .limit(1);
  const rows = options.lock ? await query.for('no key update', { of: customers }) : await query;
  return (rows[0] as CustomerRow | undefined) ?? null;
}

export async function insertCustomer(db: Executor, row: typeof customers.$inferInsert): Promise<void> {
  await db.insert(customers).values(row);
}

/** Updates when the version matches (or none is given); null means someone else changed it first. */
export async function updateCustomerRow(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<typeof customers.$inferInsert>,
): Promise<boolean> {
  const conditions = [liveCustomer(orgId), eq(customers.id, id)];
  if (version !== undefined) conditions.push(eq(customers.version, version));
  const rows = await db
    .update(customers)
    .set({ ...patch, version: sql`${customers.version} + 1` })
    .where(and(...conditions))
    .returning({ id: customers.id });
  return rows.length > 0;
}

/** An active, non-guest member of the organisation with their name; null otherwise. */
export async function findAssignableMember(
  db: Executor,
  orgId: string,
  userId: string,
): Promise<{ userId: string; name: string } | null> {
  const rows = await db
    .select({ userId: memberships.userId, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
    .limit(1);
  const row = rows[0];
  return row && row.role !== 'guest' ? { userId: row.userId, name: row.name } : null;
}

/** The first team of a user (by name), which a customer they own defaults to. */
export async function firstTeamOf(db: Executor, orgId: string, userId: string): Promise<string | null> {
  const rows = await db
    .select({ id: teams.id })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.orgId, teamMembers.orgId), eq(teams.id, teamMembers.teamId)))
    .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.userId, userId)))
    .orderBy(teams.name, teams.id)
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function teamExists(db: Executor, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, id)))
    .limit(1);
  return rows.length > 0;
}
