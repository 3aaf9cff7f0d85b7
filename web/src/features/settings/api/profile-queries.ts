import type { Session } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const sessionKeys = {
  all: ['sessions'] as const,
  own: () => [...sessionKeys.all, 'own'] as const,
};

export function useOwnSessions() {
  return useQuery({
    queryKey: sessionKeys.own(),
    queryFn: ({ signal }) => api.get<{ items: Session[] }>('/sessions', undefined, signal),
  });
}
