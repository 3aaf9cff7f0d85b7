import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  HomeOutlined,
  KeyOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';

type MenuItem = Required<MenuProps>['items'][number];

/** Left-menu entries the member may use; later modules add their own groups here. */
export function buildMenuItems(t: TFunction, abilities: Record<string, boolean>): MenuItem[] {
  const link = (to: string, label: string) => <Link to={to}>{label}</Link>;
  const settings: MenuItem[] = [
    { key: '/settings/profile', icon: <UserOutlined />, label: link('/settings/profile', t('common:nav.profile')) },
    {
      key: '/settings/organization',
      icon: <BankOutlined />,
      label: link('/settings/organization', t('common:nav.organization')),
    },
    { key: '/settings/members', icon: <TeamOutlined />, label: link('/settings/members', t('common:nav.members')) },
    { key: '/settings/teams', icon: <ApartmentOutlined />, label: link('/settings/teams', t('common:nav.teams')) },
    { key: '/settings/tokens', icon: <KeyOutlined />, label: link('/settings/tokens', t('common:nav.tokens')) },
  ];
  if (abilities['audit.read']) {
    settings.push({
      key: '/settings/audit-log',
      icon: <AuditOutlined />,
      label: link('/settings/audit-log', t('common:nav.auditLog')),
    });
  }
  return [
    { key: '/', icon: <HomeOutlined />, label: link('/', t('common:nav.home')) },
    { key: 'settings', icon: <SettingOutlined />, label: t('common:nav.settings'), children: settings },
  ];
}

/** The menu key of a path: the deepest entry that is a prefix of it. */
export function selectedMenuKey(pathname: string): string {
  const match = pathname.match(/^\/settings\/[^/]+/);
  return match ? match[0] : '/';
}
