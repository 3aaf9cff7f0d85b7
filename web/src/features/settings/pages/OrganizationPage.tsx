import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '@/features/settings/api/org-queries';
import { OrganizationForm } from '@/features/settings/components/OrganizationForm';
import { useAbility } from '@/shared/session/session-context';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

export function OrganizationPage() {
  const { t } = useTranslation('settings');
  const org = useOrganization();
  const canEdit = useAbility('org.update');

  return (
    <>
      <PageHeader title={t('org.title')} description={t('org.description')} />
      {canEdit ? null : (
        <Alert type="info" role="note" showIcon title={t('org.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        {org.isPending ? <Skeleton active /> : null}
        {org.isError ? <ErrorResult error={org.error} onRetry={() => void org.refetch()} /> : null}
        {/* A new version (saved here, or reloaded after a conflict) remounts the form with fresh values. */}
        {org.data ? <OrganizationForm key={org.data.version} org={org.data} canEdit={canEdit} /> : null}
      </Card>
    </>
  );
}
