import type { CustomerListQuery } from '@meridian/contracts';
import { and, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { customers } from '#db/schema/index.ts';
import { type CustomerRow, liveCustomer, selectCustomers } from './rows.ts';

export type CustomerSort = NonNullable<CustomerListQuery['sort']>;

/** The filters of the list, already resolved (`me` → the actor's id, terms computed). */
export type CustomerFilter = {
  visible: SQL;
  /** A user id, or null for the pool. */
  ownerId?: string | null;
  teamId?: string;
  type?: string;
  status?: string;
  industry?: string;
  province?: string;
  city?: string;
  source?: string;
  tag?: string;
  customField?: { key: string; value: string };
  search?: { terms: string[]; phone: string | null; email: string | null; creditCode: string | null };
};

/** A sort as the SQL key it orders by, and what kind of value its cursor holds. */
export function sortKey(sort: CustomerSort): { expr: SQL; desc: boolean; kind: 'string' | 'instant' } {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  if (field === 'name') return { expr: sql`customers.name_pinyin collate "C"`, desc, kind: 'string' };
  if (field === 'createdAt') return { expr: sql`customers.created_at`, desc, kind: 'instant' };
  if (field === 'lastActivityAt')
    return { expr: sql`coalesce(customers.last_activity_at, 'epoch'::timestamptz)`, desc, kind: 'instant' };
  return { expr: sql`customers.updated_at`, desc, kind: 'instant' };
}

/** The cursor values of a row for a sort: the key, then the id. */
export function cursorOf(row: CustomerRow, sort: CustomerSort): unknown[] {
  const field = sort.replace('-', '');
  if (field === 'name') return [row.namePinyin, row.id];
  if (field === 'createdAt') return [new Date(row.createdAt), row.id];
  if (field === 'lastActivityAt') return [row.lastActivityAt ? new Date(row.lastActivityAt) : new Date(0), row.id];
  return [new Date(row.updatedAt), row.id];
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

function conditions(orgId: string, filter: CustomerFilter): SQL[] {
  const where: SQL[] = [liveCustomer(orgId), filter.visible];
  if (filter.ownerId === null) where.push(sql`customers.owner_id is null`);
  else if (filter.ownerId) where.push(eq(customers.ownerId, filter.ownerId));
  if (filter.teamId) where.push(eq(customers.teamId, filter.teamId));
  for (const key of ['type', 'status', 'industry', 'province', 'city', 'source'] as const) {
    const value = filter[key];
    if (value) where.push(eq(customers[key], value));
  }
  if (filter.tag) where.push(sql`${customers.tags} @> ${textArray([filter.tag])}`);
  if (filter.customField) {
    where.push(sql`${customers.customFields} ->> ${filter.customField.key} = ${filter.customField.value}`);
  }
  const search = filter.search;
  if (search) {
    const any: SQL[] = [];
    if (search.terms.length > 0) any.push(sql`${customers.searchTerms} @> ${textArray(search.terms)}`);
    if (search.phone) any.push(eq(customers.phoneNormalized, search.phone));
    if (search.email) any.push(eq(customers.emailNormalized, search.email));
    if (search.creditCode) any.push(eq(customers.creditCode, search.creditCode));
    where.push(any.length ? sql`(${sql.join(any, sql` or `)})` : sql`false`);
  }
  return where;
}

/** One keyset page of the visible customers matching the filter, fetched with limit + 1. */
export async function listCustomers(
  db: Executor,
  orgId: string,
  filter: CustomerFilter,
  page: { limit: number; sort: CustomerSort; after: unknown[] | null },
): Promise<CustomerRow[]> {
  const key = sortKey(page.sort);
  const where = conditions(orgId, filter);
  if (page.after) {
    const [value, id] = page.after as [string, string];
    const typed = key.kind === 'instant' ? sql`${value}::timestamptz` : sql`${value} collate "C"`;
    where.push(
      key.desc
        ? sql`(${key.expr}, customers.id) < (${typed}, ${id}::uuid)`
        : sql`(${key.expr}, customers.id) > (${typed}, ${id}::uuid)`,
    );
  }
  const direction = key.desc ? sql`desc` : sql`asc`;
  return (await selectCustomers(db)
    .where(and(...where))
    .orderBy(sql`${key.expr} ${direction}`, sql`customers.id ${direction}`)
    .limit(page.limit + 1)) as CustomerRow[];
}

/** How many visible customers match the filter: the list's total, under the same visibility. */
export async function countCustomers(db: Executor, orgId: string, filter: CustomerFilter): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(customers)
    .where(and(...conditions(orgId, filter)));
  return Number(rows[0]?.n ?? 0);
}
