import { CUSTOMER_SORTS, CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerListQuery } from '@meridian/contracts';

export type CustomerFilters = Omit<CustomerListQuery, 'limit' | 'cursor'>;
export type CustomerFilterKey = 'q' | 'type' | 'status' | 'ownerId' | 'province' | 'tag' | 'sort';

const includes = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The customer list's filters live in the URL, so a filtered list can be bookmarked and shared. */
export function readCustomerFilters(params: URLSearchParams): CustomerFilters {
  const filters: CustomerFilters = {};
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 100);
  const type = params.get('type');
  if (includes(CUSTOMER_TYPES, type)) filters.type = type;
  const status = params.get('status');
  if (includes(CUSTOMER_STATUSES, status)) filters.status = status;
  const owner = params.get('ownerId');
  if (owner === 'me' || owner === 'none' || (owner && UUID.test(owner))) filters.ownerId = owner;
  const province = params.get('province')?.trim();
  if (province) filters.province = province.slice(0, 40);
  const tag = params.get('tag')?.trim();
  if (tag) filters.tag = tag.slice(0, 40);
  const sort = params.get('sort');
  if (includes(CUSTOMER_SORTS, sort)) filters.sort = sort;
  return filters;
}

/** The URL search with one filter changed; an empty value removes it. */
export function withCustomerFilter(params: URLSearchParams, key: CustomerFilterKey, value?: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/** The URL search of a set of filters (the inverse of readCustomerFilters). */
export function customerFiltersToParams(filters: CustomerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  return params;
}
