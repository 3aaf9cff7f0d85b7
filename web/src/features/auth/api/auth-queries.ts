import type { AuthConfig, InvitationPreview } from '@meridian/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const authKeys = {
  all: ['auth'] as const,
  config: () => [...authKeys.all, 'config'] as const,
  invitation: (token: string) => [...authKeys.all, 'invitation', token] as const,
};

export const authConfigQuery = () =>
  queryOptions({
    queryKey: authKeys.config(),
    queryFn: ({ signal }) => api.get<AuthConfig>('/auth/config', undefined, signal),
    staleTime: 5 * 60_000,
  });

export function useAuthConfig() {
  return useQuery(authConfigQuery());
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: authKeys.invitation(token),
    queryFn: ({ signal }) => api.get<InvitationPreview>('/invitations/preview', { token }, signal),
    enabled: token.length > 0,
    retry: false,
  });
}
