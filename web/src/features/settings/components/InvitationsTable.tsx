import type { Invitation } from '@meridian/contracts';
import { App, Badge, Button, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevokeInvitation } from '@/features/settings/api/invitation-mutations';
import { useInvitations } from '@/features/settings/api/invitation-queries';
import { flattenPages } from '@/shared/api/pages';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useDateFormat } from '@/shared/format/use-date-format';
import { EmptyState } from '@/shared/ui/EmptyState';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { LoadMore } from '@/shared/ui/LoadMore';

const STATUS_BADGE = { pending: 'processing', accepted: 'success', revoked: 'default', expired: 'warning' } as const;

export function InvitationsTable() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const showError = useApiErrorHandler();
  const format = useDateFormat();
  const items = flattenPages(invitations.data);

  if (invitations.isError) return <ErrorResult error={invitations.error} onRetry={() => void invitations.refetch()} />;

  const handleRevoke = (invitation: Invitation) =>
    revoke.mutateAsync(invitation.id).then(
      () => void message.success(t('invitations.revoked', { email: invitation.email })),
      (error: unknown) => showError(error),
    );

  const columns: TableColumnsType<Invitation> = [
    { key: 'email', title: t('invitations.columns.email'), dataIndex: 'email' },
    { key: 'role', title: t('invitations.columns.role'), render: (_, row) => t(`common:roles.${row.role}`) },
    { key: 'invitedBy', title: t('invitations.columns.invitedBy'), render: (_, row) => row.invitedBy.name },
    {
      key: 'status',
      title: t('invitations.columns.status'),
      render: (_, row) => <Badge status={STATUS_BADGE[row.status]} text={t(`invitations.status.${row.status}`)} />,
    },
    { key: 'expires', title: t('invitations.columns.expires'), render: (_, row) => format.dateTime(row.expiresAt) },
    {
      key: 'actions',
      title: <span className="sr-only">{t('common:actions.more')}</span>,
      render: (_, row) =>
        row.status === 'pending' ? (
          <Popconfirm
            title={t('invitations.revokeConfirm', { email: row.email })}
            okText={t('invitations.revoke')}
            cancelText={t('common:actions.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => handleRevoke(row)}
          >
            <Button danger size="small">
              {t('invitations.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <Table<Invitation>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={invitations.isPending}
        pagination={false}
        scroll={items.length > 0 ? { x: 'max-content' } : undefined}
        locale={{ emptyText: <EmptyState description={t('invitations.empty')} /> }}
      />
      <LoadMore
        hasMore={invitations.hasNextPage}
        isLoading={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
        shown={items.length}
      />
    </>
  );
}
