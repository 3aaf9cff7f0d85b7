import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createQueryClient } from '@/shared/api/query-client';
import { i18n } from '@/shared/i18n/i18n';
import { PreferencesProvider, usePreferences } from '@/shared/preferences/PreferencesProvider';
import { buildThemeConfig } from '@/shared/preferences/theme';

export type AppProvidersProps = { children: ReactNode };

export function AppProviders({ children }: AppProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <PreferencesProvider>
          <AntdRoot>{children}</AntdRoot>
        </PreferencesProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/** antd follows the i18next language and the theme mode; both are derived, never copied into state. */
function AntdRoot({ children }: { children: ReactNode }) {
  const { themeMode } = usePreferences();
  const { i18n: instance } = useTranslation();
  return (
    <ConfigProvider
      locale={instance.language === 'en' ? enUS : zhCN}
      theme={buildThemeConfig(themeMode)}
      button={{ autoInsertSpace: false }}
    >
      <DocumentTheme mode={themeMode} />
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** The page outside React (scrollbars, overscroll, form controls) takes the theme too. */
function DocumentTheme({ mode }: { mode: 'light' | 'dark' }) {
  const { token } = theme.useToken();
  useEffect(() => {
    const root = document.documentElement;
    root.style.colorScheme = mode;
    root.style.setProperty('--meridian-focus', token.colorPrimary);
    document.body.style.backgroundColor = token.colorBgLayout;
    document.body.style.color = token.colorText;
  }, [mode, token.colorBgLayout, token.colorText, token.colorPrimary]);
  return null;
}
