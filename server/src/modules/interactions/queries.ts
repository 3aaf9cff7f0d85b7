import type { OrgRole } from '@meridian/contracts';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { contacts, customers, deals, interactions, memberships, users } from '#db/schema/index.ts';
import { visibleCustomersWhere } from '#modules/customers/index.ts';
import { customerScopeFromRecord } from '#modules/deals/index.ts';
import type { RecordScope } from '#platform/permissions/record-visibility.ts';

type Ref = { id: string; name: string };
type PersonRow = { id: string; name: string; avatarColor: string };

export type InteractionRow = {
  id: string;
  kind: string;
  occurredAt: Date;
  customerId: string;
  customerName: string;
  dealId: string | null;
  dealName: string | null;
  participants: PersonRow[];
  contacts: Ref[];
  summary: string;
  outcome: string;
  nextStep: string;
  nextStepDue: string | null;
  followUpTaskId: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdByAvatarColor: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

const columns = {
  id: interactions.id,
  kind: interactions.kind,
  occurredAt: interactions.occurredAt,
  customerId: interactions.customerId,
  customerName: customers.name,
  dealId: interactions.dealId,
  dealName: deals.name,
  participants: sql<
    PersonRow[]
  >`coalesce((select json_agg(json_build_object('id', pu.id, 'name', pu.name, 'avatarColor', pu.avatar_color) order by pu.name)
    from users pu where pu.id = any(${interactions.participantIds})), '[]'::json)`,
  contacts: sql<Ref[]>`coalesce((select json_agg(json_build_object('id', ct.id, 'name', ct.name) order by ct.name)
    from contacts ct where ct.org_id = ${interactions.orgId} and ct.id = any(${interactions.contactIds})), '[]'::json)`,
  summary: interactions.summary,
  outcome: interactions.outcome,
  nextStep: interactions.nextStep,
  nextStepDue: interactions.nextStepDue,
  followUpTaskId: interactions.followUpTaskId,
  createdBy: interactions.createdBy,
  createdByName: users.name,
  createdByAvatarColor: users.avatarColor,
  createdAt: interactions.createdAt,
  updatedAt: interactions.updatedAt,
  version: interactions.version,
};

/** Interactions are seen through their customer: whoever sees the customer sees its follow-ups. */
function visibleWhere(orgId: string, scope: RecordScope, role: OrgRole): SQL[] {
  return [
    eq(interactions.orgId, orgId),
    sql`${customers.deletedAt} is null`,
    visibleCustomersWhere(customerScopeFromRecord(scope, role)),
  ];
}

function selectInteractions(db: Executor) {
  return db
    .select(columns)
    .from(interactions)
    .innerJoin(customers, and(eq(customers.orgId, interactions.orgId), eq(customers.id, interactions.customerId)))
    .leftJoin(deals, and(eq(deals.orgId, interactions.orgId), eq(deals.id, interactions.dealId)))
    .leftJoin(users, eq(users.id, interactions.createdBy));
}

export async function findVisibleInteraction(
  db: Executor,
  orgId: string,
  id: string,
  scope: RecordScope,
  role: OrgRole,
) {
  const rows = await selectInteractions(db)
    .where(and(...visibleWhere(orgId, scope, role), eq(interactions.id, id)))
    .limit(1);
  return (rows[0] as InteractionRow | undefined) ?? null;
}

/** One keyset page, newest first (limit + 1 rows). */
export async function listInteractions(
  db: Executor,
  orgId: string,
  scope: RecordScope,
  role: OrgRole,
  filter: { customerId?: string; dealId?: string; kind?: string },
  page: { limit: number; after: [string, string] | null },
): Promise<InteractionRow[]> {
  const where = visibleWhere(orgId, scope, role);
  if (filter.customerId) where.push(eq(interactions.customerId, filter.customerId));
  if (filter.dealId) where.push(eq(interactions.dealId, filter.dealId));
  if (filter.kind) where.push(eq(interactions.kind, filter.kind));
  if (page.after) {
    where.push(
      sql`(${interactions.occurredAt}, ${interactions.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`,
    );
  }
  return (await selectInteractions(db)
    .where(and(...where))
    .orderBy(sql`${interactions.occurredAt} desc`, sql`${interactions.id} desc`)
    .limit(page.limit + 1)) as InteractionRow[];
}

export async function insertInteraction(db: Executor, row: typeof interactions.$inferInsert): Promise<void> {
  await db.insert(interactions).values(row);
}

export async function updateInteractionVersioned(
  db: Executor,
  orgId: string,
  id: string,
  version: number | undefined,
  patch: Partial<typeof interactions.$inferInsert>,
): Promise<boolean> {
  const conditions = [eq(interactions.orgId, orgId), eq(interactions.id, id)];
  if (version !== undefined) conditions.push(eq(interactions.version, version));
  const rows = await db
    .update(interactions)
    .set({ ...patch, version: sql`${interactions.version} + 1` })
    .where(and(...conditions))
    .returning({ id: interactions.id });
  return rows.length > 0;
}

export async function deleteInteraction(db: Executor, orgId: string, id: string): Promise<void> {
  await db.delete(interactions).where(and(eq(interactions.orgId, orgId), eq(interactions.id, id)));
}

/** The given users that are active members of the organisation. */
export async function activeMemberIds(db: Executor, orgId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.status, 'active'),
        sql`${memberships.userId} = any(${sql.param(ids)}::uuid[])`,
      ),
    );
  return rows.map((r) => r.id);
}

/** The given contacts that belong to the customer (a read of the contacts module's table, existence only). */
export async function contactIdsOfCustomer(
  db: Executor,
  orgId: string,
  customerId: string,
  ids: string[],
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        eq(contacts.customerId, customerId),
        sql`${contacts.deletedAt} is null`,
        sql`${contacts.id} = any(${sql.param(ids)}::uuid[])`,
      ),
    );
  return rows.map((r) => r.id);
}
