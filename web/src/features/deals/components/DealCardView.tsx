import { useDraggable } from '@dnd-kit/core';
import type { DealCard } from '@meridian/contracts';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '@/features/deals/internal/money';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type DealCardViewProps = { deal: DealCard; locale: string };

/** One deal on the board: name, customer, amount, owner, expected close and the stalled badge. */
export function DealCardView({ deal, locale }: DealCardViewProps) {
  const { t } = useTranslation('deals');
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: deal.id,
    disabled: !deal.abilities.moveStage,
  });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      style={{ opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation' }}
    >
      <Card size="small" styles={{ body: { padding: 10 } }}>
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
    </div>
  );
}
