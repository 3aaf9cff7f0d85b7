import { ApiOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from '@/features/auth/api/auth-mutations';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { useSession } from '@/shared/session/session-context';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export function UserMenu() {
  const { t } = useTranslation('common');
  const me = useSession();
  const isMobile = useIsMobile();
  const signOut = useSignOut();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
          {me.user.email}
        </Typography.Text>
      ),
    },
    { key: 'profile', icon: <UserOutlined />, label: <Link to="/settings/profile">{t('nav.profile')}</Link> },
    {
      key: 'api-docs',
      icon: <ApiOutlined />,
      label: (
        <a href="/api/docs" target="_blank" rel="noreferrer">
          {t('nav.apiDocs')}
        </a>
      ),
    },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined />,
      danger: true,
      disabled: signOut.isPending,
      label: <span data-testid="sign-out">{t('nav.signOut')}</span>,
    },
  ];

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'sign-out') signOut.mutate();
  };

  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" aria-label={t('userMenu', { name: me.user.name })}>
        <UserAvatar name={me.user.name} initials={me.user.initials} color={me.user.avatarColor} size="small" />
        {isMobile ? null : <span>{me.user.name}</span>}
      </Button>
    </Dropdown>
  );
}
