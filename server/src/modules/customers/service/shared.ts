import type { Customer } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, notFound } from '#platform/errors/app-error.ts';
import { type CustomerScope, customerAbilities, customerScopeOf, visibleCustomersWhere } from '../policy.ts';
import { toCustomerDto } from '../presenter.ts';
import { type CustomerRow, findCustomer } from '../queries/rows.ts';

export const CUSTOMER_FIELDS = [
  'name',
  'type',
  'industry',
  'country',
  'province',
  'city',
  'size',
  'source',
  'status',
  'creditCode',
  'phone',
  'email',
  'ownerId',
  'teamId',
  'tags',
  'address',
  'website',
  'notes',
  'customFields',
] as const;

/** Guests see nothing of the CRM; everything else is decided per record. */
export function assertCrmMember(ctx: RequestContext): void {
  if (ctx.actor.role === 'guest') throw new AppError('forbidden', { detail: 'Guests have no access to the CRM' });
}

/** A customer the actor may see (optionally locked), or 404: hidden and foreign ids look alike. */
export async function loadVisibleCustomer(
  ctx: RequestContext,
  id: string,
  options: { lock?: boolean; scope?: CustomerScope } = {},
): Promise<{ row: CustomerRow; scope: CustomerScope }> {
  const scope = options.scope ?? (await customerScopeOf(ctx));
  const row = await findCustomer(ctx.db, ctx.orgId, id, visibleCustomersWhere(scope), { lock: options.lock });
  if (!row) throw notFound('No such customer');
  return { row, scope };
}

export async function presentCustomer(ctx: RequestContext, id: string, scope?: CustomerScope): Promise<Customer> {
  const loaded = await loadVisibleCustomer(ctx, id, { scope });
  return toCustomerDto(loaded.row, { abilities: customerAbilities(loaded.scope, loaded.row) });
}

/** The audit view of a row: the fields people change. */
export function auditView(row: CustomerRow) {
  return Object.fromEntries(CUSTOMER_FIELDS.map((f) => [f, row[f]])) as Record<
    (typeof CUSTOMER_FIELDS)[number],
    unknown
  >;
}
