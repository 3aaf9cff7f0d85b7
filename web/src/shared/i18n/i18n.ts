import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type AppLocale, dayjsLocaleOf, detectLocale, isAppLocale } from '@/shared/i18n/locale';
import enAuth from '@/shared/i18n/locales/en/auth.json';
import enBoard from '@/shared/i18n/locales/en/board.json';
import enCalendar from '@/shared/i18n/locales/en/calendar.json';
import enComments from '@/shared/i18n/locales/en/comments.json';
import enCommon from '@/shared/i18n/locales/en/common.json';
import enCustomers from '@/shared/i18n/locales/en/customers.json';
import enDeals from '@/shared/i18n/locales/en/deals.json';
import enErrors from '@/shared/i18n/locales/en/errors.json';
import enHome from '@/shared/i18n/locales/en/home.json';
import enInteractions from '@/shared/i18n/locales/en/interactions.json';
import enMyWork from '@/shared/i18n/locales/en/myWork.json';
import enNotifications from '@/shared/i18n/locales/en/notifications.json';
import enProjects from '@/shared/i18n/locales/en/projects.json';
import enSearch from '@/shared/i18n/locales/en/search.json';
import enSettings from '@/shared/i18n/locales/en/settings.json';
import enShortcuts from '@/shared/i18n/locales/en/shortcuts.json';
import enTasks from '@/shared/i18n/locales/en/tasks.json';
import enViews from '@/shared/i18n/locales/en/views.json';
import zhAuth from '@/shared/i18n/locales/zh-CN/auth.json';
import zhBoard from '@/shared/i18n/locales/zh-CN/board.json';
import zhCalendar from '@/shared/i18n/locales/zh-CN/calendar.json';
import zhComments from '@/shared/i18n/locales/zh-CN/comments.json';
import zhCommon from '@/shared/i18n/locales/zh-CN/common.json';
import zhCustomers from '@/shared/i18n/locales/zh-CN/customers.json';
import zhDeals from '@/shared/i18n/locales/zh-CN/deals.json';
import zhErrors from '@/shared/i18n/locales/zh-CN/errors.json';
import zhHome from '@/shared/i18n/locales/zh-CN/home.json';
import zhInteractions from '@/shared/i18n/locales/zh-CN/interactions.json';
import zhMyWork from '@/shared/i18n/locales/zh-CN/myWork.json';
import zhNotifications from '@/shared/i18n/locales/zh-CN/notifications.json';
import zhProjects from '@/shared/i18n/locales/zh-CN/projects.json';
import zhSearch from '@/shared/i18n/locales/zh-CN/search.json';
import zhSettings from '@/shared/i18n/locales/zh-CN/settings.json';
import zhShortcuts from '@/shared/i18n/locales/zh-CN/shortcuts.json';
import zhTasks from '@/shared/i18n/locales/zh-CN/tasks.json';
import zhViews from '@/shared/i18n/locales/zh-CN/views.json';
import { LOCALE_KEY, readPreference, writePreference } from '@/shared/preferences/storage';

dayjs.extend(relativeTime);

export const NAMESPACES = [
  'common',
  'auth',
  'settings',
  'errors',
  'home',
  'comments',
  'notifications',
  'tasks',
  'shortcuts',
  'board',
  'calendar',
  'myWork',
  'views',
  'search',
  'projects',
  'deals',
  'interactions',
  'customers',
] as const;

export const resources = {
  'zh-CN': {
    common: zhCommon,
    auth: zhAuth,
    settings: zhSettings,
    errors: zhErrors,
    home: zhHome,
    comments: zhComments,
    notifications: zhNotifications,
    tasks: zhTasks,
    shortcuts: zhShortcuts,
    board: zhBoard,
    calendar: zhCalendar,
    myWork: zhMyWork,
    views: zhViews,
    search: zhSearch,
    projects: zhProjects,
    deals: zhDeals,
    interactions: zhInteractions,
    customers: zhCustomers,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    settings: enSettings,
    errors: enErrors,
    home: enHome,
    comments: enComments,
    notifications: enNotifications,
    tasks: enTasks,
    shortcuts: enShortcuts,
    board: enBoard,
    calendar: enCalendar,
    myWork: enMyWork,
    views: enViews,
    search: enSearch,
    projects: enProjects,
    deals: enDeals,
    interactions: enInteractions,
    customers: enCustomers,
  },
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
