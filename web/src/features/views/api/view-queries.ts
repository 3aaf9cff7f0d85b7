import type { SavedView } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const viewKeys = {
  all: ['views'] as const,
  list: (projectId: string | null) => [...viewKeys.all, 'list', projectId] as const,
};

/** My views and the ones shared with the project (all of them: a project keeps few). */
export function useSavedViews(projectId: string | null) {
  return useQuery({
    queryKey: viewKeys.list(projectId),
    queryFn: ({ signal }) =>
      api.get<{ items: SavedView[] }>('/views', projectId ? { projectId } : undefined, signal).then((r) => r.items),
  });
}
