import type { CreateSavedViewBody, SavedView, UpdateSavedViewBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { viewKeys } from '@/features/views/api/view-queries';
import { api } from '@/shared/api/client';

function useInvalidateViews() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: viewKeys.all });
}

export function useCreateView() {
  const invalidate = useInvalidateViews();
  return useMutation({
    mutationFn: (body: CreateSavedViewBody) => api.post<SavedView>('/views', body),
    onSettled: invalidate,
  });
}

export function useUpdateView() {
  const invalidate = useInvalidateViews();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSavedViewBody }) => api.patch<SavedView>(`/views/${id}`, body),
    onSettled: invalidate,
  });
}

export function useDeleteView() {
  const invalidate = useInvalidateViews();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/views/${id}`),
    onSettled: invalidate,
  });
}
