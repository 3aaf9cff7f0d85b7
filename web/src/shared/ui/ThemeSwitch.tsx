import { MoonOutlined, SunOutlined } from '@ant-design/icons';
import { Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '@/shared/preferences/PreferencesProvider';

/** On means dark. Starts from the system setting; a click makes the choice stick. */
export function ThemeSwitch() {
  const { t } = useTranslation('common');
  const { themeMode, setThemeMode } = usePreferences();
  return (
    <Switch
      data-testid="theme-switch"
      checked={themeMode === 'dark'}
      aria-label={t('theme.dark')}
      checkedChildren={<MoonOutlined aria-hidden />}
      unCheckedChildren={<SunOutlined aria-hidden />}
      onChange={(isDark) => setThemeMode(isDark ? 'dark' : 'light')}
    />
  );
}
