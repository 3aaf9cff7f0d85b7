import { useDraggable } from '@dnd-kit/core';
import type { DealCard } from '@meridian/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@/features/deals/internal/money';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type DealCardViewProps = { deal: DealCard; locale: string };

/** One deal on the board, draggable to another stage (the card that follows the pointer is `DealCardContent`). */
export function DealCardView({ deal, locale }: DealCardViewProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: deal.id,
    data: { stageId: deal.stageId },
    disabled: !deal.abilities.moveStage,
  });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      style={{ opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation' }}
    >
      <DealCardContent deal={deal} locale={locale} />
    </div>
  );
}

/** The card itself: name, customer, amount, owner, expected close and the stalled badge. */
export function DealCardContent({ deal, locale, isOverlay = false }: DealCardViewProps & { isOverlay?: boolean }) {
  const { t } = useTranslation('deals');
  return (
    <Card
      size="small"
      styles={{ body: { padding: 10 } }}
      style={isOverlay ? { width: 256, cursor: 'grabbing', boxShadow: '0 6px 16px rgba(0, 0, 0, 0.16)' } : undefined}
    >
      <Flex vertical gap={4}>
        <Link to={`/deals/${deal.id}`} onPointerDown={(e) => e.stopPropagation()}>
          <Typography.Text strong ellipsis={{ tooltip: deal.name }}>
            {deal.name}
          </Typography.Text>
        </Link>
        <Typography.Text type="secondary" ellipsis={{ tooltip: deal.customer.name }} style={{ fontSize: 12 }}>
          {deal.customer.name}
        </Typography.Text>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text>{formatMoney(deal.amountMinor, deal.currency, locale)}</Typography.Text>
          {deal.owner ? (
            <span title={deal.owner.name}>
              <UserAvatar
                name={deal.owner.name}
                initials={deal.owner.initials}
                color={deal.owner.avatarColor}
                size="small"
              />
            </span>
          ) : null}
        </Flex>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {deal.expectedCloseDate ? t('card.closes', { date: deal.expectedCloseDate }) : t('card.noCloseDate')}
          </Typography.Text>
          {deal.isStalled ? <Tag color="warning">{t('card.stalled', { count: deal.stalledDays })}</Tag> : null}
        </Flex>
      </Flex>
    </Card>
  );
}
