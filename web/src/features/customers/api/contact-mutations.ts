import type { ContactWriteResult, CreateContactBody, UpdateContactBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactKeys } from '@/features/customers/api/contact-queries';
import { api } from '@/shared/api/client';

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateContactBody | UpdateContactBody }) =>
      id
        ? api.patch<ContactWriteResult>(`/contacts/${id}`, body)
        : api.post<ContactWriteResult>('/contacts', body as CreateContactBody),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: contactKeys.all }),
  });
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/contacts/${id}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: contactKeys.all }),
  });
}
