import type { AuditEntry, ListAuditQuery } from '@meridian/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export type AuditFilters = Omit<ListAuditQuery, 'limit' | 'cursor'>;

export const auditKeys = {
  all: ['audit-log'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
};

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AuditEntry>>('/audit-log', { ...filters, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
    placeholderData: keepPreviousData,
  });
}
