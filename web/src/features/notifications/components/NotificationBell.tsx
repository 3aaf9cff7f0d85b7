import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@meridian/contracts';
import { Badge, Button, Divider, Flex, Popover, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkRead } from '@/features/notifications/api/notification-mutations';
import { useNotifications, useUnreadCount } from '@/features/notifications/api/notification-queries';
import { NotificationItem } from '@/features/notifications/components/NotificationItem';
import { flattenPages } from '@/shared/api/pages';
import { EmptyState } from '@/shared/ui/EmptyState';

function LatestNotifications({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const latest = useNotifications(false, 8);
  const markRead = useMarkRead();
  const items = flattenPages(latest.data).slice(0, 8);
  const handleOpen = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
    onClose();
  };
  return (
    <Flex vertical style={{ width: 'min(360px, calc(100vw - 32px))' }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Button size="small" type="link" onClick={() => markRead.mutate('all')} loading={markRead.isPending}>
          {t('markAllRead')}
        </Button>
      </Flex>
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        {latest.isPending ? <Skeleton active avatar paragraph={{ rows: 2 }} /> : null}
        {!latest.isPending && items.length === 0 ? <EmptyState description={t('empty')} /> : null}
        {items.map((n) => (
          <NotificationItem key={n.id} notification={n} onOpen={handleOpen} />
        ))}
      </div>
      <Divider style={{ margin: '8px 0' }} />
      <Link to="/notifications" onClick={onClose} style={{ textAlign: 'center' }}>
        {t('viewAll')}
      </Link>
    </Flex>
  );
}

/** The top bar's bell: unread count pushed in real time, the latest notifications in a popover. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [isOpen, setIsOpen] = useState(false);
  const { data } = useUnreadCount();
  const count = data?.count ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={isOpen}
      onOpenChange={setIsOpen}
      // Always given: antd never opens a popover whose content is empty. The list mounts (and
      // fetches) only once opened and is dropped when closed, so each opening reads it afresh.
      destroyOnHidden
      content={<LatestNotifications onClose={() => setIsOpen(false)} />}
    >
      <Button
        type="text"
        aria-label={count ? t('bell', { count }) : t('bellNone')}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
