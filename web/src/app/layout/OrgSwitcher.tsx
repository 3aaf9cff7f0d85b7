import { BankOutlined } from '@ant-design/icons';
import { App, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSwitchOrg } from '@/features/auth/api/auth-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { useSession } from '@/shared/session/session-context';

/** The current organisation; a picker when the user belongs to more than one. */
export function OrgSwitcher() {
  const { t } = useTranslation('common');
  const me = useSession();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const switchOrg = useSwitchOrg();

  if (me.orgs.length <= 1) {
    return me.org ? (
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        <BankOutlined aria-hidden />
        <Typography.Text strong ellipsis style={{ maxWidth: isMobile ? 120 : 240 }}>
          {me.org.name}
        </Typography.Text>
      </Flex>
    ) : null;
  }

  const handleChange = (orgId: string) => {
    switchOrg.mutate(
      { orgId },
      {
        onSuccess: (next) => {
          navigate('/');
          void message.success(t('org.switched', { name: next.org?.name ?? '' }));
        },
        onError: (error) => showError(error),
      },
    );
  };

  return (
    <Select
      aria-label={t('org.switch')}
      value={me.org?.id}
      onChange={handleChange}
      loading={switchOrg.isPending}
      disabled={switchOrg.isPending}
      variant="borderless"
      popupMatchSelectWidth={false}
      style={{ maxWidth: isMobile ? 140 : 260, minWidth: 120 }}
      options={me.orgs.map((org) => ({ value: org.id, label: org.name }))}
      prefix={<BankOutlined aria-hidden />}
    />
  );
}
