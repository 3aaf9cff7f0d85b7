import type { AuditEntry } from '@meridian/contracts';
import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChanges } from '@/features/settings/components/AuditChanges';
import { useDateFormat } from '@/shared/format/use-date-format';
import { SimpleList } from '@/shared/ui/SimpleList';

export type AuditCardListProps = { entries: AuditEntry[]; isLoading: boolean };

/** The audit table as cards on phones: who did what to which record, then the field changes. */
export function AuditCardList({ entries, isLoading }: AuditCardListProps) {
  const { t } = useTranslation('settings');
  const format = useDateFormat();
  if (isLoading && entries.length === 0) return <Skeleton active />;
  return (
    <div data-testid="audit-table">
      <SimpleList
        items={entries}
        rowKey={(entry) => entry.id}
        emptyText={t('audit.empty')}
        renderItem={(entry) => (
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{format.dateTime(entry.at)}</Typography.Text>
            <Typography.Text>
              <Typography.Text strong>{entry.actor?.name ?? t('audit.system')}</Typography.Text>{' '}
              {t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}
            </Typography.Text>
            <Typography.Text>
              <Typography.Text type="secondary">
                {t(`audit.targets.${entry.targetType}`, { defaultValue: entry.targetType })}
              </Typography.Text>{' '}
              {entry.targetLabel}
            </Typography.Text>
            <AuditChanges changes={entry.changes} />
          </Flex>
        )}
      />
    </div>
  );
}
