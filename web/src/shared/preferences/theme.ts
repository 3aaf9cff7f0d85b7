import { type ThemeConfig, theme } from 'antd';

export type ThemeMode = 'light' | 'dark';

export function isThemeMode(value: unknown): value is ThemeMode {
  return value === 'light' || value === 'dark';
}

/** An explicit choice wins; otherwise the system's `prefers-color-scheme`. */
export function resolveThemeMode(stored: string | null, systemPrefersDark: boolean): ThemeMode {
  if (isThemeMode(stored)) return stored;
  return systemPrefersDark ? 'dark' : 'light';
}

/*
 * antd's default blue (#1677ff) and its 45 % grey for secondary text fall short of WCAG AA (4.5:1)
 * on white, and so do its red and dark-mode link colours. Statuses are shown as a Badge dot beside
 * plain text rather than as coloured tags, whose preset colours also fall short. These tokens keep antd's look but pass
 * axe's colour-contrast rule in both themes (see theme.test.ts).
 */
const LIGHT_TOKENS: ThemeConfig['token'] = {
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorError: '#cf1322',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
};

const DARK_TOKENS: ThemeConfig['token'] = {
  colorPrimary: '#1677ff',
  colorLink: '#4096ff',
  colorError: '#ff7875',
  colorTextTertiary: 'rgba(255, 255, 255, 0.6)',
  colorTextDescription: 'rgba(255, 255, 255, 0.6)',
  colorTextPlaceholder: 'rgba(255, 255, 255, 0.5)',
};

/* In dark mode the primary blue is dark enough for white button labels but too dark as text on the
 * near-black background, so selected menu items and tabs use the lighter link blue. */
const DARK_TEXT_BLUE = '#69b1ff';

export function buildThemeConfig(mode: ThemeMode): ThemeConfig {
  const isDark = mode === 'dark';
  return {
    algorithm: isDark ? theme.darkAlgorithm : theme.defaultAlgorithm,
    token: { ...(isDark ? DARK_TOKENS : LIGHT_TOKENS), borderRadius: 6 },
    components: isDark
      ? {
          // A red light enough to read as error text is too light for white button text.
          Button: { dangerColor: 'rgba(0, 0, 0, 0.88)' },
          Menu: { itemSelectedColor: DARK_TEXT_BLUE, subMenuItemSelectedColor: DARK_TEXT_BLUE },
          Tabs: { itemSelectedColor: DARK_TEXT_BLUE, itemActiveColor: DARK_TEXT_BLUE, itemHoverColor: DARK_TEXT_BLUE },
        }
      : {},
  };
}
