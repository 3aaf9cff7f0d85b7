import type { ListMembersQuery, Member } from '@meridian/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export type MemberFilters = Omit<ListMembersQuery, 'limit' | 'cursor'>;

export const memberKeys = {
  all: ['members'] as const,
  lists: () => [...memberKeys.all, 'list'] as const,
  list: (filters: MemberFilters) => [...memberKeys.lists(), filters] as const,
  search: (q: string) => [...memberKeys.all, 'search', q] as const,
};

const PAGE_SIZE = 50;

export function useMembers(filters: MemberFilters) {
  return useInfiniteQuery({
    queryKey: memberKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Member>>('/members', { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
    placeholderData: keepPreviousData,
  });
}

/** Active members matching a name or e-mail, for pickers (add to team, filter the audit log). */
export function useMemberSearch(q: string) {
  return useQuery({
    queryKey: memberKeys.search(q),
    queryFn: ({ signal }) =>
      api.get<Page<Member>>('/members', { q, status: 'active', sort: 'name', limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}
