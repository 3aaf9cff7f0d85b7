import { NOTIFICATION_KINDS, type NotificationKind, type NotificationPreference } from '@meridian/contracts';
import { Alert, App, Card, Skeleton, Switch, Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePutPreferences } from '@/features/notifications/api/notification-mutations';
import { useNotificationPreferences } from '@/features/notifications/api/notification-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Kinds × channels (in-app, e-mail) with a switch each; every change saves at once. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  const { message } = App.useApp();
  const preferences = useNotificationPreferences();
  const put = usePutPreferences();
  const showError = useApiErrorHandler();
  const rows = NOTIFICATION_KINDS.map(
    (kind) => preferences.data?.items.find((p) => p.kind === kind) ?? { kind, inApp: true, email: false },
  );
  const handleChange = (row: NotificationPreference, channel: 'inApp' | 'email', value: boolean) => {
    put.mutate([{ ...row, [channel]: value }], {
      onSuccess: () => void message.success(t('preferences.saved')),
      onError: (error) => showError(error),
    });
  };
  const label = (kind: NotificationKind) => t(`preferences.kinds.${kind}`);
  return (
    <>
      <PageHeader title={t('preferences.title')} description={t('preferences.description')} />
      <Card>
        {preferences.isPending ? <Skeleton active /> : null}
        {preferences.isError ? <Alert type="error" showIcon message={t('loadFailed')} /> : null}
        {preferences.data ? (
          <Table
            rowKey="kind"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'kind', title: t('preferences.kind'), render: (_, row) => label(row.kind) },
              {
                key: 'inApp',
                title: t('preferences.inApp'),
                width: 120,
                render: (_, row) => {
                  const isLocked = row.kind === 'mentioned';
                  const control = (
                    <Switch
                      checked={row.inApp}
                      disabled={isLocked || put.isPending}
                      aria-label={`${label(row.kind)} · ${t('preferences.inApp')}`}
                      onChange={(value) => handleChange(row, 'inApp', value)}
                    />
                  );
                  return isLocked ? <Tooltip title={t('preferences.mentionAlways')}>{control}</Tooltip> : control;
                },
              },
              {
                key: 'email',
                title: t('preferences.email'),
                width: 120,
                render: (_, row) => (
                  <Switch
                    checked={row.email}
                    disabled={put.isPending}
                    aria-label={`${label(row.kind)} · ${t('preferences.email')}`}
                    onChange={(value) => handleChange(row, 'email', value)}
                  />
                ),
              },
            ]}
          />
        ) : null}
      </Card>
    </>
  );
}
