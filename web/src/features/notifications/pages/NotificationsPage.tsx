import type { Notification } from '@meridian/contracts';
import { Alert, Button, Card, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkRead } from '@/features/notifications/api/notification-mutations';
import { useNotifications } from '@/features/notifications/api/notification-queries';
import { NotificationItem } from '@/features/notifications/components/NotificationItem';
import { flattenPages } from '@/shared/api/pages';
import { EmptyState } from '@/shared/ui/EmptyState';
import { LoadMore } from '@/shared/ui/LoadMore';
import { PageHeader } from '@/shared/ui/PageHeader';

/** The inbox: all or unread notifications, newest first, each linking to its task. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [tab, setTab] = useState<'all' | 'unread'>('all');
  const list = useNotifications(tab === 'unread');
  const markRead = useMarkRead();
  const items = flattenPages(list.data);
  const handleOpen = (n: Notification) => {
    if (!n.readAt) markRead.mutate([n.id]);
  };
  return (
    <>
      <PageHeader
        title={t('title')}
        extra={
          <Button onClick={() => markRead.mutate('all')} loading={markRead.isPending}>
            {t('markAllRead')}
          </Button>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as 'all' | 'unread')}
          items={[
            { key: 'all', label: t('tabs.all') },
            { key: 'unread', label: t('tabs.unread') },
          ]}
        />
        {list.isPending ? <Skeleton active avatar paragraph={{ rows: 3 }} /> : null}
        {list.isError ? <Alert type="error" showIcon message={t('loadFailed')} /> : null}
        {!list.isPending && items.length === 0 ? (
          <EmptyState description={tab === 'unread' ? t('emptyUnread') : t('empty')} />
        ) : null}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((n) => (
            <li key={n.id}>
              <NotificationItem notification={n} onOpen={handleOpen} />
            </li>
          ))}
        </ul>
        <LoadMore
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          shown={items.length}
        />
      </Card>
    </>
  );
}
