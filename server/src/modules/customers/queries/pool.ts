import { and, count, eq, gte, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { customerClaims, customers } from '#db/schema/index.ts';
import { newId } from '#platform/ids/ids.ts';
import { liveCustomer } from './rows.ts';

/** Serialises one rep's claims for the rest of the transaction (daily limit and cap stay exact). */
export async function lockClaimsOf(db: Executor, orgId: string, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`claims:${orgId}:${userId}`}))`);
}

export async function countClaimsSince(db: Executor, orgId: string, userId: string, since: Date): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(customerClaims)
    .where(
      and(eq(customerClaims.orgId, orgId), eq(customerClaims.userId, userId), gte(customerClaims.claimedAt, since)),
    );
  return Number(rows[0]?.n ?? 0);
}

export async function countHeldBy(db: Executor, orgId: string, userId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(customers)
    .where(and(liveCustomer(orgId), eq(customers.ownerId, userId)));
  return Number(rows[0]?.n ?? 0);
}

/** Takes an unowned customer; false when someone else was faster. */
export async function claimCustomerRow(
  db: Executor,
  orgId: string,
  id: string,
  owner: { userId: string; teamId: string | null },
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(customers)
    .set({
      ownerId: owner.userId,
      teamId: owner.teamId,
      claimedAt: at,
      poolWarnedAt: null,
      updatedAt: at,
      version: sql`${customers.version} + 1`,
    })
    .where(and(liveCustomer(orgId), eq(customers.id, id), sql`${customers.ownerId} is null`))
    .returning({ id: customers.id });
  if (rows.length === 0) return false;
  await db.insert(customerClaims).values({ orgId, id: newId(), customerId: id, userId: owner.userId, claimedAt: at });
  return true;
}

/** Puts a customer back in the pool, remembering who held it (reclaim cool-down). */
export async function releaseCustomerRow(db: Executor, orgId: string, id: string, at: Date): Promise<string | null> {
  const rows = await queryRows<{ previous_owner_id: string }>(
    db,
    sql`update customers set previous_owner_id = owner_id, owner_id = null, returned_to_pool_at = ${at},
      claimed_at = null, pool_warned_at = null, updated_at = ${at}, version = version + 1
    where org_id = ${orgId} and id = ${id} and owner_id is not null and deleted_at is null and merged_into_id is null
    returning previous_owner_id`,
  );
  return rows[0]?.previous_owner_id ?? null;
}

export type IdleCustomer = { org_id: string; id: string; name: string; owner_id: string; idle_since: Date };

const SETTINGS_JOIN = sql`left join crm_settings s on s.org_id = c.org_id`;
const RETURN_DAYS = sql`coalesce(s.pool_return_days, 30)`;
const REMINDER_DAYS = sql`coalesce(s.pool_reminder_days, 3)`;
const IDLE_SINCE = sql`greatest(c.last_activity_at, c.claimed_at, c.created_at)`;

/**
 * Returns every owned customer idle for its organisation's return period to the pool, in
 * one statement across organisations; what it answers are the customers it moved.
 */
export async function returnIdleCustomers(db: Executor, now: Date): Promise<IdleCustomer[]> {
  return queryRows<IdleCustomer>(
    db,
    sql`with due as (
      select c.org_id, c.id, ${IDLE_SINCE} as idle_since from customers c ${SETTINGS_JOIN}
      where c.owner_id is not null and c.deleted_at is null and c.merged_into_id is null
        and ${RETURN_DAYS} > 0 and ${IDLE_SINCE} <= ${now}::timestamptz - make_interval(days => ${RETURN_DAYS})
      for update of c skip locked)
    update customers set previous_owner_id = customers.owner_id, owner_id = null, returned_to_pool_at = ${now},
      claimed_at = null, pool_warned_at = null, updated_at = ${now}, version = customers.version + 1
    from due where customers.org_id = due.org_id and customers.id = due.id
    returning customers.org_id, customers.id, customers.name, customers.previous_owner_id as owner_id, due.idle_since`,
  );
}

/** Marks and answers the owned customers whose return is within the reminder period, once per idle spell. */
export async function markReturnWarnings(db: Executor, now: Date): Promise<(IdleCustomer & { return_days: number })[]> {
  return queryRows(
    db,
    sql`with due as (
      select c.org_id, c.id, ${IDLE_SINCE} as idle_since, ${RETURN_DAYS} as return_days from customers c ${SETTINGS_JOIN}
      where c.owner_id is not null and c.deleted_at is null and c.merged_into_id is null
        and ${RETURN_DAYS} > 0 and ${REMINDER_DAYS} > 0
        and ${IDLE_SINCE} <= ${now}::timestamptz - make_interval(days => greatest(${RETURN_DAYS} - ${REMINDER_DAYS}, 0))
        and (c.pool_warned_at is null or c.pool_warned_at < ${IDLE_SINCE})
      for update of c skip locked)
    update customers set pool_warned_at = ${now}
    from due where customers.org_id = due.org_id and customers.id = due.id
    returning customers.org_id, customers.id, customers.name, customers.owner_id, due.idle_since, due.return_days`,
  );
}

/** Customer activity from another module (an interaction, a deal): pushes the pool return back. */
export async function touchCustomerActivity(db: Executor, orgId: string, id: string, at: Date): Promise<void> {
  await db.execute(
    sql`update customers set last_activity_at = greatest(coalesce(last_activity_at, ${at}), ${at}::timestamptz)
    where org_id = ${orgId} and id = ${id}`,
  );
}
