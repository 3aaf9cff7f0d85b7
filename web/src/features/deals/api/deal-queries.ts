import type {
  Deal,
  DealList,
  DealStageHistoryEntry,
  ListDealsQuery,
  Pipeline,
  PipelineBoard,
  PipelineBoardQuery,
} from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const dealKeys = {
  all: ['deals'] as const,
  pipelines: () => ['pipelines'] as const,
  boards: () => [...dealKeys.all, 'board'] as const,
  board: (pipelineId: string, filters: PipelineBoardQuery) => [...dealKeys.boards(), pipelineId, filters] as const,
  lists: () => [...dealKeys.all, 'list'] as const,
  list: (query: ListDealsQuery) => [...dealKeys.lists(), query] as const,
  detail: (id: string) => [...dealKeys.all, 'detail', id] as const,
  history: (id: string) => [...dealKeys.all, 'history', id] as const,
};

export function usePipelines() {
  return useQuery({
    queryKey: dealKeys.pipelines(),
    queryFn: ({ signal }) => api.get<{ items: Pipeline[] }>('/pipelines', undefined, signal).then((r) => r.items),
    staleTime: 60_000,
  });
}

export function usePipelineBoard(pipelineId: string | undefined, filters: PipelineBoardQuery) {
  return useQuery({
    queryKey: dealKeys.board(pipelineId ?? '', filters),
    queryFn: ({ signal }) => api.get<PipelineBoard>(`/pipelines/${pipelineId}/board`, filters, signal),
    enabled: Boolean(pipelineId),
    placeholderData: keepPreviousData,
  });
}

export function useDeals(query: ListDealsQuery) {
  return useQuery({
    queryKey: dealKeys.list(query),
    queryFn: ({ signal }) => api.get<DealList>('/deals', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string | undefined) {
  return useQuery({
    queryKey: dealKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Deal>(`/deals/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useDealHistory(id: string | undefined) {
  return useQuery({
    queryKey: dealKeys.history(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ items: DealStageHistoryEntry[] }>(`/deals/${id}/history`, undefined, signal).then((r) => r.items),
    enabled: Boolean(id),
  });
}
