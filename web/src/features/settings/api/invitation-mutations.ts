import type { CreatedInvitation, CreateInvitationBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invitationKeys } from '@/features/settings/api/invitation-queries';
import { api } from '@/shared/api/client';

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => api.post<CreatedInvitation>('/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`/invitations/${invitationId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}
