import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrgSwitcher } from '@/app/layout/OrgSwitcher';
import { UserMenu } from '@/app/layout/UserMenu';
import { NotificationBell } from '@/features/notifications';
import { GlobalSearch } from '@/features/search/components/GlobalSearch';
import { QuickAddButton } from '@/features/tasks/components/QuickAddButton';
import { LanguageSwitch } from '@/shared/ui/LanguageSwitch';
import { ThemeSwitch } from '@/shared/ui/ThemeSwitch';

export type TopBarProps = {
  isMobile: boolean;
  isMenuOpen: boolean;
  onToggleMenu: () => void;
};

/** Menu toggle and organisation on the left; language, theme and account on the right. */
export function TopBar({ isMobile, isMenuOpen, onToggleMenu }: TopBarProps) {
  const { t } = useTranslation('common');
  const { token } = theme.useToken();
  const toggleIcon = isMobile ? <MenuOutlined /> : isMenuOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />;
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        paddingInline: isMobile ? 8 : 16,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          <Button
            type="text"
            icon={toggleIcon}
            aria-label={t(isMenuOpen ? 'nav.closeMenu' : 'nav.openMenu')}
            aria-expanded={isMenuOpen}
            onClick={onToggleMenu}
          />
          <OrgSwitcher />
          <GlobalSearch isMobile={isMobile} />
        </Flex>
        <Flex align="center" gap={isMobile ? 4 : 12}>
          <QuickAddButton />
          <NotificationBell />
          <LanguageSwitch />
          <ThemeSwitch />
          <UserMenu />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
