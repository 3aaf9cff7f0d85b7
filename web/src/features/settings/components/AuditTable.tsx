import type { AuditEntry } from '@meridian/contracts';
import { Descriptions, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditCardList } from '@/features/settings/components/AuditCardList';
import { AuditChanges } from '@/features/settings/components/AuditChanges';
import { useDateFormat } from '@/shared/format/use-date-format';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { EmptyState } from '@/shared/ui/EmptyState';

export type AuditTableProps = { entries: AuditEntry[]; isLoading: boolean };

export function AuditTable({ entries, isLoading }: AuditTableProps) {
  const { t } = useTranslation('settings');
  const format = useDateFormat();
  const isMobile = useIsMobile();
  if (isMobile) return <AuditCardList entries={entries} isLoading={isLoading} />;

  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.columns.at'),
      render: (_, entry) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      render: (_, entry) =>
        entry.actor ? (
          <>
            {entry.actor.name}
            {entry.actor.via === 'session' ? null : (
              <Typography.Text type="secondary">
                {' '}
                · {t(`audit.via.${entry.actor.via}`, { defaultValue: entry.actor.via })}
              </Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, entry) => t(`audit.actions.${entry.action}`, { defaultValue: entry.action }),
    },
    {
      key: 'target',
      title: t('audit.columns.target'),
      render: (_, entry) => (
        <div style={{ maxWidth: 200, overflowWrap: 'anywhere' }}>
          <Typography.Text type="secondary">
            {t(`audit.targets.${entry.targetType}`, { defaultValue: entry.targetType })}
          </Typography.Text>{' '}
          {entry.targetLabel}
        </div>
      ),
    },
    {
      key: 'changes',
      title: t('audit.columns.changes'),
      render: (_, entry) => <AuditChanges changes={entry.changes} />,
    },
  ];

  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={isLoading}
      pagination={false}
      scroll={entries.length > 0 ? { x: 'max-content' } : undefined}
      locale={{ emptyText: <EmptyState description={t('audit.empty')} /> }}
      expandable={{
        expandedRowRender: (entry) => (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'ip', label: t('audit.details.ip'), children: entry.ip || '—' },
              { key: 'requestId', label: t('audit.details.requestId'), children: entry.requestId || '—' },
              { key: 'userAgent', label: t('audit.details.userAgent'), children: entry.userAgent || '—', span: 2 },
            ]}
          />
        ),
      }}
    />
  );
}
