import type { ChangePasswordBody, Me, UpdateMeBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memberKeys } from '@/features/settings/api/member-queries';
import { sessionKeys } from '@/features/settings/api/profile-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { api } from '@/shared/api/client';
import { meKeys, rememberMe } from '@/shared/session/me-query';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => api.patch<Me>('/me', body),
    onSuccess: (me) => {
      rememberMe(queryClient, me);
      // Names and colours show in member and team lists too.
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api.post<void>('/me/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api.delete(`/sessions/${sessionId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
