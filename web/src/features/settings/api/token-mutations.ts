import type { CreateApiTokenBody, CreatedApiToken } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tokenKeys } from '@/features/settings/api/token-queries';
import { api } from '@/shared/api/client';

/** The answer holds the secret; it is shown once and never put in the query cache. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) => api.post<CreatedApiToken>('/tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => api.delete(`/tokens/${tokenId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
