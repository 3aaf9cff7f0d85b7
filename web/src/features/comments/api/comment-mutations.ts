import type { Comment } from '@meridian/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { activityKeys, type CommentTarget, commentKeys } from '@/features/comments/api/comment-queries';
import { api } from '@/shared/api/client';

function invalidate(queryClient: QueryClient, target: CommentTarget) {
  void queryClient.invalidateQueries({ queryKey: commentKeys.list(target) });
  void queryClient.invalidateQueries({ queryKey: activityKeys.list(target) });
}

export function useCreateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Comment>('/comments', { ...target, body }),
    onSuccess: () => invalidate(queryClient, target),
  });
}

export function useUpdateComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, version }: { id: string; body: string; version: number }) =>
      api.patch<Comment>(`/comments/${id}`, { body, version }),
    onSettled: () => invalidate(queryClient, target),
  });
}

export function useDeleteComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/comments/${id}`),
    onSettled: () => invalidate(queryClient, target),
  });
}

export function useToggleReaction(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, emoji, on }: { id: string; emoji: string; on: boolean }) => {
      const path = `/comments/${id}/reactions/${encodeURIComponent(emoji)}`;
      return on ? api.put<Comment>(path) : api.delete<Comment>(path);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: commentKeys.list(target) }),
  });
}
