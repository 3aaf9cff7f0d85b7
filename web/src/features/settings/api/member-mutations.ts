import type { Member, UpdateMemberBody } from '@meridian/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { memberKeys } from '@/features/settings/api/member-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { api } from '@/shared/api/client';
import { meKeys } from '@/shared/session/me-query';

/** A member change shows in member lists, in teams, and in "me" when it is one's own role. */
function invalidateMemberViews(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: memberKeys.all });
  void queryClient.invalidateQueries({ queryKey: teamKeys.all });
  void queryClient.invalidateQueries({ queryKey: meKeys.all });
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateMemberBody }) =>
      api.patch<Member>(`/members/${userId}`, body),
    onSettled: () => invalidateMemberViews(queryClient),
  });
}

export function useDeactivateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.post<Member>(`/members/${userId}/deactivate`),
    onSettled: () => invalidateMemberViews(queryClient),
  });
}

export function useReactivateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.post<Member>(`/members/${userId}/reactivate`),
    onSettled: () => invalidateMemberViews(queryClient),
  });
}

export function useEndMemberSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(`/members/${userId}/sessions`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}
