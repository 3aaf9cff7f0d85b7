import { ArrowRightOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@meridian/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listChanges } from '@/features/settings/internal/audit-format';
import { useDateFormat } from '@/shared/format/use-date-format';

/** Fields whose values are codes with a translation (roles, statuses, scopes). */
const VALUE_KEYS: Record<string, (value: string) => string> = {
  role: (value) => `common:roles.${value}`,
  status: (value) => `settings:members.status.${value}`,
  scope: (value) => `settings:tokens.scopes.${value}`,
  locale: (value) => `common:language.names.${value}`,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export type AuditChangesProps = { changes: AuditEntry['changes'] };

/** Each changed field as "field: before → after". */
export function AuditChanges({ changes }: AuditChangesProps) {
  const { t } = useTranslation('settings');
  const format = useDateFormat();
  const rows = listChanges(changes, { empty: '—', yes: t('common:yes'), no: t('common:no') }, (field, value) => {
    if (ISO_INSTANT.test(value)) return format.dateTime(value);
    const key = VALUE_KEYS[field]?.(value);
    return key ? t(key, { defaultValue: value }) : undefined;
  });
  if (rows.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    // The width cap lets long values wrap instead of pushing the table beyond the screen.
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none', maxWidth: 280 }}>
      {rows.map((row) => (
        <li key={row.field} style={{ overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary">
            {t('audit.fieldLabel', { field: t(`audit.fields.${row.field}`, { defaultValue: row.field }) })}
          </Typography.Text>
          <Typography.Text delete={row.from !== '—'}>{row.from}</Typography.Text>{' '}
          <ArrowRightOutlined aria-label={t('audit.changedTo')} /> <Typography.Text strong>{row.to}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
