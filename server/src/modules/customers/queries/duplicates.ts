import { and, ne, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '#db/client.ts';
import { customers } from '#db/schema/index.ts';
import { liveCustomer } from './rows.ts';

export type DuplicateKeys = {
  nameNormalized: string | null;
  creditCode: string | null;
  phone: string | null;
  email: string | null;
};

export type DuplicateRow = {
  id: string;
  name: string;
  name_normalized: string;
  credit_code: string | null;
  phone_normalized: string | null;
  email_normalized: string | null;
  owner_id: string | null;
  owner_name: string | null;
  visible: boolean;
};

/**
 * Live customers of the organisation sharing a normalised name, credit code, phone or e-mail
 * with the keys, visible or not (撞单 prevention needs to know), each flagged with `visible`.
 */
export async function findDuplicateCustomers(
  db: Executor,
  orgId: string,
  keys: DuplicateKeys,
  visible: SQL,
  excludeId: string | null,
): Promise<DuplicateRow[]> {
  const any: SQL[] = [];
  if (keys.nameNormalized) any.push(sql`customers.name_normalized = ${keys.nameNormalized}`);
  if (keys.creditCode) any.push(sql`customers.credit_code = ${keys.creditCode}`);
  if (keys.phone) any.push(sql`customers.phone_normalized = ${keys.phone}`);
  if (keys.email) any.push(sql`customers.email_normalized = ${keys.email}`);
  if (any.length === 0) return [];
  const where = [liveCustomer(orgId), sql`(${sql.join(any, sql` or `)})`];
  if (excludeId) where.push(ne(customers.id, excludeId));
  return queryRows<DuplicateRow>(
    db,
    sql`select customers.id, customers.name, customers.name_normalized, customers.credit_code,
      customers.phone_normalized, customers.email_normalized, customers.owner_id, u.name as owner_name,
      (${visible}) as visible
    from customers left join users u on u.id = customers.owner_id
    where ${and(...where)}
    order by customers.created_at limit 20`,
  );
}
