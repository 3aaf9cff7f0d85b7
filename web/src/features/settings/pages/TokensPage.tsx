import { ApiOutlined, PlusOutlined } from '@ant-design/icons';
import type { CreatedApiToken } from '@meridian/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTokens } from '@/features/settings/api/token-queries';
import { CreateTokenModal } from '@/features/settings/components/CreateTokenModal';
import { TokenSecretModal } from '@/features/settings/components/TokenSecretModal';
import { TokensTable } from '@/features/settings/components/TokensTable';
import { useAbility } from '@/shared/session/session-context';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

export function TokensPage() {
  const { t } = useTranslation('settings');
  const tokens = useTokens();
  const canCreate = useAbility('tokens.create');
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  // Only in component state, never in the query cache: the secret disappears with the modal.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        extra={
          <>
            <Button icon={<ApiOutlined />} href="/api/docs" target="_blank" rel="noreferrer">
              {t('tokens.apiDocs')}
            </Button>
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreateOpen(true)}>
                {t('tokens.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        {tokens.isError ? (
          <ErrorResult error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : (
          <TokensTable tokens={tokens.data?.items ?? []} isLoading={tokens.isPending} />
        )}
      </Card>
      <CreateTokenModal
        open={isCreateOpen}
        onClose={() => setIsCreateOpen(false)}
        onCreated={(token) => {
          setIsCreateOpen(false);
          setCreated(token);
        }}
      />
      <TokenSecretModal token={created} onClose={() => setCreated(null)} />
    </>
  );
}
