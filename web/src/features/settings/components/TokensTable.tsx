import type { ApiToken } from '@meridian/contracts';
import { App, Badge, Button, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevokeToken } from '@/features/settings/api/token-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useDateFormat } from '@/shared/format/use-date-format';
import { EmptyState } from '@/shared/ui/EmptyState';

export type TokensTableProps = { tokens: ApiToken[]; isLoading: boolean; now?: number };

export function TokensTable({ tokens, isLoading, now = Date.now() }: TokensTableProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const revoke = useRevokeToken();
  const showError = useApiErrorHandler();
  const format = useDateFormat();

  const handleRevoke = (token: ApiToken) =>
    revoke.mutateAsync(token.id).then(
      () => void message.success(t('tokens.revoked', { name: token.name })),
      (error: unknown) => showError(error),
    );

  const columns: TableColumnsType<ApiToken> = [
    {
      key: 'name',
      title: t('tokens.columns.name'),
      render: (_, token) => <Typography.Text strong>{token.name}</Typography.Text>,
    },
    {
      key: 'prefix',
      title: t('tokens.columns.prefix'),
      render: (_, token) => <Typography.Text code>{token.prefix}…</Typography.Text>,
    },
    { key: 'scope', title: t('tokens.columns.scope'), render: (_, token) => t(`tokens.scopes.${token.scope}`) },
    {
      key: 'expires',
      title: t('tokens.columns.expires'),
      render: (_, token) => {
        if (!token.expiresAt) return t('tokens.expiry.never');
        const isExpired = Date.parse(token.expiresAt) <= now;
        return (
          <Badge
            status={isExpired ? 'default' : 'success'}
            text={isExpired ? t('tokens.expired') : format.date(token.expiresAt)}
          />
        );
      },
    },
    {
      key: 'lastUsed',
      title: t('tokens.columns.lastUsed'),
      render: (_, token) => (token.lastUsedAt ? format.relative(token.lastUsedAt) : t('tokens.neverUsed')),
    },
    { key: 'created', title: t('tokens.columns.created'), render: (_, token) => format.date(token.createdAt) },
    {
      key: 'actions',
      title: <span className="sr-only">{t('common:actions.more')}</span>,
      render: (_, token) => (
        <Popconfirm
          title={t('tokens.revokeConfirm', { name: token.name })}
          description={t('tokens.revokeHint')}
          okText={t('tokens.revoke')}
          cancelText={t('common:actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => handleRevoke(token)}
        >
          <Button danger size="small">
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Table<ApiToken>
      rowKey="id"
      columns={columns}
      dataSource={tokens}
      loading={isLoading}
      pagination={false}
      scroll={tokens.length > 0 ? { x: 'max-content' } : undefined}
      locale={{ emptyText: <EmptyState description={t('tokens.empty')} /> }}
    />
  );
}
