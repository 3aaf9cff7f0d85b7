import type { User } from '@meridian/contracts';

export type AppLocale = User['locale'];

export const APP_LOCALES: readonly AppLocale[] = ['zh-CN', 'en'];

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The stored choice if any, else the browser's first Chinese or English language, else Chinese. */
export function detectLocale(stored: string | null, languages: readonly string[]): AppLocale {
  if (isAppLocale(stored)) return stored;
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** dayjs names its Chinese locale in lower case. */
export function dayjsLocaleOf(locale: AppLocale): string {
  return locale === 'zh-CN' ? 'zh-cn' : 'en';
}

/** The other language, for the one-click language switch. */
export function otherLocale(locale: AppLocale): AppLocale {
  return locale === 'zh-CN' ? 'en' : 'zh-CN';
}
