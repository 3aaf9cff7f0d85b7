import { useTranslation } from 'react-i18next';
import { formatPhone, telHref } from '@/features/customers/internal/phone-format';

/** A phone number shown 3-4-4, dialable on mobile. */
export function PhoneText({ phone }: { phone: string }) {
  const { t } = useTranslation('customers');
  if (!phone) return <span>—</span>;
  return <a href={telHref(phone)}>{formatPhone(phone, t('phone.extension'))}</a>;
}
