import type { SearchHit, SearchResult } from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string) => [...searchKeys.all, q] as const,
};

/** Projects and tasks matching `q` (null: nothing asked yet); the previous answer stays while typing. */
export function useSearch(q: string | null) {
  return useQuery<SearchHit[]>({
    queryKey: searchKeys.query(q ?? ''),
    queryFn: ({ signal }) => api.get<SearchResult>('/search', { q: q ?? '', limit: 20 }, signal).then((r) => r.items),
    enabled: q !== null,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
