import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { buildMenuItems, selectedMenuKey } from '@/app/layout/menu-items';
import { useSession } from '@/shared/session/session-context';

export type SideMenuProps = { isCollapsed?: boolean; onNavigate?: () => void };

export function SideMenu({ isCollapsed = false, onNavigate }: SideMenuProps) {
  const { t } = useTranslation('common');
  const me = useSession();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      items={buildMenuItems(t, me.abilities)}
      selectedKeys={[selectedMenuKey(pathname)]}
      defaultOpenKeys={isCollapsed ? [] : ['settings']}
      onClick={onNavigate}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
