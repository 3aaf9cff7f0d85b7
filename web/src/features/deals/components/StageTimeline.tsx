import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDealHistory } from '@/features/deals/api/deal-queries';
import { formatMoney } from '@/features/deals/internal/money';

/** The stages a deal went through, oldest first. */
export function StageTimeline({ dealId }: { dealId: string }) {
  const { t, i18n } = useTranslation('deals');
  const { data } = useDealHistory(dealId);
  return (
    <Timeline
      items={(data ?? []).map((entry) => ({
        key: entry.id,
        color: entry.toStage.kind === 'won' ? 'green' : entry.toStage.kind === 'lost' ? 'gray' : 'blue',
        children: (
          <>
            <Typography.Text strong>{entry.toStage.name}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {new Date(entry.at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
              {entry.by ? ` · ${entry.by.name}` : ''} · {formatMoney(entry.amountMinor, entry.currency, i18n.language)}
            </Typography.Text>
            {entry.lostReason ? <div>{t('detail.lostReason', { reason: entry.lostReason })}</div> : null}
          </>
        ),
      }))}
    />
  );
}
