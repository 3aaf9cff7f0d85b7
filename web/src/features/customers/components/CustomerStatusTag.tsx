import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { prospect: 'blue', active: 'green', dormant: 'orange', churned: 'default' };

export function CustomerStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('customers');
  return <Tag color={COLORS[status] ?? 'default'}>{t(`status.${status}`, { defaultValue: status })}</Tag>;
}
