import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '@/features/settings/components/ChangePasswordForm';
import { ProfileForm } from '@/features/settings/components/ProfileForm';
import { SessionsList } from '@/features/settings/components/SessionsList';
import { useSession } from '@/shared/session/session-context';
import { PageHeader } from '@/shared/ui/PageHeader';

export function ProfilePage() {
  const { t } = useTranslation('settings');
  const me = useSession();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Flex vertical gap={16}>
        <Card title={t('profile.cardTitle')}>
          {/* A new version (saved here, or reloaded after a conflict) remounts the form with fresh values. */}
          <ProfileForm key={me.user.version} me={me} />
        </Card>
        <Card title={t('password.title')}>
          <ChangePasswordForm />
        </Card>
        <Card title={t('sessions.title')}>
          <SessionsList />
        </Card>
      </Flex>
    </>
  );
}
