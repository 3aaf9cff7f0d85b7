import type { CreateTeamBody, Team, UpdateTeamBody } from '@meridian/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { memberKeys } from '@/features/settings/api/member-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { api } from '@/shared/api/client';

/** Teams show in the tree and, per member, in the members list. */
function invalidateTeamViews(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: teamKeys.all });
  void queryClient.invalidateQueries({ queryKey: memberKeys.all });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTeamBody) => api.post<Team>('/teams', body),
    onSuccess: () => invalidateTeamViews(queryClient),
  });
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, body }: { teamId: string; body: UpdateTeamBody }) =>
      api.patch<Team>(`/teams/${teamId}`, body),
    onSettled: () => invalidateTeamViews(queryClient),
  });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (teamId: string) => api.delete(`/teams/${teamId}`),
    onSettled: () => invalidateTeamViews(queryClient),
  });
}

export function usePutTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, userId, isLead }: { teamId: string; userId: string; isLead: boolean }) =>
      api.put<Team>(`/teams/${teamId}/members/${userId}`, { isLead }),
    onSettled: () => invalidateTeamViews(queryClient),
  });
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api.delete<Team>(`/teams/${teamId}/members/${userId}`),
    onSettled: () => invalidateTeamViews(queryClient),
  });
}
