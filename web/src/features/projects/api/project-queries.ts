import type { ListProjectsQuery, Project, ProjectMember, ProjectTemplate } from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import type { Page } from '@/shared/api/pages';

export type ProjectFilters = Pick<ListProjectsQuery, 'q' | 'status' | 'mine' | 'deleted' | 'sort'>;

export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (filters: ProjectFilters) => [...projectKeys.lists(), filters] as const,
  detail: (id: string) => [...projectKeys.all, 'detail', id] as const,
  byKey: (key: string) => [...projectKeys.all, 'by-key', key] as const,
  members: (projectId: string) => [...projectKeys.all, 'members', projectId] as const,
  templates: () => [...projectKeys.all, 'templates'] as const,
};

/** Every page of the visible projects matching the filters (organisations keep few projects). */
async function fetchAllProjects(filters: ProjectFilters, signal: AbortSignal): Promise<Project[]> {
  const projects: Project[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<Project>>('/projects', { ...filters, limit: 200, cursor }, signal);
    projects.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return projects;
}

export function useProjects(filters: ProjectFilters = {}) {
  return useQuery({
    queryKey: projectKeys.list(filters),
    queryFn: ({ signal }) => fetchAllProjects(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: projectKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Project>(`/projects/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useProjectByKey(key: string | undefined) {
  return useQuery({
    queryKey: projectKeys.byKey(key ?? ''),
    queryFn: ({ signal }) => api.get<Project>(`/projects/by-key/${encodeURIComponent(key ?? '')}`, undefined, signal),
    enabled: Boolean(key),
  });
}

export function useProjectMembers(projectId: string | undefined) {
  return useQuery({
    queryKey: projectKeys.members(projectId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ items: ProjectMember[] }>(`/projects/${projectId}/members`, undefined, signal).then((r) => r.items),
    enabled: Boolean(projectId),
  });
}

export function useProjectTemplates() {
  return useQuery({
    queryKey: projectKeys.templates(),
    queryFn: ({ signal }) =>
      api.get<{ items: ProjectTemplate[] }>('/project-templates', undefined, signal).then((r) => r.items),
  });
}
