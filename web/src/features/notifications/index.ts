export { notificationKeys } from '@/features/notifications/api/notification-queries';
export { NotificationBell } from '@/features/notifications/components/NotificationBell';
