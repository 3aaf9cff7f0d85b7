import type { Organization } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const orgKeys = {
  all: ['org'] as const,
  current: () => [...orgKeys.all, 'current'] as const,
};

export function useOrganization() {
  return useQuery({
    queryKey: orgKeys.current(),
    queryFn: ({ signal }) => api.get<Organization>('/org', undefined, signal),
  });
}
