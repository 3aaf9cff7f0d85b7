import type {
  CheckDuplicatesBody,
  CheckDuplicatesResult,
  Customer,
  CustomerList,
  PoolStatus,
} from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CustomerFilters } from '@/features/customers/internal/customer-filters';
import { api } from '@/shared/api/client';

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (filters: CustomerFilters, page: { limit: number; cursor?: string }) =>
    [...customerKeys.lists(), filters, page] as const,
  detail: (id: string) => [...customerKeys.all, 'detail', id] as const,
  poolStatus: () => [...customerKeys.all, 'pool-status'] as const,
  duplicates: (body: CheckDuplicatesBody) => [...customerKeys.all, 'duplicates', body] as const,
};

/** One page of customers (keyset cursor) with the total under the actor's visibility. */
export function useCustomers(filters: CustomerFilters, page: { limit: number; cursor?: string }) {
  return useQuery({
    queryKey: customerKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<CustomerList>('/customers', { ...filters, ...page }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: string) {
  return useQuery({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => api.get<Customer>(`/customers/${id}`, undefined, signal),
  });
}

export function usePoolStatus() {
  return useQuery({
    queryKey: customerKeys.poolStatus(),
    queryFn: ({ signal }) => api.get<PoolStatus>('/customers/pool-status', undefined, signal),
  });
}

/** 查重 while typing: the caller debounces the body; nothing is asked until a value is long enough. */
export function useDuplicateCheck(body: CheckDuplicatesBody) {
  const hasInput = (body.name?.trim().length ?? 0) >= 2 || !!body.phone || !!body.creditCode || !!body.email;
  return useQuery({
    queryKey: customerKeys.duplicates(body),
    queryFn: () => api.post<CheckDuplicatesResult>('/customers/check-duplicates', body),
    enabled: hasInput,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
