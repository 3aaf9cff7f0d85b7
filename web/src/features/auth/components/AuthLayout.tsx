import { Card, Flex, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { FullPageSpin } from '@/shared/ui/FullPageSpin';
import { LanguageSwitch } from '@/shared/ui/LanguageSwitch';
import { ThemeSwitch } from '@/shared/ui/ThemeSwitch';

/** Public pages: one centred card, full width on phones, with language and theme at the top. */
export function AuthLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex justify="flex-end" align="center" gap={12} style={{ padding: '12px 16px' }}>
        <LanguageSwitch />
        <ThemeSwitch />
      </Flex>
      <Layout.Content style={{ display: 'flex', justifyContent: 'center', padding: '0 12px 48px' }}>
        <div style={{ width: '100%', maxWidth: 440 }}>
          <Flex align="center" justify="center" gap={10} style={{ marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={36} height={36} />
            <Typography.Title level={2} style={{ margin: 0 }}>
              Meridian
            </Typography.Title>
          </Flex>
          <Card>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </Card>
        </div>
      </Layout.Content>
    </Layout>
  );
}
