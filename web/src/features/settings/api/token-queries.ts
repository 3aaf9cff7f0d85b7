import type { ApiToken } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const tokenKeys = {
  all: ['tokens'] as const,
  list: () => [...tokenKeys.all, 'list'] as const,
};

export function useTokens() {
  return useQuery({
    queryKey: tokenKeys.list(),
    queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>('/tokens', undefined, signal),
  });
}
