import type {
  CreateProjectBody,
  CustomField,
  Label,
  Project,
  ProjectMember,
  ProjectTemplate,
  UpdateProjectBody,
} from '@meridian/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { customFieldKeys } from '@/features/projects/api/custom-field-queries';
import { labelKeys } from '@/features/projects/api/label-queries';
import { projectKeys } from '@/features/projects/api/project-queries';
import { api, apiRequest } from '@/shared/api/client';

function invalidateProjects(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: projectKeys.all });
}

/** A mutation hook that refreshes every project query once it settles. */
function projectMutation<V, R>(fn: (vars: V) => Promise<R>) {
  return function useProjectMutation() {
    const queryClient = useQueryClient();
    return useMutation({ mutationFn: fn, onSettled: () => invalidateProjects(queryClient) });
  };
}

export const useCreateProject = projectMutation((body: CreateProjectBody) => api.post<Project>('/projects', body));
export const useUpdateProject = projectMutation(({ id, body }: { id: string; body: UpdateProjectBody }) =>
  api.patch<Project>(`/projects/${id}`, body),
);
export const useArchiveProject = projectMutation((id: string) => api.post<Project>(`/projects/${id}/archive`));
export const useRestoreProject = projectMutation((id: string) => api.post<Project>(`/projects/${id}/restore`));
export const useDeleteProject = projectMutation((id: string) => api.delete(`/projects/${id}`));
export const usePutProjectMember = projectMutation(
  ({ projectId, userId, role }: { projectId: string; userId: string; role: ProjectMember['role'] }) =>
    api.put(`/projects/${projectId}/members/${userId}`, { role }),
);
export const useRemoveProjectMember = projectMutation(({ projectId, userId }: { projectId: string; userId: string }) =>
  api.delete(`/projects/${projectId}/members/${userId}`),
);
export const useCreateStatus = projectMutation(
  ({ projectId, body }: { projectId: string; body: { name: string; category: string; color?: string } }) =>
    api.post<Project>(`/projects/${projectId}/statuses`, body),
);
export const useUpdateStatus = projectMutation(
  ({ projectId, statusId, body }: { projectId: string; statusId: string; body: Record<string, unknown> }) =>
    api.patch<Project>(`/projects/${projectId}/statuses/${statusId}`, body),
);
export const useDeleteStatus = projectMutation(
  ({ projectId, statusId, moveTo }: { projectId: string; statusId: string; moveTo: string }) =>
    apiRequest<Project>('DELETE', `/projects/${projectId}/statuses/${statusId}`, { query: { moveTo } }),
);
export const useSaveAsTemplate = projectMutation(({ projectId, name }: { projectId: string; name: string }) =>
  api.post<ProjectTemplate>(`/projects/${projectId}/save-as-template`, { name }),
);
export const useDeleteTemplate = projectMutation((id: string) => api.delete(`/project-templates/${id}`));

export function useSaveLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: { name?: string; color?: string; projectId?: string | null } }) =>
      id ? api.patch<Label>(`/labels/${id}`, body) : api.post<Label>('/labels', body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: labelKeys.all }),
  });
}

export function useDeleteLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/labels/${id}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: labelKeys.all }),
  });
}

export function useSaveCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Record<string, unknown> }) =>
      id ? api.patch<CustomField>(`/custom-fields/${id}`, body) : api.post<CustomField>('/custom-fields', body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: customFieldKeys.all }),
  });
}

export function useDeleteCustomField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/custom-fields/${id}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: customFieldKeys.all }),
  });
}
