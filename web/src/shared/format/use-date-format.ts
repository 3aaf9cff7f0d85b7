import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRelative } from '@/shared/format/date';
import { useMe } from '@/shared/session/me-query';

/** Date formatters in the current language and the signed-in user's time zone. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const locale = i18n.language;
  const timeZone = me?.user.timeZone;
  return useMemo(
    () => ({
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      date: (iso: string) => formatDate(iso, locale, timeZone),
      relative: (iso: string) => formatRelative(iso, locale),
    }),
    [locale, timeZone],
  );
}
