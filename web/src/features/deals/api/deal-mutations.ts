import type { CreateDealBody, Deal, MoveDealStageBody, UpdateDealBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { dealKeys } from './deal-queries';

function useInvalidateDeals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: dealKeys.all });
}

export function useCreateDeal() {
  const invalidate = useInvalidateDeals();
  return useMutation({ mutationFn: (body: CreateDealBody) => api.post<Deal>('/deals', body), onSuccess: invalidate });
}

export function useUpdateDeal() {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDealBody }) => api.patch<Deal>(`/deals/${id}`, body),
    onSuccess: invalidate,
  });
}

/** Moves a deal's stage; the board applies it optimistically and settles from the server afterwards. */
export function useMoveDealStage() {
  const invalidate = useInvalidateDeals();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveDealStageBody }) => api.post<Deal>(`/deals/${id}/stage`, body),
    onSettled: invalidate,
  });
}

export function useDeleteDeal() {
  const invalidate = useInvalidateDeals();
  return useMutation({ mutationFn: (id: string) => api.delete<void>(`/deals/${id}`), onSuccess: invalidate });
}
