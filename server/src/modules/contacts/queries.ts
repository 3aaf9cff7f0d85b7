import { and, count, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { contacts, customers } from '#db/schema/index.ts';

export type ContactRow = {
  id: string;
  customerId: string;
  customerName: string;
  customerOwnerId: string | null;
  customerTeamId: string | null;
  name: string;
  namePinyin: string;
  title: string;
  phone: string;
  email: string;
  wechatId: string;
  buyingRole: string;
  notes: string;
  customFields: Record<string, string | number | null>;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const columns = {
  id: contacts.id,
  customerId: contacts.customerId,
  customerName: customers.name,
  customerOwnerId: customers.ownerId,
  customerTeamId: customers.teamId,
  name: contacts.name,
  namePinyin: contacts.namePinyin,
  title: contacts.title,
  phone: contacts.phone,
  email: contacts.email,
  wechatId: contacts.wechatId,
  buyingRole: contacts.buyingRole,
  notes: contacts.notes,
  customFields: contacts.customFields,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
  version: contacts.version,
};

/** Live contacts of live customers the `visible` condition (on `customers`) lets through. */
function base(orgId: string, visible: SQL): SQL[] {
  return [
    eq(contacts.orgId, orgId),
    isNull(contacts.deletedAt),
    isNull(customers.deletedAt),
    isNull(customers.mergedIntoId),
    visible,
  ];
}

function selectContacts(db: Executor) {
  return db
    .select(columns)
    .from(contacts)
    .innerJoin(customers, and(eq(customers.orgId, contacts.orgId), eq(customers.id, contacts.customerId)));
}

export type ContactFilter = {
  customerId?: string;
  buyingRole?: string;
  terms?: string[];
  phone?: string | null;
  email?: string | null;
};

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

function filterConditions(filter: ContactFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.customerId) where.push(eq(contacts.customerId, filter.customerId));
  if (filter.buyingRole) where.push(eq(contacts.buyingRole, filter.buyingRole));
  if (filter.terms) {
    const any: SQL[] = [];
    if (filter.terms.length) any.push(sql`${contacts.searchTerms} @> ${textArray(filter.terms)}`);
    if (filter.phone) any.push(eq(contacts.phoneNormalized, filter.phone));
    if (filter.email) any.push(eq(contacts.emailNormalized, filter.email));
    where.push(any.length ? sql`(${sql.join(any, sql` or `)})` : sql`false`);
  }
  return where;
}

/** A page of visible contacts by pinyin of the name, or most recently changed first. */
export async function listContacts(
  db: Executor,
  orgId: string,
  visible: SQL,
  filter: ContactFilter,
  page: { limit: number; sort: 'name' | '-updatedAt'; after: unknown[] | null },
): Promise<ContactRow[]> {
  const where = [...base(orgId, visible), ...filterConditions(filter)];
  const byName = page.sort === 'name';
  const key = byName ? sql`contacts.name_pinyin collate "C"` : sql`contacts.updated_at`;
  if (page.after) {
    const [value, id] = page.after as [string, string];
    where.push(
      byName
        ? sql`(${key}, contacts.id) > (${value} collate "C", ${id}::uuid)`
        : sql`(${key}, contacts.id) < (${value}::timestamptz, ${id}::uuid)`,
    );
  }
  const direction = byName ? sql`asc` : sql`desc`;
  return (await selectContacts(db)
    .where(and(...where))
    .orderBy(sql`${key} ${direction}`, sql`contacts.id ${direction}`)
    .limit(page.limit + 1)) as ContactRow[];
}

export async function countContacts(db: Executor, orgId: string, visible: SQL, filter: ContactFilter): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(contacts)
    .innerJoin(customers, and(eq(customers.orgId, contacts.orgId), eq(customers.id, contacts.customerId)))
    .where(and(...base(orgId, visible), ...filterConditions(filter)));
  return Number(rows[0]?.n ?? 0);
}

export async function findContact(db: Executor, orgId: string, id: string, visible: SQL): Promise<ContactRow | null> {
  const rows = await selectContacts(db)
    .where(and(...base(orgId, visible), eq(contacts.id, id)))
    .limit(1);
  return (rows[0] as ContactRow | undefined) ?? null;
}

export async function insertContact(db: Executor, row: typeof contacts.$inferInsert): Promise<void> {
  await db.insert(contacts).values(row);
}

export async function updateContactRow(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<typeof contacts.$inferInsert>,
): Promise<boolean> {
  const conditions = [eq(contacts.orgId, orgId), eq(contacts.id, id), isNull(contacts.deletedAt)];
  if (version !== undefined) conditions.push(eq(contacts.version, version));
  const rows = await db
    .update(contacts)
    .set({ ...patch, version: sql`${contacts.version} + 1` })
    .where(and(...conditions))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

/** Visible contacts sharing a phone or e-mail with the given values (a warning, not a block). */
export async function findSameContactDetails(
  db: Executor,
  orgId: string,
  visible: SQL,
  values: { phone: string | null; email: string | null },
  excludeId: string | null,
): Promise<(ContactRow & { phoneNormalized: string | null; emailNormalized: string | null })[]> {
  const any: SQL[] = [];
  if (values.phone) any.push(eq(contacts.phoneNormalized, values.phone));
  if (values.email) any.push(eq(contacts.emailNormalized, values.email));
  if (!any.length) return [];
  const where = [...base(orgId, visible), sql`(${sql.join(any, sql` or `)})`];
  if (excludeId) where.push(ne(contacts.id, excludeId));
  return (await db
    .select({ ...columns, phoneNormalized: contacts.phoneNormalized, emailNormalized: contacts.emailNormalized })
    .from(contacts)
    .innerJoin(customers, and(eq(customers.orgId, contacts.orgId), eq(customers.id, contacts.customerId)))
    .where(and(...where))
    .limit(10)) as never;
}
