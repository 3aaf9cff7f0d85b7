import type { Interaction, LogInteractionBody } from '@meridian/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export type InteractionFilter = { customerId?: string | undefined; dealId?: string | undefined };

export const interactionKeys = {
  all: ['interactions'] as const,
  list: (filter: InteractionFilter) => [...interactionKeys.all, 'list', filter] as const,
};

export function useInteractions(filter: InteractionFilter) {
  return useInfiniteQuery({
    queryKey: interactionKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Interaction>>('/interactions', { ...filter, limit: 20, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

/** Logs an interaction; the timelines, the deal (last activity) and the customer refresh. */
export function useLogInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogInteractionBody) => api.post<Interaction>('/interactions', body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: interactionKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['deals'] });
      void queryClient.invalidateQueries({ queryKey: ['customers'] });
    },
  });
}

export function useDeleteInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/interactions/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: interactionKeys.all }),
  });
}
