import type { Notification, NotificationPreferences, UnreadCount } from '@meridian/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { nextPageParam, type Page } from '@/shared/api/pages';

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (unreadOnly: boolean, limit: number) => [...notificationKeys.lists(), { unreadOnly, limit }] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

export function useNotifications(unreadOnly: boolean, limit = 30) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly, limit),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Notification>>(
        '/notifications',
        { unreadOnly: unreadOnly || undefined, limit, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

/** The bell's badge; kept fresh by `notification.created` pushes (and a slow poll as a safety net). */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => api.get<UnreadCount>('/notifications/unread-count', undefined, signal),
    refetchInterval: 5 * 60_000,
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: ({ signal }) => api.get<NotificationPreferences>('/notification-preferences', undefined, signal),
  });
}
