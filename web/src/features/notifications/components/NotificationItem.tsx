import type { Notification } from '@meridian/contracts';
import { Badge, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  notificationDetail,
  notificationLink,
  notificationText,
} from '@/features/notifications/internal/notification-text';
import { useDateFormat } from '@/shared/format/use-date-format';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type NotificationItemProps = { notification: Notification; onOpen: (n: Notification) => void };

/** One notification worded in the reader's language, linking to its task; unread ones carry a dot. */
export function NotificationItem({ notification: n, onOpen }: NotificationItemProps) {
  const { t } = useTranslation('notifications');
  const format = useDateFormat();
  const detail = notificationDetail(n);
  const isUnread = n.readAt === null;
  return (
    <Link
      to={notificationLink(n)}
      onClick={() => onOpen(n)}
      style={{ display: 'block', color: 'inherit', padding: '8px 4px', textDecoration: 'none' }}
    >
      <Flex gap={10} align="flex-start">
        {n.actor ? (
          <UserAvatar name={n.actor.name} initials={n.actor.initials} color={n.actor.avatarColor} size="small" />
        ) : (
          <UserAvatar name="Meridian" initials="M" size="small" />
        )}
        <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong={isUnread}>{notificationText(n, t)}</Typography.Text>
          {detail ? (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
              {detail}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={n.createdAt} title={format.dateTime(n.createdAt)}>
              {format.relative(n.createdAt)}
            </time>
          </Typography.Text>
        </Flex>
        {isUnread ? <Badge status="processing" aria-label={t('unread')} /> : null}
      </Flex>
    </Link>
  );
}
