import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type AppLocale, dayjsLocaleOf, detectLocale, isAppLocale } from '@/shared/i18n/locale';
import enAuth from '@/shared/i18n/locales/en/auth.json';
import enCommon from '@/shared/i18n/locales/en/common.json';
import enErrors from '@/shared/i18n/locales/en/errors.json';
import enHome from '@/shared/i18n/locales/en/home.json';
import enSettings from '@/shared/i18n/locales/en/settings.json';
import zhAuth from '@/shared/i18n/locales/zh-CN/auth.json';
import zhCommon from '@/shared/i18n/locales/zh-CN/common.json';
import zhErrors from '@/shared/i18n/locales/zh-CN/errors.json';
import zhHome from '@/shared/i18n/locales/zh-CN/home.json';
import zhSettings from '@/shared/i18n/locales/zh-CN/settings.json';
import { LOCALE_KEY, readPreference, writePreference } from '@/shared/preferences/storage';

dayjs.extend(relativeTime);

export const NAMESPACES = ['common', 'auth', 'settings', 'errors', 'home'] as const;

export const resources = {
  'zh-CN': { common: zhCommon, auth: zhAuth, settings: zhSettings, errors: zhErrors, home: zhHome },
  en: { common: enCommon, auth: enAuth, settings: enSettings, errors: enErrors, home: enHome },
} as const;

const initialLocale = detectLocale(
  readPreference(LOCALE_KEY),
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
);

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale,
  fallbackLng: 'en',
  supportedLngs: ['zh-CN', 'en'],
  load: 'currentOnly',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});
dayjs.locale(dayjsLocaleOf(initialLocale));
if (typeof document !== 'undefined') document.documentElement.lang = initialLocale;

/** The language in use now. */
export function currentLocale(): AppLocale {
  return isAppLocale(i18n.language) ? i18n.language : 'zh-CN';
}

/**
 * Switches every layer to a language at once: i18next (which re-renders antd's ConfigProvider with
 * its locale), dayjs and the document's `lang`. Remembered locally for the next visit before sign-in.
 */
export function applyLocale(locale: AppLocale): void {
  writePreference(LOCALE_KEY, locale);
  dayjs.locale(dayjsLocaleOf(locale));
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
