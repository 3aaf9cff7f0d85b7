import type { Invitation } from '@meridian/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export const invitationKeys = {
  all: ['invitations'] as const,
  list: () => [...invitationKeys.all, 'list'] as const,
};

export function useInvitations() {
  return useInfiniteQuery({
    queryKey: invitationKeys.list(),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Invitation>>('/invitations', { limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}
