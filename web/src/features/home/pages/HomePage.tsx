import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  KeyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/shared/session/session-context';
import { UserAvatar } from '@/shared/ui/UserAvatar';

type Shortcut = { to: string; icon: ReactNode; key: string };

/** A welcome and the way to settings; dashboards of later modules will take this page over. */
export function HomePage() {
  const { t } = useTranslation('home');
  const me = useSession();

  if (!me.org) {
    return <Result status="info" title={t('noOrg.title')} subTitle={t('noOrg.description')} />;
  }

  const shortcuts: Shortcut[] = [
    { to: '/settings/profile', icon: <UserOutlined />, key: 'profile' },
    { to: '/settings/organization', icon: <BankOutlined />, key: 'organization' },
    { to: '/settings/members', icon: <TeamOutlined />, key: 'members' },
    { to: '/settings/teams', icon: <ApartmentOutlined />, key: 'teams' },
    { to: '/settings/tokens', icon: <KeyOutlined />, key: 'tokens' },
    ...(me.abilities['audit.read'] ? [{ to: '/settings/audit-log', icon: <AuditOutlined />, key: 'auditLog' }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex align="center" gap={16} wrap>
          <UserAvatar name={me.user.name} initials={me.user.initials} color={me.user.avatarColor} size={56} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('welcome', { name: me.user.name })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('orgLine', { org: me.org.name, role: t(`common:roles.${me.role ?? 'member'}`) })}
            </Typography.Text>
          </div>
        </Flex>
      </Card>
      <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
        {t('shortcutsTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map((shortcut) => (
          <Col key={shortcut.key} xs={24} sm={12} lg={8}>
            <Link to={shortcut.to} style={{ display: 'block', height: '100%' }}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 24 }}>{shortcut.icon}</span>}
                  title={t(`shortcuts.${shortcut.key}.title`)}
                  description={t(`shortcuts.${shortcut.key}.description`)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
