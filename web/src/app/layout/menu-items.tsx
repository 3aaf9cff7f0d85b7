import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  CrownOutlined,
  FundOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  ProfileOutlined,
  ProjectOutlined,
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
    {
      key: '/settings/custom-fields',
      icon: <ProfileOutlined />,
      label: link('/settings/custom-fields', t('projects:customFields.title')),
    },
    {
      key: '/settings/notifications',
      icon: <BellOutlined />,
      label: link('/settings/notifications', t('notifications:preferences.title')),
    },
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
    { key: '/my-work', icon: <CheckSquareOutlined />, label: link('/my-work', t('myWork:menu')) },
    { key: '/projects', icon: <ProjectOutlined />, label: link('/projects', t('projects:title')) },
    {
      key: 'customers',
      icon: <CrownOutlined />,
      label: t('customers:nav.group'),
      children: [
        { key: '/customers', icon: <IdcardOutlined />, label: link('/customers', t('customers:nav.customers')) },
        { key: '/contacts', icon: <ContactsOutlined />, label: link('/contacts', t('customers:nav.contacts')) },
        { key: '/customers/pool', icon: <GlobalOutlined />, label: link('/customers/pool', t('customers:nav.pool')) },
      ],
    },
    { key: '/deals', icon: <FundOutlined />, label: link('/deals', t('deals:nav')) },
    { key: 'settings', icon: <SettingOutlined />, label: t('common:nav.settings'), children: settings },
  ];
}

/** The menu key of a path: the deepest entry that is a prefix of it. */
export function selectedMenuKey(pathname: string): string {
  if (pathname === '/my-work' || pathname.startsWith('/my-work/')) return '/my-work';
  if (pathname === '/projects' || pathname.startsWith('/projects/')) return '/projects';
  if (pathname === '/customers/pool') return '/customers/pool';
  if (pathname === '/customers' || pathname.startsWith('/customers/')) return '/customers';
  if (pathname === '/contacts' || pathname.startsWith('/contacts/')) return '/contacts';
  if (pathname === '/deals' || pathname.startsWith('/deals/')) return '/deals';
  const match = pathname.match(/^\/settings\/[^/]+/);
  return match ? match[0] : '/';
}
