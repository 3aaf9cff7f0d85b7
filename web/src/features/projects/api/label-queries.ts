import type { Label } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export const labelKeys = {
  all: ['labels'] as const,
  list: (projectId: string | null) => [...labelKeys.all, 'list', projectId] as const,
};

/** The labels usable in a project: the organisation's and the project's own (org-wide only without a project). */
export function useLabels(projectId: string | null | undefined) {
  return useQuery({
    queryKey: labelKeys.list(projectId ?? null),
    queryFn: ({ signal }) =>
      api.get<{ items: Label[] }>('/labels', projectId ? { projectId } : undefined, signal).then((r) => r.items),
  });
}
