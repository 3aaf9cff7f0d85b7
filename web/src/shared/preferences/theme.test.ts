import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from '@/shared/preferences/contrast';
import { buildThemeConfig, resolveThemeMode, type ThemeMode } from '@/shared/preferences/theme';

describe('resolveThemeMode', () => {
  it('prefers the stored choice, then the system setting', () => {
    expect(resolveThemeMode('dark', false)).toBe('dark');
    expect(resolveThemeMode('light', true)).toBe('light');
    expect(resolveThemeMode(null, true)).toBe('dark');
    expect(resolveThemeMode('purple', false)).toBe('light');
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('rgba(0,0,0,0.45)', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each<ThemeMode>(['light', 'dark'])('%s theme tokens', (mode) => {
  const config = buildThemeConfig(mode);
  const token = theme.getDesignToken(config);
  const backgrounds = [token.colorBgContainer, token.colorBgLayout];

  it.each([
    'colorText',
    'colorTextSecondary',
    'colorTextTertiary',
    'colorTextDescription',
    'colorTextPlaceholder',
    'colorLink',
    'colorError',
  ] as const)('%s reaches AA (4.5:1) on container and layout backgrounds', (name) => {
    for (const background of backgrounds) expect(contrastRatio(token[name], background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps white text on primary buttons at AA', () => {
    expect(contrastRatio('#ffffff', token.colorPrimary)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('dark danger buttons', () => {
  it('keep their label readable on the lighter red', () => {
    const config = buildThemeConfig('dark');
    const token = theme.getDesignToken(config);
    const dangerColor = config.components?.Button?.dangerColor ?? '#ffffff';
    expect(contrastRatio(String(dangerColor), token.colorError)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('dark selected menu items and tabs', () => {
  it('are readable on the dark background', () => {
    const config = buildThemeConfig('dark');
    const token = theme.getDesignToken(config);
    for (const color of [config.components?.Menu?.itemSelectedColor, config.components?.Tabs?.itemSelectedColor]) {
      expect(contrastRatio(String(color), token.colorBgContainer)).toBeGreaterThanOrEqual(4.5);
      // The selected menu item sits on the primary background tint (colorPrimaryBg).
      expect(contrastRatio(String(color), token.colorPrimaryBg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('readableTextOn', () => {
  it('keeps white where it passes and switches to dark text where it does not', () => {
    expect(readableTextOn('#0958d9')).toBe('#ffffff');
    expect(readableTextOn('#1677ff')).toBe('rgba(0, 0, 0, 0.88)');
    expect(contrastRatio(readableTextOn('#52c41a'), '#52c41a')).toBeGreaterThanOrEqual(4.5);
  });
});
