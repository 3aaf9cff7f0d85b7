import { Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Brand } from '@/app/layout/Brand';
import { SideMenu } from '@/app/layout/SideMenu';
import { TopBar } from '@/app/layout/TopBar';
import { useRealtime } from '@/app/realtime/use-realtime';
import { ShortcutHelpModal } from '@/app/shortcuts/ShortcutHelpModal';
import { QuickAddTaskModal } from '@/features/tasks/components/QuickAddTaskModal';
import { TaskDetailDrawer } from '@/features/tasks/components/TaskDetailDrawer';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { readPreference, SIDER_KEY, writePreference } from '@/shared/preferences/storage';
import { useSession } from '@/shared/session/session-context';
import { FullPageSpin } from '@/shared/ui/FullPageSpin';

/** Collapsible left menu on desktop, a drawer under 768 px; the page below the top bar. */
export function AppLayout() {
  const { t } = useTranslation('common');
  const isMobile = useIsMobile();
  const [isCollapsed, setIsCollapsed] = useState(() => readPreference(SIDER_KEY) === 'true');
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  useRealtime(useSession().org?.id ?? null);

  const handleToggleMenu = () => {
    if (isMobile) {
      setIsDrawerOpen((open) => !open);
      return;
    }
    writePreference(SIDER_KEY, String(!isCollapsed));
    setIsCollapsed(!isCollapsed);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="meridian-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      {isMobile ? (
        <Drawer
          placement="left"
          open={isDrawerOpen}
          onClose={() => setIsDrawerOpen(false)}
          title={<Brand />}
          size={280}
          styles={{ body: { padding: 0 }, header: { padding: 0 } }}
        >
          <nav aria-label={t('nav.main')}>
            <SideMenu onNavigate={() => setIsDrawerOpen(false)} />
          </nav>
        </Drawer>
      ) : (
        <Layout.Sider
          theme="light"
          collapsible
          collapsed={isCollapsed}
          trigger={null}
          width={224}
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
        >
          <Brand isCollapsed={isCollapsed} />
          <nav aria-label={t('nav.main')}>
            <SideMenu isCollapsed={isCollapsed} />
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        <TopBar
          isMobile={isMobile}
          isMenuOpen={isMobile ? isDrawerOpen : !isCollapsed}
          onToggleMenu={handleToggleMenu}
        />
        <Layout.Content id="main" tabIndex={-1} style={{ padding: isMobile ? 12 : 24, outline: 'none' }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <ShortcutHelpModal />
      <QuickAddTaskModal />
      <TaskDetailDrawer />
    </Layout>
  );
}
