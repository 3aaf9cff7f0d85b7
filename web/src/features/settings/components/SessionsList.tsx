import type { Session } from '@meridian/contracts';
import { App, Badge, Button, Popconfirm, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEndSession } from '@/features/settings/api/profile-mutations';
import { useOwnSessions } from '@/features/settings/api/profile-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useDateFormat } from '@/shared/format/use-date-format';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { SimpleList } from '@/shared/ui/SimpleList';

/** Where the account is signed in; any other device can be signed out from here. */
export function SessionsList() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const sessions = useOwnSessions();
  const endSession = useEndSession();
  const showError = useApiErrorHandler();
  const format = useDateFormat();

  if (sessions.isPending) return <Skeleton active />;
  if (sessions.isError) return <ErrorResult error={sessions.error} onRetry={() => void sessions.refetch()} />;

  const handleEnd = (session: Session) =>
    endSession.mutateAsync(session.id).then(
      () => void message.success(t('sessions.ended')),
      (error: unknown) => showError(error),
    );

  return (
    <SimpleList
      items={sessions.data.items}
      rowKey={(session) => session.id}
      emptyText={t('sessions.empty')}
      renderItem={(session) => (
        <>
          <Typography.Text strong>{session.device || t('sessions.unknownDevice')}</Typography.Text>{' '}
          {session.current ? <Badge status="processing" text={t('sessions.current')} /> : null}
          <br />
          <Typography.Text type="secondary">
            {t('sessions.details', {
              ip: session.ip,
              lastSeen: format.relative(session.lastSeenAt),
              created: format.dateTime(session.createdAt),
            })}
          </Typography.Text>
        </>
      )}
      renderActions={(session) =>
        session.current ? null : (
          <Popconfirm
            title={t('sessions.endConfirm')}
            okText={t('sessions.end')}
            cancelText={t('common:actions.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => handleEnd(session)}
          >
            <Button danger>{t('sessions.end')}</Button>
          </Popconfirm>
        )
      }
    />
  );
}
