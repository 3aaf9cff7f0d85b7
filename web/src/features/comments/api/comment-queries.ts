import type { ActivityEntry, Comment, CommentTargetType } from '@meridian/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export type CommentTarget = { targetType: CommentTargetType; targetId: string };

export const commentKeys = {
  all: ['comments'] as const,
  list: (target: CommentTarget) => [...commentKeys.all, target.targetType, target.targetId] as const,
};

export const activityKeys = {
  all: ['activity'] as const,
  list: (target: CommentTarget) => [...activityKeys.all, target.targetType, target.targetId] as const,
};

const PAGE_SIZE = 50;

/** A target's comments, oldest first; "load more" reads newer pages. */
export function useComments(target: CommentTarget) {
  return useInfiniteQuery({
    queryKey: commentKeys.list(target),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Comment>>('/comments', { ...target, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

/** A task's or project's history, newest first. */
export function useActivity(target: CommentTarget) {
  const base = target.targetType === 'task' ? 'tasks' : 'projects';
  return useInfiniteQuery({
    queryKey: activityKeys.list(target),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ActivityEntry>>(`/${base}/${target.targetId}/activity`, { limit: 30, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}
