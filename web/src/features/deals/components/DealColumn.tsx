import { useDroppable } from '@dnd-kit/core';
import type { PipelineBoardColumn } from '@meridian/contracts';
import { Button, Flex, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnDropId } from '@/features/deals/internal/board-move';
import { formatMoney, formatMoneyCompact } from '@/features/deals/internal/money';
import { DealCardView } from './DealCardView';

export type DealColumnProps = {
  column: PipelineBoardColumn;
  locale: string;
  onLoadMore: () => void;
  loadingMore: boolean;
};

const KIND_COLOR = { open: undefined, won: 'success', lost: 'default' } as const;

/** A stage: count, total and weighted total over every matching deal, then its cards. */
export function DealColumn({ column, locale, onLoadMore, loadingMore }: DealColumnProps) {
  const { t } = useTranslation('deals');
  const { token } = theme.useToken();
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(column.stage.id) });
  const currency = column.deals[0]?.currency ?? 'CNY';
  return (
    <section
      ref={setNodeRef}
      aria-label={column.stage.name}
      style={{
        width: 272,
        flex: '0 0 272px',
        background: isOver ? token.colorPrimaryBg : token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: 8,
      }}
    >
      <Flex vertical gap={2} style={{ padding: '4px 4px 8px' }}>
        <Flex justify="space-between" align="center">
          <Typography.Text strong>
            {column.stage.name} <Tag color={KIND_COLOR[column.stage.kind]}>{column.count}</Tag>
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {column.stage.probability}%
          </Typography.Text>
        </Flex>
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          title={formatMoney(column.totalAmountMinor, currency, locale)}
        >
          {t('column.total', { amount: formatMoneyCompact(column.totalAmountMinor, currency, locale) })}
          {' · '}
          {t('column.weighted', { amount: formatMoneyCompact(column.weightedAmountMinor, currency, locale) })}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={8} style={{ minHeight: 80 }}>
        {column.deals.map((deal) => (
          <DealCardView key={deal.id} deal={deal} locale={locale} />
        ))}
        {column.hasMore ? (
          <Button type="link" size="small" onClick={onLoadMore} loading={loadingMore}>
            {t('column.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </section>
  );
}
