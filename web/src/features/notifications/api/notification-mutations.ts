import type { NotificationPreference, NotificationPreferences } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from '@/features/notifications/api/notification-queries';
import { api } from '@/shared/api/client';

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | 'all') =>
      ids === 'all'
        ? api.post<{ updated: number }>('/notifications/read-all')
        : api.post<{ updated: number }>('/notifications/read', { ids }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePutPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreference[]) =>
      api.put<NotificationPreferences>('/notification-preferences', { items }),
    onSuccess: (data) => queryClient.setQueryData(notificationKeys.preferences(), data),
  });
}
