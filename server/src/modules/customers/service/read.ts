import type { Customer, CustomerList, CustomerListQuery } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { encodeCursor, pageRequest } from '#platform/http/pagination.ts';
import { queryTerms } from '#platform/search/search-terms.ts';
import { normalizeCreditCode, normalizeEmail, normalizePhone, phoneKind } from '#platform/text/index.ts';
import { customerAbilities, customerScopeOf, visibleCustomersWhere } from '../policy.ts';
import { toCustomerDto } from '../presenter.ts';
import { type CustomerFilter, countCustomers, cursorOf, listCustomers as listRows, sortKey } from '../queries/list.ts';
import type { CustomersDeps } from './deps.ts';
import { assertCrmMember, presentCustomer } from './shared.ts';

function searchOf(q: string | undefined): CustomerFilter['search'] {
  const text = q?.trim();
  if (!text) return undefined;
  const phone = normalizePhone(text);
  const email = normalizeEmail(text);
  const code = normalizeCreditCode(text);
  return {
    terms: queryTerms(text),
    phone: phoneKind(phone) ? phone : null,
    email: email.includes('@') ? email : null,
    creditCode: code.length === 18 ? code : null,
  };
}

/**
 * One page of the customers the actor may see, filtered and sorted (name sorts by pinyin), with
 * the total under the same visibility; `ownerId=none` is the pool, `me` the actor's own.
 */
export async function listCustomers(
  _deps: CustomersDeps,
  ctx: RequestContext,
  query: CustomerListQuery,
): Promise<CustomerList> {
  assertCrmMember(ctx);
  const scope = await customerScopeOf(ctx);
  const sort = query.sort ?? '-updatedAt';
  const page = pageRequest(query, [sortKey(sort).kind, 'uuid']);
  const [key, ...rest] = query.customField?.split('=') ?? [];
  const filter: CustomerFilter = {
    visible: visibleCustomersWhere(scope),
    ownerId: query.ownerId === 'none' ? null : query.ownerId === 'me' ? ctx.actor.userId : query.ownerId,
    teamId: query.teamId,
    type: query.type,
    status: query.status,
    industry: query.industry,
    province: query.province,
    city: query.city,
    source: query.source,
    tag: query.tag,
    customField: key ? { key, value: rest.join('=') } : undefined,
    search: searchOf(query.q),
  };
  const [rows, total] = await Promise.all([
    listRows(ctx.db, ctx.orgId, filter, { limit: page.limit, sort, after: page.cursor }),
    countCustomers(ctx.db, ctx.orgId, filter),
  ]);
  const hasMore = rows.length > page.limit;
  const pageRows = hasMore ? rows.slice(0, page.limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => toCustomerDto(row, { abilities: customerAbilities(scope, row) })),
    nextCursor: hasMore && last ? encodeCursor(cursorOf(last, sort)) : null,
    total,
  };
}

/** One customer the actor may see; hidden and foreign ids answer 404 alike. */
export async function getCustomer(_deps: CustomersDeps, ctx: RequestContext, id: string): Promise<Customer> {
  assertCrmMember(ctx);
  return presentCustomer(ctx, id);
}
